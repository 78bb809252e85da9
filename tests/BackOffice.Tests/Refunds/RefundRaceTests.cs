using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>Real parallel calls from separate sessions against one database: no sequence of clicks pays twice.</summary>
public class RefundRaceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<string?> Try(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex) when (ex is BusinessRuleException or ForbiddenException or LedgerRejectedException)
        {
            return ex.Message;
        }
    }

    private static async Task<string?[]> InParallelAsync(Harness h, int count, Func<Harness.Session, Task> action)
    {
        var sessions = Enumerable.Range(0, count).Select(i => h.SessionAs(TestActor.Make($"finance-{i}", $"재무{i}", "Finance"))).ToList();
        foreach (var s in sessions) await s.StepUpAsync();
        try
        {
            return await Task.WhenAll(sessions.Select(s => Task.Run(() => Try(() => action(s)))));
        }
        finally
        {
            foreach (var s in sessions) await s.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fifty_parallel_approvals_batches_and_payouts_of_one_request_pay_exactly_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
        await PayAsync(h, card, 70_000, DaysAgo(h, 2));
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        var id = (await RequestAsync(h, filed.RequestNo)).Id;

        var approvals = await InParallelAsync(h, 50, s => s.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance));
        Assert.Single(approvals, a => a is null);
        Assert.All(approvals.Where(a => a is not null), a => Assert.StartsWith("이미 처리된 요청입니다", a));

        var batches = await InParallelAsync(h, 10, s => s.Get<PayoutService>().CreateBatchAsync());
        Assert.Single(batches, b => b is null);
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var batchNo = (await h.Get<PayoutService>().BatchesAsync()).Single().BatchNo;
        await h.Get<PayoutService>().TransferFileAsync(batchNo);

        var paid = await InParallelAsync(h, 50, s => s.Get<PayoutService>().MarkPaidAsync(id));
        Assert.Single(paid, p => p is null);

        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.RefundPayout && e.Reference == filed.RequestNo));
        Assert.Equal(30_000, await db.Accounts.Where(a => a.SystemCode == SystemAccounts.CodeOf(AccountKind.RefundPayout)).Select(a => a.Balance).SingleAsync());
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "refund.approve" && a.EntityId == filed.RequestNo));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_payment_racing_a_refund_request_is_either_refused_or_counted_never_both_spent(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        for (var round = 0; round < 6; round++)
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
            await PayAsync(h, card, 64_000, DaysAgo(h, 2));

            var refund = Task.Run(() => Try(() => FileAsync(h, card, RefundKind.BalanceRefund)));
            var payment = Task.Run(() => Try(() => PayAsync(h, card, 10_000, h.Clock.GetUtcNow())));
            var (refundError, paymentError) = (await refund, await payment);

            Assert.Null(refundError);
            var held = await BalanceAsync(h, card.MemberId, AccountKind.RefundHold);
            Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
            if (paymentError is null) Assert.Equal(26_000, held); // the payment got in first: the refund counted it
            else
            {
                Assert.StartsWith("잔액이 부족합니다", paymentError);
                Assert.Equal(36_000, held);
            }
        }
        await AssertLedgerConsistentAsync(h);
    }
}
