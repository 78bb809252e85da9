using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Refunds;

/// <summary>
/// Marks open refund requests (awaiting approval, approved, in payout) whose payout due date has passed as overdue
/// (<see cref="RefundRequest.OverdueSince"/>) and clears the mark once a request is no longer open. Works from the
/// stored state as of now, so a second run changes nothing and a run after downtime catches up.
/// </summary>
public sealed class MarkOverdueRefundsJob(JobRunRecorder recorder, DbWriter writer, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "refunds.mark-overdue";

    public override async Task<string> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = clock.TodayKst();
        var (marked, cleared) = await writer.ExecuteAsync(async (db, token) =>
        {
            var marked = await db.RefundRequests
                .Where(r => (r.Status == RefundStatus.PendingApproval || r.Status == RefundStatus.Approved || r.Status == RefundStatus.InPayout)
                    && r.DueBy < today && r.OverdueSince == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.OverdueSince, now), token);
            var cleared = await db.RefundRequests
                .Where(r => r.OverdueSince != null
                    && !((r.Status == RefundStatus.PendingApproval || r.Status == RefundStatus.Approved || r.Status == RefundStatus.InPayout) && r.DueBy < today))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.OverdueSince, (DateTimeOffset?)null), token);
            return (marked, cleared);
        }, ct);
        return $"지급 기한 경과 {marked:N0}건 표시, {cleared:N0}건 해제";
    }
}
