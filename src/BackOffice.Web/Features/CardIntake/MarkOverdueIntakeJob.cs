using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.CardIntake;

/// <summary>
/// Marks intake cases whose balance-verification deadline has passed before they were settled (requested, card
/// received, inspected, balance verified) as overdue (<see cref="CardIntakeCase.OverdueSince"/>) and clears the mark
/// once a case is settled, rejected or closed. Works from the stored state as of now: idempotent, catches up.
/// </summary>
public sealed class MarkOverdueIntakeJob(JobRunRecorder recorder, DbWriter writer, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "intake.mark-overdue";

    public override async Task<string> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = clock.TodayKst();
        var (marked, cleared) = await writer.ExecuteAsync(async (db, token) =>
        {
            var marked = await db.CardIntakeCases
                .Where(c => (c.Status == IntakeStatus.Requested || c.Status == IntakeStatus.CardReceived || c.Status == IntakeStatus.Inspected
                        || c.Status == IntakeStatus.BalanceVerified)
                    && c.BalanceDueBy != null && c.BalanceDueBy < today && c.OverdueSince == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OverdueSince, now), token);
            var cleared = await db.CardIntakeCases
                .Where(c => c.OverdueSince != null
                    && !((c.Status == IntakeStatus.Requested || c.Status == IntakeStatus.CardReceived || c.Status == IntakeStatus.Inspected
                        || c.Status == IntakeStatus.BalanceVerified) && c.BalanceDueBy != null && c.BalanceDueBy < today))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OverdueSince, (DateTimeOffset?)null), token);
            return (marked, cleared);
        }, ct);
        return $"카드 접수 기한 경과 {marked:N0}건 표시, {cleared:N0}건 해제";
    }
}
