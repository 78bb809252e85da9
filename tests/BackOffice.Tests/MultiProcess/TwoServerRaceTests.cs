using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Tests.Prescription.PrescriptionTestData;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.MultiProcess;

/// <summary>
/// Issue 16 item 4: two portal servers on one PostgreSQL database. One half of each race runs in this test process,
/// the other in a driver process (tests/BackOffice.Driver, the same services): whichever server wins, exactly one
/// approval, one payout, one report and sweep, one donation entry. As in <see cref="Race"/>, which side starts first
/// alternates by round and the other waits longer every other round (see <see cref="CrossAsync"/>), and each test asserts that both servers won
/// at least once (so both orderings were really tried across the process boundary).
/// </summary>
public class TwoServerRaceTests
{
    private const int MaxRounds = 12;

    private static DateTimeOffset Kst(int y, int m, int d, int h = 12) => new(y, m, d, h, 0, 0, KoreanTime.Offset);

    private static async Task<(Harness H, DriverProcess Driver, string Folder)> StartAsync(params string[] stepUps)
    {
        Assert.True(TestDatabase.PostgresAvailable);
        var h = await Harness.StartAsync("postgres");
        foreach (var actor in new[] { TestActor.Finance, TestActor.Finance2, TestActor.Supervisor })
        {
            h.Actor.Current = actor;
            await h.StepUpAsync(); // Identity accounts with the authenticator key, for both servers' step-ups
        }
        h.Actor.Current = TestActor.Agent;
        var folder = Directory.CreateTempSubdirectory("backoffice-race-").FullName;
        var driver = await DriverProcess.StartAsync(h.Database.Options, Path.Combine(folder, "sent.log"));
        foreach (var actor in stepUps)
        {
            var stepped = await driver.RunAsync(new DriverCommand(0, "stepup", actor, ""));
            Assert.True(stepped.Ok, stepped.Detail);
        }
        return (h, driver, folder);
    }

    /// <summary>
    /// The local command and the driver's at once. Even rounds: the driver's command is sent first and the local one
    /// starts after a lag; odd rounds the other way round. The lag is 0 in the first two rounds (a plain race, which the
    /// test process wins: it has no pipe, no parsing and no new scope to go through) and then doubles from 25 ms by pair
    /// of rounds up to 800 ms, so the driver's head start grows until it wins too: both orderings of the same two commands
    /// across the process boundary. Returns each side's refusal or null.
    /// </summary>
    private static async Task<(string? Local, string? Remote)> CrossAsync(int round, DriverProcess driver, DriverCommand remote, Func<Task> local)
    {
        var lag = TimeSpan.FromMilliseconds(round < 2 ? 0 : Math.Min(800, 25 << (round / 2 - 1)));
        Task<string?> localTask;
        if (round % 2 == 0)
        {
            await driver.SendAsync(remote);
            if (lag > TimeSpan.Zero) await Task.Delay(lag);
            localTask = Task.Run(() => Race.TryAsync(local));
        }
        else
        {
            localTask = Task.Run(() => Race.TryAsync(local));
            if (lag > TimeSpan.Zero) await Task.Delay(lag);
            await driver.SendAsync(remote);
        }
        var answer = await driver.ReceiveAsync() ?? throw new InvalidOperationException($"The driver ended. {driver.Errors}");
        Assert.NotEqual("error", answer.Outcome);
        return (await localTask, answer.Ok ? null : answer.Detail);
    }

    private static string Winner((string? Local, string? Remote) outcome)
    {
        Assert.True((outcome.Local is null) != (outcome.Remote is null), $"exactly one must win: local '{outcome.Local}', driver '{outcome.Remote}'");
        return outcome.Local is null ? "test process" : "driver process";
    }

    [Fact]
    public async Task Two_servers_approving_one_refund_record_one_approval()
    {
        var (h, driver, folder) = await StartAsync("finance2");
        await using var _ = h;
        await using var __ = driver;
        await using var finance = h.SessionAs(TestActor.Finance);
        await finance.StepUpAsync();
        await Race.UntilBothWinAsync(MaxRounds, "test process", "driver process", async round =>
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
            await PayAsync(h, card, 70_000, DaysAgo(h, 2));
            var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
            var id = (await RequestAsync(h, filed.RequestNo)).Id;
            var outcome = await CrossAsync(round, driver, new DriverCommand(round + 1, "refund-approve", "finance2", "", filed.RequestNo),
                () => finance.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance));
            Assert.StartsWith("이미 처리된 요청입니다", outcome.Local ?? outcome.Remote);
            await using var db = await h.DbAsync();
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "refund.approve" && a.EntityId == filed.RequestNo));
            Assert.Equal(RefundStatus.Approved, (await RequestAsync(h, filed.RequestNo)).Status);
            return Winner(outcome);
        });
        await AssertLedgerConsistentAsync(h);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Two_servers_marking_one_payout_paid_pay_once()
    {
        var (h, driver, folder) = await StartAsync("finance2");
        await using var _ = h;
        await using var __ = driver;
        await using var finance = h.SessionAs(TestActor.Finance);
        await finance.StepUpAsync();
        await using var finance2 = h.SessionAs(TestActor.Finance2);
        await finance2.StepUpAsync();
        await Race.UntilBothWinAsync(MaxRounds, "test process", "driver process", async round =>
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
            await PayAsync(h, card, 70_000, DaysAgo(h, 2));
            var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
            var id = (await RequestAsync(h, filed.RequestNo)).Id;
            await finance.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance);
            var batchNo = await finance.Get<PayoutService>().CreateBatchAsync($"race-batch-{round}");
            await finance.Get<PayoutService>().TransferFileAsync(batchNo);
            // The same payer clicking "paid" on two servers (two tabs behind a load balancer).
            var outcome = await CrossAsync(round, driver, new DriverCommand(round + 1, "refund-pay", "finance2", "", filed.RequestNo),
                () => finance2.Get<PayoutService>().MarkPaidAsync(id));
            await using var db = await h.DbAsync();
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.RefundPayout && e.Reference == filed.RequestNo));
            Assert.Equal(RefundStatus.Paid, (await RequestAsync(h, filed.RequestNo)).Status);
            return Winner(outcome);
        });
        await AssertLedgerConsistentAsync(h);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Two_servers_reporting_one_lost_card_make_one_report_and_one_sweep()
    {
        var (h, driver, folder) = await StartAsync();
        await using var _ = h;
        await using var __ = driver;
        await Race.UntilBothWinAsync(MaxRounds, "test process", "driver process", async round =>
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 50_000, DaysAgo(h, 10));
            var outcome = await CrossAsync(round, driver, new DriverCommand(round + 1, "lost", "agent2", $"driver-{round}", card.CardId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                () => h.Get<LostCardService>().ReportAsync(new LostCardCommand(card.CardId, LossKind.Lost, ReportChannel.Phone, "두 서버 경쟁", $"test-{round}")));
            Assert.StartsWith("이미 신고된 카드입니다", outcome.Local ?? outcome.Remote);
            await using var db = await h.DbAsync();
            Assert.Equal(1, await db.LostCardReports.CountAsync(r => r.CardId == card.CardId));
            var reportNo = await db.LostCardReports.Where(r => r.CardId == card.CardId).Select(r => r.ReportNo).SingleAsync();
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.LostCardSweep && e.Reference == reportNo));
            Assert.Equal(50_000, await BalanceAsync(h, card.MemberId, AccountKind.Emoney));
            return Winner(outcome);
        });
        await AssertLedgerConsistentAsync(h);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Two_servers_approving_one_donation_post_one_entry()
    {
        var (h, driver, folder) = await StartAsync("supervisor");
        await using var _ = h;
        await using var __ = driver;
        await using var finance2 = h.SessionAs(TestActor.Finance2);
        await finance2.StepUpAsync();
        await Race.UntilBothWinAsync(MaxRounds, "test process", "driver process", async round =>
        {
            var card = await CardAsync(h, 20_000 + round, Kst(2021, 3, 5), null, named: false, withMember: false);
            await h.Get<PrescriptionService>().RunAsync(Actor.System);
            var item = await ItemAsync(h, card.CardId);
            h.Actor.Current = TestActor.Finance;
            var number = await h.Get<PrescriptionService>().ProposeAsync([item.Id], $"race-{round}");
            var outcome = await CrossAsync(round, driver, new DriverCommand(round + 1, "donation-decide", "supervisor", "", number),
                () => finance2.Get<PrescriptionService>().DecideAsync(number, true, null));
            Assert.StartsWith("이미 처리된 기부 상신입니다", outcome.Local ?? outcome.Remote);
            await using var db = await h.DbAsync();
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.PrescriptionDonation && e.Reference == number));
            return Winner(outcome);
        });
        await AssertConsistentAsync(h);
        Directory.Delete(folder, true);
    }

    /// <summary>
    /// The data-protection key ring is shared through the database: an antiforgery token or a sign-in cookie protected by
    /// one server is read by the other, both ways (the certificate that encrypts the keys is the same file here; in
    /// production both servers are given the same certificate, see README "Several portal servers").
    /// </summary>
    [Fact]
    public async Task A_token_protected_by_one_server_is_read_by_the_other()
    {
        var (h, driver, folder) = await StartAsync();
        await using var _ = h;
        await using var __ = driver;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBackOfficeDatabase(h.Database.Options);
        services.AddPortalDataProtection(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), new TestHostEnvironment(), h.Database.Options);
        await using var here = services.BuildServiceProvider();
        const string purpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";
        var protector = here.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose);

        var mine = protector.Protect("토큰-서버A");
        var read = await driver.RunAsync(new DriverCommand(1, "unprotect", "agent", "", purpose, mine));
        Assert.True(read.Ok, read.Detail);
        Assert.Equal("토큰-서버A", read.Detail);

        var theirs = await driver.RunAsync(new DriverCommand(2, "protect", "agent", "", purpose, "토큰-서버B"));
        Assert.True(theirs.Ok, theirs.Detail);
        Assert.Equal("토큰-서버B", protector.Unprotect(theirs.Detail));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().CountAsync());
        Directory.Delete(folder, true);
    }
}
