using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Reconciliation;

/// <summary>
/// The nightly reconciliation of the previous KST day: stores the result (<see cref="ReconciliationRun"/>) and, on any
/// difference, raises one open alert for Finance and Compliance (<see cref="StaffAlert"/> for
/// <see cref="Permission.ViewReconciliation"/>, on the dashboard) with an audit record; a later balanced run resolves it.
/// Works from stored state, so a second run only confirms the first.
/// </summary>
public sealed class ReconciliationJob(JobRunRecorder recorder, IDbContextFactory<AppDbContext> factory, DbWriter writer, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "reconciliation.daily";
    public const string AlertSource = "reconciliation.daily";

    public override async Task<string> RunAsync(CancellationToken ct)
    {
        var day = clock.TodayKst().AddDays(-1);
        ReconciliationReport report;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            report = await ReconciliationReader.ReadAsync(db, day, day, ct);
        }
        var now = clock.GetUtcNow();
        var summary = report.Summary;
        await writer.ExecuteAsync(async (db, token) =>
        {
            db.ReconciliationRuns.Add(new ReconciliationRun
            {
                Day = day,
                RanAt = now,
                IsBalanced = report.IsBalanced,
                KindDifferences = report.KindDifferences,
                DayDifferences = report.DayDifferences,
                BatchDifferences = report.BatchDifferences,
                GrandClosing = report.GrandClosing,
                Credits = report.Days.Sum(d => d.Credits),
                Debits = report.Days.Sum(d => d.Debits),
                Batches = report.Batches.Count,
                Summary = summary,
            });
            if (!report.IsBalanced)
            {
                await StaffAlerts.RaiseAsync(db, AlertSource, Permission.ViewReconciliation, "정산 대사 차이", summary, now, token);
                db.Record(Actor.System, now, "reconciliation.difference", "Reconciliation", report.Period,
                    after: new { report.KindDifferences, report.DayDifferences, report.BatchDifferences, report.GrandClosing });
            }
            else if (await StaffAlerts.ResolveAsync(db, AlertSource, now, token))
            {
                db.Record(Actor.System, now, "reconciliation.difference.resolved", "Reconciliation", report.Period, after: new { report.Batches.Count });
            }
        }, ct);
        return summary;
    }
}
