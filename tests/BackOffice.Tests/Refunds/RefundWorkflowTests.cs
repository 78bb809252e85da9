using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

public class RefundWorkflowTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Top-up 100,000 on 2026-11-02, 64,000 spent: 64 % used → refundable (000 환불).</summary>
    private static async Task<TestCard> SixtyFourPercentUsedAsync(Harness h)
    {
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(9)));
        await PayAsync(h, card, 64_000, DaysAgo(h, 5));
        return card;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_balance_refund_is_held_approved_batched_and_paid_with_the_ledger_agreeing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await SixtyFourPercentUsedAsync(h);

        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        Assert.Equal(RefundStatus.PendingApproval, filed.Status);
        Assert.Equal((36_000L, 0L, 36_000L), (filed.Amount, filed.Fee, filed.Payout));
        Assert.Equal("사용률 64% (64,000 / 100,000, 기준: 2026-11-02 충전 이후) ≥ 60% → 환불 가능 (000 환불) · 수수료 0원", filed.Explanation);
        Assert.Equal(new DateOnly(2026, 11, 25), filed.DueBy); // Fri 11-20 + 3 business days
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(36_000, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));

        // The held money can no longer be spent.
        await Assert.ThrowsAsync<LedgerRejectedException>(() => PayAsync(h, card, 1_000, h.Clock.GetUtcNow()));

        var request = await RequestAsync(h, filed.RequestNo);
        var detail = (await h.Get<RefundQueries>().DetailAsync(filed.RequestNo))!;
        Assert.Equal((36_000L, "서로e음 지역화폐카드", "재무 승인 대기"), (detail.HeldNow, detail.ProgramName, detail.Row.Stage));
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Approved, await h.Get<RefundApprovalService>().ApproveAsync(request.Id, ApprovalStep.Finance));

        var payouts = h.Get<PayoutService>();
        Assert.Equal(new PayoutReadiness(1, 36_000, new DateOnly(2026, 11, 25)), await payouts.ReadinessAsync());
        var batchNo = await payouts.CreateBatchAsync();
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkPaidAsync(request.Id));
        Assert.StartsWith("이체 파일을 먼저 내려받아", refused.Message);

        var file = await payouts.TransferFileAsync(batchNo);
        var text = System.Text.Encoding.UTF8.GetString(file.Content);
        Assert.Contains($"1,국민은행,12345678901234,정환불,36000,환불 {filed.RequestNo}", text);
        Assert.Contains($"합계,,,1건,36000,{batchNo}", text);

        h.Actor.Current = TestActor.Finance2; // issue 10: the payer is not the approver
        await h.StepUpAsync();
        await payouts.MarkPaidAsync(request.Id);
        Assert.Equal(RefundStatus.Paid, (await RequestAsync(h, filed.RequestNo)).Status);
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        Assert.Equal(0, (await h.Get<RefundQueries>().DetailAsync(filed.RequestNo))!.HeldNow);
        Assert.Null(await h.Get<RefundQueries>().DetailAsync("F-none"));
        Assert.Equal(PayoutBatchStatus.Closed, (await payouts.BatchAsync(batchNo))!.Batch.Status);
        await using (var db = await h.DbAsync())
        {
            var payout = await db.JournalEntries.Include(e => e.Postings).ThenInclude(p => p.Account).SingleAsync(e => e.IdempotencyKey == $"refund:{filed.RequestNo}:payout");
            Assert.Equal(36_000, payout.Postings.Single(p => p.Account!.Kind == AccountKind.RefundPayout).Amount);
            var actions = await db.AuditRecords.Where(a => a.EntityId == filed.RequestNo || a.EntityId == batchNo).Select(a => a.Action).ToListAsync();
            Assert.Equal(["refund.request", "refund.approve", "refund.batch.create", "refund.batch.file", "refund.paid"], actions);
        }
        await AssertLedgerConsistentAsync(h);

        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var history = await h.Get<RefundQueries>().ForMemberAsync(card.MemberId);
        Assert.Equal("지급 완료", Assert.Single(history).Stage);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_ineligible_request_is_kept_with_its_explanation_and_holds_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, DaysAgo(h, 20));
        await PayAsync(h, card, 59_999, DaysAgo(h, 5));

        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);

        Assert.Equal(RefundStatus.Ineligible, filed.Status);
        Assert.StartsWith("사용률 59% (59,999 / 100,000", filed.Explanation);
        Assert.Contains("< 60% → 환불 불가", filed.Explanation);
        Assert.Equal(40_001, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        await using var db = await h.DbAsync();
        Assert.Equal("refund.request.ineligible", await db.AuditRecords.Where(a => a.EntityId == filed.RequestNo).Select(a => a.Action).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_charge_is_cancelled_for_what_was_paid_and_a_rejection_gives_it_all_back(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 20_000, DaysAgo(h, 30));
        var charge = await TopUpAsync(h, card, 50_000, DaysAgo(h, 2), discount: 2_500);

        var options = await h.Get<RefundService>().ChargesAsync(card.CardId);
        Assert.Equal((50_000L, 47_500L), (options[0].Charged, options[0].Paid));
        var filed = await FileAsync(h, card, RefundKind.ChargeCancel, charge);

        Assert.Equal((RefundStatus.PendingApproval, 47_500L), (filed.Status, filed.Payout));
        Assert.Contains("할인 2,500원은 환불되지 않음", filed.Explanation);
        Assert.Equal(20_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(47_500, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => FileAsync(h, card, RefundKind.ChargeCancel, charge));
        Assert.StartsWith("이 카드에 진행 중인 환불 요청이 있습니다", again.Message);

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var request = await RequestAsync(h, filed.RequestNo);
        var shortReason = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<RefundApprovalService>().RejectAsync(request.Id, "짧음"));
        Assert.Equal("반려 사유를 5자 이상 입력하세요.", shortReason.Message);
        await h.Get<RefundApprovalService>().RejectAsync(request.Id, "회원이 취소 요청을 철회함");

        Assert.Equal(RefundStatus.Rejected, (await RequestAsync(h, filed.RequestNo)).Status);
        Assert.Equal(70_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<RefundApprovalService>().ApproveAsync(request.Id, ApprovalStep.Finance));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Four_eyes_refuses_the_requester_the_wrong_role_and_a_second_approval(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await SixtyFourPercentUsedAsync(h);
        h.Actor.Current = TestActor.Supervisor;
        await h.StepUpAsync();
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        var id = (await RequestAsync(h, filed.RequestNo)).Id;
        var approvals = h.Get<RefundApprovalService>();

        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(id, ApprovalStep.Finance));
        h.Actor.Current = TestActor.Supervisor; // the requester, and not Finance
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(id, ApprovalStep.Finance));
        var own = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.RejectAsync(id, "본인 건 반려 시도"));
        Assert.StartsWith("본인이 신청한 환불은", own.Message);
        h.Actor.Current = TestActor.Admin;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(id, ApprovalStep.Finance));

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await approvals.ApproveAsync(id, ApprovalStep.Finance);
        var twice = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(id, ApprovalStep.Finance));
        Assert.Equal("이미 처리된 요청입니다 (지급 대기).", twice.Message);

        // Agents cannot reach the payout commands either.
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<PayoutService>().CreateBatchAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<RefundQueries>().QueueAsync(new RefundQueueFilter(), 0, 20));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Above_the_threshold_a_supervisor_who_is_not_the_finance_approver_must_also_approve(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 1_000_000, DaysAgo(h, 10));
        await PayAsync(h, card, 100_000, DaysAgo(h, 5));
        var filed = await FileAsync(h, card, RefundKind.DisasterOrDefect);
        Assert.Equal("지급액 900,000원 > 300,000원 → 재무 승인 + 상담 관리자 승인", filed.ApprovalRule);
        var id = (await RequestAsync(h, filed.RequestNo)).Id;
        var approvals = h.Get<RefundApprovalService>();

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.PendingApproval, await approvals.ApproveAsync(id, ApprovalStep.Finance));
        Assert.Equal("관리자 승인 대기 (재무 승인 완료)", RefundNames.Stage(await RequestAsync(h, filed.RequestNo)));
        var financeTwice = TestActor.Make("finance-id", "최재무", "Finance", "Supervisor");
        h.Actor.Current = financeTwice;
        await h.StepUpAsync();
        var same = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.ApproveAsync(id, ApprovalStep.Supervisor));
        Assert.Equal("한 사람이 두 단계를 모두 승인할 수 없습니다.", same.Message);

        h.Actor.Current = TestActor.Supervisor;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Approved, await approvals.ApproveAsync(id, ApprovalStep.Supervisor));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_payout_returns_the_money_to_e_money_and_opens_a_follow_up(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h, ProgramPresets.Hanaro);
        await TopUpAsync(h, card, 30_000, DaysAgo(h, 10));
        // A 하나로 balance refund to the account (환불접수처 제휴 금융기관): 2 % of 3 started 10,000s (003 하나로 제11조2).
        // (A disaster or defect refund pays no fee since issue 11, 제11조1.) The whole 30,000 is held and returns on failure.
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        Assert.Equal((30_000L, 600L, 29_400L), (filed.Amount, filed.Fee, filed.Payout));
        Assert.Equal(RefundChannel.BankAccount, filed.Channel);

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var id = (await RequestAsync(h, filed.RequestNo)).Id;
        await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance);
        var payouts = h.Get<PayoutService>();
        var batchNo = await payouts.CreateBatchAsync();
        await payouts.TransferFileAsync(batchNo);
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkFailedAsync(id, ""));
        h.Actor.Current = TestActor.Finance2; // issue 10: the payer is not the approver
        await h.StepUpAsync();
        await payouts.MarkFailedAsync(id, "예금주 불일치");

        var r = await RequestAsync(h, filed.RequestNo);
        Assert.Equal((RefundStatus.PayoutFailed, true), (r.Status, r.FollowUpOpen));
        Assert.Equal(30_000, await BalanceAsync(h, card.MemberId, AccountKind.Emoney));
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        var queue = await h.Get<RefundQueries>().QueueAsync(new RefundQueueFilter(RefundQueueView.FollowUp), 0, 20);
        Assert.Equal(filed.RequestNo, Assert.Single(queue.Rows).RequestNo);
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkPaidAsync(id));

        await payouts.CloseFollowUpAsync(id, "회원에게 계좌 재등록 안내 완료");
        Assert.Empty((await h.Get<RefundQueries>().QueueAsync(new RefundQueueFilter(RefundQueueView.FollowUp), 0, 20)).Rows);
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Expired_and_withdrawal_refunds_hold_what_the_rules_allow(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var expired = await NewCardAsync(h, expiresOn: new DateOnly(2026, 10, 31), issuedOn: new DateOnly(2021, 11, 1));
        await TopUpAsync(h, expired, 10_005, DaysAgo(h, 200));
        var filed = await FileAsync(h, expired, RefundKind.ExpiredCard);
        Assert.Equal((RefundStatus.PendingApproval, 9_004L), (filed.Status, filed.Payout)); // 90 % of 10,005, sub-won truncated
        Assert.Equal(9_004, await BalanceAsync(h, expired.MemberId, AccountKind.RefundHold));
        await using (var db = await h.DbAsync())
            Assert.Equal(1_001, await db.Accounts.Where(a => a.Kind == AccountKind.Forfeited).Select(a => a.Balance).SingleAsync());

        var leaving = await NewCardAsync(h);
        await TopUpAsync(h, leaving, 40_000, DaysAgo(h, 30));
        await EmoneyTopUpAsync(h, leaving, 15_000, DaysAgo(h, 3));
        var withdrawal = await FileAsync(h, leaving, RefundKind.BeforeWithdrawal);
        Assert.Equal(55_000, withdrawal.Payout);
        Assert.Contains("e음머니 15,000원", withdrawal.Explanation);
        Assert.Equal((0L, 0L), (await BalanceAsync(h, leaving.MemberId, AccountKind.CardBalance), await BalanceAsync(h, leaving.MemberId, AccountKind.Emoney)));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_changes_nothing_and_a_double_submit_files_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var notOwn = await NewCardAsync(h, holder: "김타인");
        await TopUpAsync(h, notOwn, 10_000, DaysAgo(h, 3));
        var account = await Assert.ThrowsAsync<BusinessRuleException>(() => FileAsync(h, notOwn, RefundKind.DisasterOrDefect));
        Assert.StartsWith("본인 명의 환불 계좌가 없습니다", account.Message);
        var wrongCard = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<RefundService>().FileAsync(
            new FileRefundCommand(new RefundTarget(notOwn.MemberId, 999_999, RefundKind.BalanceRefund, null), null, "k-wrong")));
        Assert.Equal("이 회원의 카드를 선택하세요.", wrongCard.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<RefundService>().FileAsync(
            new FileRefundCommand(new RefundTarget(notOwn.MemberId, notOwn.CardId, (RefundKind)42, null), null, "k-kind")));
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => FileAsync(h, notOwn, RefundKind.DisasterOrDefect));

        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var card = await SixtyFourPercentUsedAsync(h);
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => FileAsync(h, card, RefundKind.BalanceRefund, key: "same-click"))));
        Assert.Single(results.Select(r => r.RequestNo).Distinct());
        await using var db = await h.DbAsync();
        Assert.Equal(0, await db.RefundRequests.CountAsync(r => r.MemberId == notOwn.MemberId));
        Assert.Equal(1, await db.RefundRequests.CountAsync(r => r.MemberId == card.MemberId));
        Assert.Equal(36_000, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bulk_approval_reports_each_item_and_the_queue_totals_them(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var items = new List<(long, string)>();
        foreach (var requester in new[] { TestActor.Agent, TestActor.Agent, TestActor.Supervisor })
        {
            var card = await SixtyFourPercentUsedAsync(h);
            h.Actor.Current = requester;
            await h.StepUpAsync();
            var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
            items.Add(((await RequestAsync(h, filed.RequestNo)).Id, filed.RequestNo));
        }
        var financeSupervisor = TestActor.Make("supervisor-id", "박팀장", "Finance", "Supervisor");
        h.Actor.Current = financeSupervisor; // filed the third one: that item alone is refused
        await h.StepUpAsync();
        var results = await h.Get<RefundApprovalService>().ApproveManyAsync(items, ApprovalStep.Finance);

        Assert.Equal([true, true, false], results.Select(r => r.Done));
        Assert.StartsWith("본인이 신청한 환불은", results[2].Message);
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var queue = h.Get<RefundQueries>();
        var waiting = await queue.QueueAsync(new RefundQueueFilter(RefundQueueView.AwaitingApproval), 0, 20);
        Assert.Equal((1, 36_000L), (waiting.Totals.Count, waiting.Totals.Payout));
        var payout = await queue.QueueAsync(new RefundQueueFilter(RefundQueueView.AwaitingPayout), 0, 1);
        Assert.Equal((2, 72_000L, 1), (payout.Totals.Count, payout.Totals.Payout, payout.Rows.Count));
        h.Clock.Advance(TimeSpan.FromDays(6));
        await h.RunJobAsync<MarkOverdueRefundsJob>(); // overdue is stored state, marked by the job
        var late = await queue.QueueAsync(new RefundQueueFilter(RefundQueueView.AwaitingPayout), 0, 20);
        Assert.Equal((2, 2), (late.Totals.Overdue, late.Totals.Aged4Plus));
        Assert.All(late.Rows, r => Assert.True(r.Overdue));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Repeated_or_unknown_commands_are_refused_and_change_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 20_000, DaysAgo(h, 3));
        var filed = await FileAsync(h, card, RefundKind.DisasterOrDefect);
        var id = (await RequestAsync(h, filed.RequestNo)).Id;
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var approvals = h.Get<RefundApprovalService>();
        var payouts = h.Get<PayoutService>();

        Assert.Equal("환불 요청을 찾을 수 없습니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => approvals.ApproveAsync(999_999, ApprovalStep.Finance))).Message);
        // Issue 11 point 13: an undefined approval step and over-long payout texts are refused in Korean, nothing written.
        var trace = await CommandTrace.TakeAsync(h);
        Assert.Equal("승인 단계를 선택하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => approvals.ApproveAsync(id, (ApprovalStep)99))).Message);
        Assert.Equal("승인 단계를 선택하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => approvals.ApproveManyAsync([(id, filed.RequestNo)], (ApprovalStep)99))).Message);
        Assert.Equal($"실패 사유는 {PayoutService.MaxText}자 이내로 입력하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkFailedAsync(id, new string('가', PayoutService.MaxText + 1)))).Message);
        Assert.Equal($"후속 조치 내용은 {PayoutService.MaxText}자 이내로 입력하세요.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.CloseFollowUpAsync(id, new string('가', PayoutService.MaxText + 1)))).Message);
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        Assert.Equal(RefundStatus.PendingApproval, (await RequestAsync(h, filed.RequestNo)).Status);
        Assert.Equal("지급 배치를 찾을 수 없습니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.TransferFileAsync("P-none"))).Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkPaidAsync(id)); // not in a batch yet
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.CloseFollowUpAsync(id, "열린 조치 없음"));

        await approvals.RejectAsync(id, "중복 신청으로 반려");
        var again = await Assert.ThrowsAsync<ForbiddenException>(() => approvals.RejectAsync(id, "중복 신청으로 반려"));
        Assert.Equal("이미 처리된 요청입니다 (반려).", again.Message);
        Assert.Equal(20_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance)); // released once, not twice

        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var second = await FileAsync(h, card, RefundKind.DisasterOrDefect);
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        var secondId = (await RequestAsync(h, second.RequestNo)).Id;
        await approvals.ApproveAsync(secondId, ApprovalStep.Finance);
        await payouts.TransferFileAsync(await payouts.CreateBatchAsync());
        h.Actor.Current = TestActor.Finance2; // issue 10: the payer is not the approver
        await h.StepUpAsync();
        await payouts.MarkFailedAsync(secondId, "계좌 해지됨");
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.MarkFailedAsync(secondId, "계좌 해지됨"));
        Assert.Equal("후속 조치 내용을 5자 이상 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.CloseFollowUpAsync(secondId, "짧음"))).Message);
        await payouts.CloseFollowUpAsync(secondId, "회원 통화 후 재신청 안내");
        await Assert.ThrowsAsync<BusinessRuleException>(() => payouts.CloseFollowUpAsync(secondId, "회원 통화 후 재신청 안내"));

        Assert.Equal(20_000, await BalanceAsync(h, card.MemberId, AccountKind.Emoney)); // returned once
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "refund.followup.close"));
        await AssertLedgerConsistentAsync(h);
    }
}
