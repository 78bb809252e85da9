namespace BackOffice.Web.Features.Programs;

public enum PolicyState
{
    InForce,
    Scheduled,
    Superseded,
}

/// <summary>
/// One value with the clause it comes from, or marked as the operator's own setting ("운영 정책"). <see cref="Property"/>
/// names the <see cref="ProgramPolicy"/> property it shows (null for a refund channel, which shows several).
/// </summary>
public sealed record PolicyParameter(string Label, string Value, string Citation, bool OperatorSetting, string? Property = null);

public sealed record PolicyParameterGroup(string Title, IReadOnlyList<PolicyParameter> Parameters);

public sealed record PolicyVersionView(int Version, DateOnly EffectiveFrom, string Source, PolicyState State, IReadOnlyList<PolicyParameterGroup> Groups)
{
    public string StateName => State switch
    {
        PolicyState.InForce => "시행 중",
        PolicyState.Scheduled => "시행 예정",
        _ => "이전 버전",
    };
}

public sealed record ProgramView(long Id, string Code, string Name, string Description, IReadOnlyList<PolicyVersionView> Versions);
