using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Staff;

public enum StaffChangeStatus
{
    /// <summary>Waits for a second Admin (not the requester, not the target).</summary>
    Pending = 0,
    /// <summary>A second Admin approved: the roles were granted in the same transaction.</summary>
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// A grant of a money role (Finance, Supervisor, Admin) waiting for a second Admin (issue 10, separation of duties).
/// Creating an account or changing its roles applies the rest at once (non-money roles, removals); the money roles wait
/// here until an Admin who is neither the requester nor the target approves. Roles are stored as comma-separated
/// role names in <see cref="StaffRoles.All"/> order.
/// </summary>
public class StaffChangeRequest
{
    public long Id { get; set; }
    public string RequestNo { get; set; } = "";
    public string TargetUserId { get; set; } = "";
    public string TargetUserName { get; set; } = "";
    public string TargetDisplayName { get; set; } = "";
    /// <summary>Filed when the account was created (the money roles of the create form).</summary>
    public bool ForNewAccount { get; set; }
    /// <summary>The target's roles when the request was filed (after what applied at once).</summary>
    public string RolesBefore { get; set; } = "";
    /// <summary>The roles the target gets when approved.</summary>
    public string RolesAfter { get; set; } = "";
    public StaffChangeStatus Status { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedById { get; set; } = "";
    public string RequestedByName { get; set; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public string? DecisionNote { get; set; }
    public long Version { get; set; }

    public static string Join(IEnumerable<string> roles) => string.Join(",", roles);

    public static IReadOnlyList<string> Split(string roles) => roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The money roles: holding one lets a person approve, pay out or grant money roles (issue 10).</summary>
    public static readonly IReadOnlyList<string> MoneyRoles = [StaffRoles.Finance, StaffRoles.Supervisor, StaffRoles.Admin];
}

internal sealed class StaffChangeRequestConfiguration : IEntityTypeConfiguration<StaffChangeRequest>
{
    public void Configure(EntityTypeBuilder<StaffChangeRequest> b)
    {
        b.HasIndex(r => r.RequestNo).IsUnique();
        b.HasIndex(r => new { r.Status, r.RequestedAt });
        b.HasIndex(r => r.TargetUserId);
        b.Property(r => r.RequestNo).HasMaxLength(32);
        b.Property(r => r.TargetUserId).HasMaxLength(64);
        b.Property(r => r.TargetUserName).HasMaxLength(64);
        b.Property(r => r.TargetDisplayName).HasMaxLength(50);
        b.Property(r => r.RolesBefore).HasMaxLength(200);
        b.Property(r => r.RolesAfter).HasMaxLength(200);
        b.Property(r => r.Reason).HasMaxLength(200);
        b.Property(r => r.RequestedById).HasMaxLength(64);
        b.Property(r => r.RequestedByName).HasMaxLength(100);
        b.Property(r => r.DecidedById).HasMaxLength(64);
        b.Property(r => r.DecidedByName).HasMaxLength(100);
        b.Property(r => r.DecisionNote).HasMaxLength(200);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

/// <summary>The decisions on a staff-change request: approve or reject by a second Admin, each audited.</summary>
public static class StaffChangeTransitions
{
    public static readonly TransitionTable<StaffChangeRequest, StaffChangeStatus> Table = new(
        "StaffChangeRequest", StatusName, r => r.Status, (r, s) => r.Status = s, r => r.Version++, r => r.RequestNo, _ => null);

    public static readonly Transition<StaffChangeRequest, StaffChangeStatus> Approve = Table.Add("권한 변경 승인",
        [StaffChangeStatus.Pending], StaffChangeStatus.Approved, Permission.ApproveStaffChange, "없음", "staff.change.approve", AlreadyDecided);

    public static readonly Transition<StaffChangeRequest, StaffChangeStatus> Reject = Table.Add("권한 변경 반려",
        [StaffChangeStatus.Pending], StaffChangeStatus.Rejected, Permission.ApproveStaffChange, "없음", "staff.change.reject", AlreadyDecided);

    /// <summary>Why <paramref name="actor"/> may not decide the request (four eyes), or null.</summary>
    public static string? DeciderRefusal(StaffChangeRequest r, Actor actor)
    {
        if (r.RequestedById == actor.Id) return "본인이 요청한 권한 변경은 승인하거나 반려할 수 없습니다. 다른 시스템 관리자가 처리해야 합니다.";
        if (r.TargetUserId == actor.Id) return "본인 계정에 대한 권한 변경은 승인하거나 반려할 수 없습니다. 다른 시스템 관리자가 처리해야 합니다.";
        return null;
    }

    public static string StatusName(StaffChangeStatus status) => status switch
    {
        StaffChangeStatus.Pending => "승인 대기",
        StaffChangeStatus.Approved => "승인 (적용됨)",
        StaffChangeStatus.Rejected => "반려",
        _ => status.ToString(),
    };

    private static string AlreadyDecided(StaffChangeRequest r) => $"이미 처리된 권한 변경 요청입니다 ({StatusName(r.Status)}, {r.DecidedByName}).";
}
