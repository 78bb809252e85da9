using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>Refund commands through the transition table: a refusal changes nothing; a repeated client key is the first command.</summary>
public class RefundCommandTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Top-up 100,000, 64,000 spent: refundable 36,000 (000 환불).</summary>
    private static async Task<TestCard> RefundableAsync(Harness h)
    {
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(9)));
        await PayAsync(h, card, 64_000, DaysAgo(h, 5));
        return card;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Refused_transitions_change_no_status_posting_or_audit(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await RefundableAsync(h);
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        var id = (await RequestAsync(h, filed.RequestNo)).Id;
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var payouts = h.Get<PayoutService>();
        var approvals = h.Get<RefundApprovalService>();

        // Paid or failed before it is in a batch: the payout transitions start from 지급 중 only.
        var early = await CommandTrace.TakeAsync(h);
        var pending = await RequestAsync(h, filed.RequestNo);
        Assert.Equal("이미 처리된 지급입니다 (승인 대기).", (await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkPaidAsync(id))).Message);
        Assert.Equal("이미 처리된 지급입니다 (승인 대기).", (await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkFailedAsync(id, "계좌번호 오류"))).Message);
        Assert.Equal((RefundStatus.PendingApproval, pending.Version), ((await RequestAsync(h, filed.RequestNo)).Status, (await RequestAsync(h, filed.RequestNo)).Version));
        Assert.Equal(early, await CommandTrace.TakeAsync(h));

        await approvals.ApproveAsync(id, ApprovalStep.Finance);
        var approved = await RequestAsync(h, filed.RequestNo);
        var trace = await CommandTrace.TakeAsync(h);
        var holdBefore = await BalanceAsync(h, card.MemberId, AccountKind.RefundHold);

        var reject = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.RejectAsync(id, "중복 신청으로 반려"));
        Assert.Equal("이미 처리된 요청입니다 (지급 대기).", reject.Message);
        Assert.IsAssignableFrom<CommandRefusedException>(reject);
        var again = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(id, ApprovalStep.Finance));
        Assert.Equal("이미 처리된 요청입니다 (지급 대기).", again.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkPaidAsync(id));

        var after = await RequestAsync(h, filed.RequestNo);
        Assert.Equal((RefundStatus.Approved, approved.Version, (string?)null), (after.Status, after.Version, after.RejectedById));
        Assert.Equal(holdBefore, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        await using var db = await h.DbAsync();
        Assert.False(await db.JournalEntries.AnyAsync(e => e.IdempotencyKey == $"refund:{filed.RequestNo}:release" || e.IdempotencyKey == $"refund:{filed.RequestNo}:payout"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_repeated_filing_key_returns_the_first_request_without_a_second_row_or_hold(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await RefundableAsync(h);

        var first = await FileAsync(h, card, RefundKind.BalanceRefund, key: "refund-dialog-1");
        var trace = await CommandTrace.TakeAsync(h);
        var second = await FileAsync(h, card, RefundKind.BalanceRefund, key: "refund-dialog-1");

        Assert.Equal(first, second);
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.RefundRequests.CountAsync(r => r.MemberId == card.MemberId));
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.IdempotencyKey == $"refund:{first.RequestNo}:hold"));
        Assert.Equal(36_000, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_repeated_batch_key_returns_the_first_batch_and_a_new_key_finds_nothing_left(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await RefundableAsync(h);
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await h.Get<RefundApprovalService>().ApproveAsync((await RequestAsync(h, filed.RequestNo)).Id, ApprovalStep.Finance);
        var payouts = h.Get<PayoutService>();

        var batchNo = await payouts.CreateBatchAsync("batch-page-1");
        var trace = await CommandTrace.TakeAsync(h);
        Assert.Equal(batchNo, await payouts.CreateBatchAsync("batch-page-1"));
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        var none = await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.CreateBatchAsync("batch-page-2"));
        Assert.Equal("지급할 승인 완료 환불이 없습니다.", none.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.CreateBatchAsync(" "));

        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.PayoutBatches.CountAsync());
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "refund.batch.create"));
        var request = await db.RefundRequests.AsNoTracking().SingleAsync(r => r.RequestNo == filed.RequestNo);
        Assert.Equal(RefundStatus.InPayout, request.Status);
        Assert.Equal(batchNo, await db.PayoutBatches.Where(b => b.Id == request.BatchId).Select(b => b.BatchNo).SingleAsync());
    }
}
