using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Benchmarks;

/// <summary>
/// Money actions per second with full durability (issue 16 item 2), through the portal's real services and DbWriter:
/// a lost-card report with its balance sweep, and a refund filed by an agent, approved by Finance, put in a payout batch,
/// its transfer file made and marked paid by a second Finance user. <see cref="Operations"/> actions per invocation, one
/// after the other ("_Serial") or, for lost reports, from four agent sessions at once ("_FourSessions"; refunds are
/// serial only: a payout batch takes every approved refund, so parallel batches would take each other's); actions per second = 1 s / Mean
/// per operation. SQLite runs as the portal sets it (WAL; synchronous is printed by the setup, FULL unless the build
/// says otherwise); PostgreSQL must be the durable cluster (synchronous_commit=on, fsync=on; printed by the setup).
/// THE ACTIONS CHANGE THE DATABASE (cards are stopped, refunds paid): run them on a copy.
/// Step-up: the staff are marked verified in the step-up registry before each iteration (what a TOTP code does once
/// per 5 minutes); the actions still check it.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(1)]
[IterationCount(5)]
public class MoneyActionBenchmarks
{
    public const int Operations = 40;
    private static readonly Actor Agent = new("bench-agent", "벤치상담", new HashSet<string> { StaffRoles.Agent });
    private static readonly Actor Finance = new("bench-finance", "벤치재무", new HashSet<string> { StaffRoles.Finance });
    private static readonly Actor Finance2 = new("bench-finance2", "벤치재무2", new HashSet<string> { StaffRoles.Finance });
    private static readonly Actor Supervisor = new("bench-supervisor", "벤치관리자", new HashSet<string> { StaffRoles.Supervisor });

    private BenchDatabase _db = null!;
    private Queue<long> _lostCards = new();
    private Queue<(long MemberId, long CardId)> _refundCards = new();

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    public static IEnumerable<string> Providers() => BenchDatabase.Providers();

    // Synchronous on purpose: the in-process toolchain did not wait for an async setup (the PostgreSQL cases ran on
    // unset fields, 2026-12-02).
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _db = await BenchDatabase.OpenAsync(Provider);
        await using var db = await _db.ContextAsync();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = Provider == "postgres"
                ? "SELECT current_setting('synchronous_commit') || ', fsync=' || current_setting('fsync')"
                : "PRAGMA synchronous";
            var value = Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine($"// {Provider}: durability {(Provider == "postgres" ? "synchronous_commit=" + value : "synchronous=" + value + " (2 = FULL), WAL")}");
        }
        // Active registered local-currency cards with money on them; half for lost reports, half for refunds.
        var cards = await db.Cards.AsNoTracking()
            .Where(c => c.Status == CardStatus.Active && c.IsRegistered && c.MemberId != null && c.Program!.Code == ProgramPresets.LocalCurrency)
            .Join(db.Accounts.Where(a => a.Kind == AccountKind.CardBalance && a.Balance > 0), c => c.Id, a => a.CardId, (c, a) => new { c.Id, MemberId = c.MemberId!.Value })
            .Where(c => !db.RefundRequests.Any(r => r.CardId == c.Id))
            // A refund is paid only to an account in the member's own name (000 §2): those members' cards go to refunds.
            .Select(c => new { c.Id, c.MemberId, OwnAccount = db.Members.Any(m => m.Id == c.MemberId && m.BankAccountLast4 != "" && m.BankAccountHolder == m.Name) })
            .OrderByDescending(c => c.Id).Take(6_000).ToListAsync();
        _lostCards = new Queue<long>(cards.Where(c => !c.OwnAccount).Take(2_000).Select(c => c.Id));
        _refundCards = new Queue<(long, long)>(cards.Where(c => c.OwnAccount).Take(2_000).Select(c => (c.MemberId, c.Id)));
        Console.WriteLine($"// {Provider}: {_lostCards.Count} cards for lost reports, {_refundCards.Count} for refunds");
    }

    [IterationSetup]
    public void StepUp()
    {
        var registry = _db.Get<StepUpRegistry>();
        var now = _db.Get<TimeProvider>().GetUtcNow();
        foreach (var actor in new[] { Agent, Finance, Finance2, Supervisor }) registry.Remember(actor.Id, now);
    }

    [GlobalCleanup]
    public void Cleanup() => _db.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private long NextLostCard()
    {
        lock (_lostCards) return _lostCards.Count > 0 ? _lostCards.Dequeue() : throw new InvalidOperationException("Out of cards: seed more members.");
    }

    private (long MemberId, long CardId) NextRefundCard()
    {
        lock (_refundCards) return _refundCards.Count > 0 ? _refundCards.Dequeue() : throw new InvalidOperationException("Out of cards: seed more members.");
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public async Task LostReportWithSweep_Serial()
    {
        await using var session = _db.SessionAs(Agent);
        var service = session.ServiceProvider.GetRequiredService<LostCardService>();
        for (var i = 0; i < Operations; i++) await ReportAsync(service);
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public Task LostReportWithSweep_FourSessions() => InSessionsAsync(Agent, async sp =>
    {
        var service = sp.GetRequiredService<LostCardService>();
        for (var i = 0; i < Operations / 4; i++) await ReportAsync(service);
    });

    private async Task ReportAsync(LostCardService service)
    {
        var cardId = NextLostCard();
        var receipt = await service.ReportAsync(new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, "벤치마크", $"bench-lost:{cardId}"));
        if (receipt.SweptToEmoney <= 0) throw new InvalidOperationException($"Card {cardId}: nothing swept.");
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public async Task RefundFileApprovePay_Serial()
    {
        for (var i = 0; i < Operations; i++) await RefundAsync();
    }

    /// <summary>One refund from filing to paid: five or six commands by three or four people (file, approve, [approve above the amount,] batch, transfer file, paid).</summary>
    private async Task RefundAsync()
    {
        var (memberId, cardId) = NextRefundCard();
        await using var agent = _db.SessionAs(Agent);
        var filed = await agent.ServiceProvider.GetRequiredService<RefundService>().FileAsync(new FileRefundCommand(
            new RefundTarget(memberId, cardId, RefundKind.DisasterOrDefect, null), "벤치마크", $"bench-refund:{cardId}"));
        long refundId;
        await using (var db = await _db.ContextAsync())
            refundId = await db.RefundRequests.Where(r => r.RequestNo == filed.RequestNo).Select(r => r.Id).SingleAsync();

        await using var finance = _db.SessionAs(Finance);
        var status = await finance.ServiceProvider.GetRequiredService<RefundApprovalService>().ApproveAsync(refundId, ApprovalStep.Finance);
        if (status == RefundStatus.PendingApproval)
        {
            // Above the program's amount a Supervisor approves too (the demo cards' balances reach it).
            await using var supervisor = _db.SessionAs(Supervisor);
            status = await supervisor.ServiceProvider.GetRequiredService<RefundApprovalService>().ApproveAsync(refundId, ApprovalStep.Supervisor);
        }
        if (status != RefundStatus.Approved) throw new InvalidOperationException($"{filed.RequestNo}: {status} after the approvals.");
        var payouts = finance.ServiceProvider.GetRequiredService<PayoutService>();
        var batchNo = await payouts.CreateBatchAsync($"bench-batch:{cardId}");
        await payouts.TransferFileAsync(batchNo);

        await using var finance2 = _db.SessionAs(Finance2);
        await finance2.ServiceProvider.GetRequiredService<PayoutService>().MarkPaidAsync(refundId);
    }

    private Task InSessionsAsync(Actor actor, Func<IServiceProvider, Task> work) => Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
    {
        await using var session = _db.SessionAs(actor);
        await work(session.ServiceProvider);
    }));
}
