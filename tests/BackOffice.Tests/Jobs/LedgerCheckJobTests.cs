using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Jobs;

/// <summary>
/// The nightly consistency check stores each result, raises one Finance alert (shown on the dashboard to those who may
/// check the ledger, audited) when a posting has been tampered with, and resolves it once the ledger agrees again.
/// </summary>
public class LedgerCheckJobTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Writes a posting behind the ledger's back: no balance update, the entry no longer sums to zero.</summary>
    private static async Task TamperAsync(Harness h, long amount)
    {
        await using var db = await h.DbAsync();
        var posting = await db.Postings.AsNoTracking().OrderBy(p => p.Id).FirstAsync();
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Postings\" (\"JournalEntryId\", \"AccountId\", \"Amount\", \"BalanceAfter\") VALUES ({0}, {1}, {2}, {3})",
            posting.JournalEntryId, posting.AccountId, amount, 0L);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_tampered_posting_is_recorded_as_a_mismatch_and_alerts_finance_once_until_resolved(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);

        var clean = await h.RunJobAsync<LedgerCheckJob>();
        Assert.Equal(JobOutcome.Succeeded, clean.Outcome);
        Assert.StartsWith("정상:", clean.Message);
        await using (var db = await h.DbAsync())
        {
            var run = await db.LedgerCheckRuns.SingleAsync();
            Assert.True(run.IsConsistent);
            Assert.Equal((0, 0), (run.Mismatches, run.UnbalancedEntries));
            Assert.True(run.AccountsChecked > 0);
            Assert.Empty(await db.StaffAlerts.ToListAsync());
        }
        h.Actor.Current = TestActor.Finance;
        var dashboard = await h.Get<DashboardQueries>().AlertsAsync();
        Assert.True(dashboard.LastLedgerCheck!.IsConsistent);
        Assert.Empty(dashboard.Alerts);

        await TamperAsync(h, 5_000);
        h.Clock.Advance(TimeSpan.FromDays(1));
        var bad = await h.RunJobAsync<LedgerCheckJob>();
        Assert.StartsWith("불일치: 잔액 불일치 1개 계정, 합계가 0이 아닌 분개 1건", bad.Message);
        await using (var db = await h.DbAsync())
        {
            var last = await db.LedgerCheckRuns.OrderByDescending(r => r.Id).FirstAsync();
            Assert.Equal((false, 1, 1, 5_000L), (last.IsConsistent, last.Mismatches, last.UnbalancedEntries, last.GrandTotal));
            var alert = await db.StaffAlerts.SingleAsync();
            Assert.Equal((Permission.CheckLedger, "원장 정합성 불일치", (DateTimeOffset?)null), (alert.Permission, alert.Title, alert.ResolvedAt));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "ledger.mismatch" && a.ActorId == Actor.System.Id));
        }

        // Finance sees it on the dashboard with the last result; an agent (who may not check the ledger) does not.
        dashboard = await h.Get<DashboardQueries>().AlertsAsync();
        Assert.Equal((false, 2), (dashboard.LastLedgerCheck!.IsConsistent, dashboard.LastLedgerCheck.Problems));
        Assert.Equal("원장 정합성 불일치", Assert.Single(dashboard.Alerts).Title);
        h.Actor.Current = TestActor.Agent;
        Assert.Empty((await h.Get<DashboardQueries>().AlertsAsync()).Alerts);

        // Run again (a retry, or a catch-up after downtime): still one open alert, seen again.
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.RunJobAsync<LedgerCheckJob>();
        await using (var db = await h.DbAsync())
        {
            var alert = await db.StaffAlerts.SingleAsync();
            Assert.Equal(h.Clock.GetUtcNow(), alert.LastSeenAt);
            Assert.Equal(3, await db.LedgerCheckRuns.CountAsync());
        }

        // A correcting posting makes the ledger agree again: the alert is resolved.
        await TamperAsync(h, -5_000);
        h.Clock.Advance(TimeSpan.FromDays(1));
        Assert.StartsWith("정상:", (await h.RunJobAsync<LedgerCheckJob>()).Message);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(h.Clock.GetUtcNow(), (await db.StaffAlerts.SingleAsync()).ResolvedAt);
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "ledger.mismatch.resolved"));
        }
        h.Actor.Current = TestActor.Finance;
        Assert.Empty((await h.Get<DashboardQueries>().AlertsAsync()).Alerts);
    }
}
