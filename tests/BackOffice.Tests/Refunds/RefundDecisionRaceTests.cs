using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>
/// Two staff deciding the same refund at once, on PostgreSQL (on SQLite the write gate serializes every race, so only
/// PostgreSQL proves something): exactly one decision stands, the ledger stays consistent, the audit log shows one
/// decision, and over the rounds each side has won at least once.
/// </summary>
public class RefundDecisionRaceTests
{
    private const string Provider = "postgres";
    private const int MaxRounds = 24;

    /// <summary>A member who used 64,000 of 100,000: a balance refund holds 36,000 (≤ 300,000, Finance alone approves).</summary>
    private static async Task<(TestCard Card, long Id, string RequestNo)> PendingAsync(Harness h)
    {
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
        await PayAsync(h, card, 64_000, DaysAgo(h, 2));
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        return (card, (await RequestAsync(h, filed.RequestNo)).Id, filed.RequestNo);
    }

    private static async Task<int> AuditCountAsync(Harness h, string requestNo, params string[] actions)
    {
        await using var db = await h.DbAsync();
        return await db.AuditRecords.CountAsync(a => a.EntityType == "RefundRequest" && a.EntityId == requestNo && actions.Contains(a.Action));
    }

    [Fact]
    public async Task Approve_racing_reject_leaves_exactly_one_decision()
    {
        await using var h = await Harness.StartAsync(Provider);
        await using var finance = h.SessionAs(TestActor.Finance);
        await finance.StepUpAsync();
        await using var supervisor = h.SessionAs(TestActor.Supervisor);
        await supervisor.StepUpAsync();

        await Race.UntilBothWinAsync(MaxRounds, "approve", "reject", async round =>
        {
            var (card, id, requestNo) = await PendingAsync(h);
            var (approve, reject) = await Race.TwoAsync(round,
                () => finance.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance),
                () => supervisor.Get<RefundApprovalService>().RejectAsync(id, "회원이 신청을 철회함"));

            Assert.Single(new[] { approve, reject }, o => o is null);
            Assert.StartsWith("이미 처리된 요청입니다", approve ?? reject);
            var r = await RequestAsync(h, requestNo);
            if (approve is null)
            {
                Assert.Equal((RefundStatus.Approved, "최재무", (string?)null), (r.Status, r.FinanceApprovedByName, r.RejectedByName));
                Assert.Equal((36_000L, 0L), (await BalanceAsync(h, card.MemberId, AccountKind.RefundHold), await BalanceAsync(h, card.MemberId, AccountKind.CardBalance)));
            }
            else
            {
                Assert.Equal((RefundStatus.Rejected, "박팀장", (string?)null), (r.Status, r.RejectedByName, r.FinanceApprovedByName));
                Assert.Equal((0L, 36_000L), (await BalanceAsync(h, card.MemberId, AccountKind.RefundHold), await BalanceAsync(h, card.MemberId, AccountKind.CardBalance)));
            }
            Assert.Equal(1, await AuditCountAsync(h, requestNo, "refund.approve", "refund.reject"));
            await AssertLedgerConsistentAsync(h);
            return approve is null ? "approve" : "reject";
        });
    }

    [Fact]
    public async Task Paid_racing_failed_settles_the_payout_once()
    {
        await using var h = await Harness.StartAsync(Provider);
        await using var first = h.SessionAs(TestActor.Make("finance-1", "재무1", "Finance"));
        await first.StepUpAsync();
        await using var second = h.SessionAs(TestActor.Make("finance-2", "재무2", "Finance"));
        await second.StepUpAsync();

        await Race.UntilBothWinAsync(MaxRounds, "paid", "failed", async round =>
        {
            var (card, id, requestNo) = await PendingAsync(h);
            h.Actor.Current = TestActor.Finance;
            await h.StepUpAsync();
            await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance);
            var batchNo = await h.Get<PayoutService>().CreateBatchAsync();
            await h.Get<PayoutService>().TransferFileAsync(batchNo);

            var (paid, failed) = await Race.TwoAsync(round,
                () => first.Get<PayoutService>().MarkPaidAsync(id),
                () => second.Get<PayoutService>().MarkFailedAsync(id, "예금주 불일치"));

            Assert.Single(new[] { paid, failed }, o => o is null);
            Assert.StartsWith("이미 처리된 지급입니다", paid ?? failed);
            var r = await RequestAsync(h, requestNo);
            await using (var db = await h.DbAsync())
            {
                var payouts = await db.JournalEntries.CountAsync(e => e.Type == EntryType.RefundPayout && e.Reference == requestNo);
                var batch = await db.PayoutBatches.SingleAsync(b => b.BatchNo == batchNo);
                Assert.Equal(PayoutBatchStatus.Closed, batch.Status);
                if (paid is null)
                {
                    Assert.Equal((RefundStatus.Paid, false, 1), (r.Status, r.FollowUpOpen, payouts));
                    Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.Emoney));
                }
                else
                {
                    Assert.Equal((RefundStatus.PayoutFailed, true, 0), (r.Status, r.FollowUpOpen, payouts));
                    Assert.Equal(36_000, await BalanceAsync(h, card.MemberId, AccountKind.Emoney));
                }
            }
            Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
            Assert.Equal(1, await AuditCountAsync(h, requestNo, "refund.paid", "refund.payout-failed"));
            await AssertLedgerConsistentAsync(h);
            return paid is null ? "paid" : "failed";
        });
    }

    [Fact]
    public async Task Both_approval_steps_of_a_large_refund_at_once_both_count()
    {
        await using var h = await Harness.StartAsync(Provider);
        await using var finance = h.SessionAs(TestActor.Finance);
        await finance.StepUpAsync();
        await using var supervisor = h.SessionAs(TestActor.Supervisor);
        await supervisor.StepUpAsync();

        // Both succeed every round (neither step refuses the other); "winner" is the step that committed first, so
        // both orders of the retry after a concurrency conflict are exercised.
        await Race.UntilBothWinAsync(MaxRounds, "finance", "supervisor", async round =>
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 1_000_000, DaysAgo(h, 10));
            await PayAsync(h, card, 100_000, DaysAgo(h, 5));
            h.Actor.Current = TestActor.Agent;
            await h.StepUpAsync();
            var filed = await FileAsync(h, card, RefundKind.DisasterOrDefect);
            Assert.Equal(900_000, filed.Payout);
            var id = (await RequestAsync(h, filed.RequestNo)).Id;

            var (financeError, supervisorError) = await Race.TwoAsync(round,
                () => finance.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance),
                () => supervisor.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Supervisor));

            Assert.Equal(((string?)null, (string?)null), (financeError, supervisorError));
            var r = await RequestAsync(h, filed.RequestNo);
            Assert.Equal((RefundStatus.Approved, "최재무", "박팀장"), (r.Status, r.FinanceApprovedByName, r.SupervisorApprovedByName));
            Assert.Equal(filed.Amount, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
            await using var db = await h.DbAsync();
            var steps = await db.AuditRecords.Where(a => a.EntityType == "RefundRequest" && a.EntityId == filed.RequestNo && a.Action.StartsWith("refund.approve"))
                .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(2, steps.Count);
            Assert.Equal(["refund.approve", "refund.approve.supervisor"], steps.Order());
            await AssertLedgerConsistentAsync(h);
            return steps[0] == "refund.approve" ? "finance" : "supervisor";
        });
    }

    [Fact]
    public async Task Two_filings_of_one_refund_with_different_keys_hold_the_money_once()
    {
        await using var h = await Harness.StartAsync(Provider);
        await using var agent = h.SessionAs(TestActor.Agent);
        await agent.StepUpAsync();
        await using var agent2 = h.SessionAs(TestActor.Agent2);
        await agent2.StepUpAsync();

        await Race.UntilBothWinAsync(MaxRounds, "a", "b", async round =>
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
            await PayAsync(h, card, 64_000, DaysAgo(h, 2));
            var target = new RefundTarget(card.MemberId, card.CardId, RefundKind.BalanceRefund, null);

            var (a, b) = await Race.TwoAsync(round,
                () => agent.Get<RefundService>().FileAsync(new FileRefundCommand(target, "첫 번째 창", $"a-{round}")),
                () => agent2.Get<RefundService>().FileAsync(new FileRefundCommand(target, "두 번째 창", $"b-{round}")));

            Assert.Single(new[] { a, b }, o => o is null);
            Assert.StartsWith("이 카드에 진행 중인 환불 요청이 있습니다", a ?? b);
            await using var db = await h.DbAsync();
            var request = await db.RefundRequests.AsNoTracking().SingleAsync(r => r.MemberId == card.MemberId);
            Assert.Equal((a is null ? $"a-{round}" : $"b-{round}", RefundStatus.PendingApproval), (request.IdempotencyKey, request.Status));
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.RefundHold && e.Reference == request.RequestNo));
            Assert.Equal(36_000, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
            Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
            Assert.Equal(1, await db.AuditRecords.CountAsync(x => x.Action == "refund.request" && x.MemberId == card.MemberId));
            await AssertLedgerConsistentAsync(h);
            return a is null ? "a" : "b";
        });
    }
}
