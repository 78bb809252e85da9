namespace BackOffice.Web.Features.Audit;

/// <summary>
/// The audit log filters. <see cref="Member"/> takes a member number (M00001234) or the internal member id.
/// </summary>
public sealed record AuditFilter(DateOnly? From = null, DateOnly? To = null, string? Action = null, string? ActorName = null, string? Member = null);

public sealed record AuditRow(
    long Id, DateTimeOffset At, string ActorName, string Action, string ActionName, string Entity, long? MemberId,
    string? MemberNo, string? Reason, string? Before, string? After)
{
    public bool HasDetail => Before is not null || After is not null;
}

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>Korean names of the entity types that audit records name.</summary>
public static class AuditEntityNames
{
    public static string Of(string entityType) => entityType switch
    {
        "Member" => "회원",
        "Card" => "카드",
        "StaffUser" => "직원",
        "PublicHoliday" => "공휴일",
        "Ledger" => "원장",
        _ => entityType,
    };
}
