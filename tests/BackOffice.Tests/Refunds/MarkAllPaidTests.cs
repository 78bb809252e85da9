using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>"모두 지급 완료" on a payout batch: pays every item still in payout once, refuses before the transfer file was
/// downloaded, leaves settled items alone, and a repeat does nothing.</summary>
public class MarkAllPaidTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Three approved balance refunds (36,000 each) in one new batch.</summary>
    private static async Task<(string BatchNo, List<(long Id, string No, TestCard Card)> Items)> BatchAsync(Harness h)
    {
        var items = new List<(long, string, TestCard)>();
        for (var i = 0; i < 3; i++)
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
            await PayAsync(h, card, 64_000, DaysAgo(h, 2));
            h.Actor.Current = TestActor.Agent;
            await h.StepUpAsync();
            var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
            var id = (await RequestAsync(h, filed.RequestNo)).Id;
            h.Actor.Current = TestActor.Finance;
            await h.StepUpAsync();
            await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance);
            items.Add((id, filed.RequestNo, card));
        }
        var batchNo = await h.Get<PayoutService>().CreateBatchAsync();
        h.Actor.Current = TestActor.Finance2; // issue 10: the payer is not the approver
        await h.StepUpAsync();
        return (batchNo, items);
    }

    private static async Task<(int Payouts, int Audits)> CountsAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return (await db.JournalEntries.CountAsync(e => e.Type == EntryType.RefundPayout), await db.AuditRecords.CountAsync(a => a.Action == "refund.paid"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_item_in_payout_is_paid_once_and_a_repeat_does_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (batchNo, items) = await BatchAsync(h);
        var payouts = h.Get<PayoutService>();
        await payouts.TransferFileAsync(batchNo);
        await payouts.MarkFailedAsync(items[1].Id, "예금주 불일치"); // settled before: left alone

        var results = await payouts.MarkAllPaidAsync(batchNo);

        Assert.Equal([(items[0].No, true, "지급 완료"), (items[2].No, true, "지급 완료")], results.Select(r => (r.RequestNo, r.Done, r.Message)));
        Assert.Equal(RefundStatus.Paid, (await RequestAsync(h, items[0].No)).Status);
        Assert.Equal(RefundStatus.PayoutFailed, (await RequestAsync(h, items[1].No)).Status);
        Assert.Equal(RefundStatus.Paid, (await RequestAsync(h, items[2].No)).Status);
        var batch = Assert.Single(await payouts.BatchesAsync());
        Assert.Equal((PayoutBatchStatus.Closed, 0, 2, 1), (batch.Status, batch.Pending, batch.Paid, batch.Failed));
        Assert.Equal((2, 2), await CountsAsync(h));
        Assert.Equal(72_000, await SystemBalanceAsync(h, AccountKind.RefundPayout));
        foreach (var (_, _, card) in items) Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));

        Assert.Empty(await payouts.MarkAllPaidAsync(batchNo)); // a second click: nothing left in payout
        Assert.Equal((2, 2), await CountsAsync(h));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Before_the_transfer_file_is_downloaded_every_item_is_refused_and_nothing_changes(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (batchNo, items) = await BatchAsync(h);

        var results = await h.Get<PayoutService>().MarkAllPaidAsync(batchNo);

        Assert.Equal(items.Select(i => i.No), results.Select(r => r.RequestNo));
        Assert.All(results, r => Assert.Equal((false, "이체 파일을 먼저 내려받아 은행에 전송한 뒤 결과를 처리하세요."), (r.Done, r.Message)));
        foreach (var (_, no, card) in items)
        {
            Assert.Equal(RefundStatus.InPayout, (await RequestAsync(h, no)).Status);
            Assert.Equal(36_000, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        }
        Assert.Equal((0, 0), await CountsAsync(h));
        Assert.Equal(PayoutBatchStatus.Open, Assert.Single(await h.Get<PayoutService>().BatchesAsync()).Status);
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_or_closed_batch_pays_nothing_and_only_finance_may_mark(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (batchNo, items) = await BatchAsync(h);
        var payouts = h.Get<PayoutService>();
        await payouts.TransferFileAsync(batchNo);

        h.Actor.Current = TestActor.Supervisor;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkAllPaidAsync(batchNo));
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => payouts.MarkAllPaidAsync(batchNo));
        Assert.Equal((0, 0), await CountsAsync(h));

        h.Actor.Current = TestActor.Finance2; // issue 10: the payer is not the approver
        await h.StepUpAsync();
        Assert.Empty(await payouts.MarkAllPaidAsync("P20261120-000000"));
        foreach (var (id, _, _) in items) await payouts.MarkFailedAsync(id, "계좌 해지됨");
        Assert.Equal(PayoutBatchStatus.Closed, Assert.Single(await payouts.BatchesAsync()).Status);
        Assert.Empty(await payouts.MarkAllPaidAsync(batchNo));
        Assert.Equal((0, 0), await CountsAsync(h));
        await AssertLedgerConsistentAsync(h);
    }

    private static async Task<long> SystemBalanceAsync(Harness h, AccountKind kind)
    {
        await using var db = await h.DbAsync();
        return await db.Accounts.Where(a => a.SystemCode == SystemAccounts.CodeOf(kind)).Select(a => a.Balance).SingleAsync();
    }
}
