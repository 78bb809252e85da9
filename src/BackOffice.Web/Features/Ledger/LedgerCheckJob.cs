using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Ledger;

/// <summary>
/// The nightly ledger consistency check: stores each result (<see cref="LedgerCheckRun"/>) for the dashboard and,
/// when anything mismatches, raises one open Finance alert (<see cref="StaffAlert"/> for <see cref="Permission.CheckLedger"/>)
/// with an audit record; a later consistent run resolves it. The check reads the whole ledger as it is now, so a run
/// after downtime catches up and a second run only confirms the first.
/// </summary>
public sealed class LedgerCheckJob(JobRunRecorder recorder, IDbContextFactory<AppDbContext> factory, DbWriter writer, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "ledger.consistency";
    public const string AlertSource = "ledger.consistency";

    public override async Task<string> RunAsync(CancellationToken ct)
    {
        ConsistencyReport report;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            report = await LedgerConsistencyCheck.RunAsync(db, ct);
        }
        var now = clock.GetUtcNow();
        var summary = Summarize(report);
        await writer.ExecuteAsync(async (db, token) =>
        {
            var run = new LedgerCheckRun
            {
                RanAt = now,
                AccountsChecked = report.AccountsChecked,
                EntriesChecked = report.EntriesChecked,
                Mismatches = report.Mismatches.Count,
                UnbalancedEntries = report.UnbalancedEntries.Count,
                NegativeMemberBalances = report.NegativeMemberBalances,
                GrandTotal = report.GrandTotal,
                IsConsistent = report.IsConsistent,
                Summary = summary,
            };
            db.LedgerCheckRuns.Add(run);
            if (!report.IsConsistent)
            {
                await StaffAlerts.RaiseAsync(db, AlertSource, Permission.CheckLedger, "원장 정합성 불일치", summary, now, token);
                db.Record(Actor.System, now, "ledger.mismatch", "Ledger", "all",
                    after: new { report.AccountsChecked, Mismatches = report.Mismatches.Count, Unbalanced = report.UnbalancedEntries.Count, report.NegativeMemberBalances, report.GrandTotal });
            }
            else if (await StaffAlerts.ResolveAsync(db, AlertSource, now, token))
            {
                db.Record(Actor.System, now, "ledger.mismatch.resolved", "Ledger", "all", after: new { report.AccountsChecked });
            }
        }, ct);
        return summary;
    }

    public static string Summarize(ConsistencyReport r) => r.IsConsistent
        ? $"정상: 계정 {r.AccountsChecked:N0}개, 분개 {r.EntriesChecked:N0}건 일치"
        : $"불일치: 잔액 불일치 {r.Mismatches.Count:N0}개 계정, 합계가 0이 아닌 분개 {r.UnbalancedEntries.Count:N0}건, 음수 회원 잔액 {r.NegativeMemberBalances:N0}개, 전체 합계 {r.GrandTotal:N0}원 (계정 {r.AccountsChecked:N0}개, 분개 {r.EntriesChecked:N0}건 점검)";
}
