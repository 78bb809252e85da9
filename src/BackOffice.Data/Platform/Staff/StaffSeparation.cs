using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Staff;

/// <summary>
/// Separation of duties between account management and money (issue 10): nobody approves a refund filed by an account
/// they created or changed in the last <see cref="RecentDays"/> days.
/// </summary>
/// <remarks>
/// "Created or changed" is read from two records that only the portal's audited commands write: the audit trail
/// (<c>StaffUser</c> records: staff.create, staff.roles, staff.disable, staff.enable, staff.unlock, with the acting
/// Admin as <see cref="AuditRecord.ActorId"/>), which every staff command writes in the same transaction as the change
/// (append-only, and tamper-evident once the audit chain lands), and the staff-change requests (the Admin who
/// requested a money role for the account, and the one who approved it). Created-by columns on the user row would
/// only keep the last change; the audit trail keeps them all, so it is the reliable source.
/// </remarks>
public static class StaffSeparation
{
    public const int RecentDays = 30;

    /// <summary>True when <paramref name="approverId"/> created or changed the account <paramref name="staffId"/> after <c>now − 30 days</c>.</summary>
    public static async Task<bool> ManagedRecentlyAsync(AppDbContext db, string approverId, string staffId, DateTimeOffset now, CancellationToken ct)
    {
        if (approverId == staffId) return false; // filing and approving one's own request is refused elsewhere
        var since = now.AddDays(-RecentDays);
        var audited = await db.AuditRecords.AsNoTracking()
            .AnyAsync(a => a.EntityType == "StaffUser" && a.EntityId == staffId && a.ActorId == approverId && a.At > since, ct);
        if (audited) return true;
        return await db.StaffChangeRequests.AsNoTracking()
            .AnyAsync(r => r.TargetUserId == staffId && ((r.RequestedById == approverId && r.RequestedAt > since)
                || (r.DecidedById == approverId && r.DecidedAt > since)), ct);
    }

    public static string RecentRefusal(string requesterName) =>
        $"최근 {RecentDays}일 안에 본인이 생성하거나 변경한 계정({requesterName})이 신청한 환불은 승인할 수 없습니다. 다른 담당자가 승인해야 합니다.";
}
