namespace BackOffice.Web.Features.Staff;

public enum StaffStatus
{
    Active,
    Disabled,
    Locked,
}

public sealed record StaffRow(
    string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, StaffStatus Status, bool IsLocked,
    bool IsSelf, DateTimeOffset CreatedAt)
{
    public string RoleNames => string.Join(", ", Roles.Select(StaffRoles.KoreanName));

    public string StatusName => Status switch
    {
        StaffStatus.Disabled => "사용 중지",
        StaffStatus.Locked => "잠김",
        _ => "사용 중",
    };
}

/// <summary>What the create form sends. The password goes to Identity only; it is never logged or audited.</summary>
public sealed record NewStaff(string UserName, string DisplayName, string Password, IReadOnlyCollection<string> Roles);

/// <summary>A staff-change request waiting for a second Admin; <see cref="Refusal"/> says why the viewer may not decide it.</summary>
public sealed record StaffChangeRow(
    long Id, string RequestNo, string TargetUserId, string TargetUserName, string TargetDisplayName, IReadOnlyList<string> RolesBefore,
    IReadOnlyList<string> RolesAfter, bool ForNewAccount, string? Reason, DateTimeOffset RequestedAt, string RequestedByName, string? Refusal)
{
    public string Granted => string.Join(", ", RolesAfter.Except(RolesBefore).Select(StaffRoles.KoreanName));

    public string AfterNames => string.Join(", ", RolesAfter.Select(StaffRoles.KoreanName));
}
