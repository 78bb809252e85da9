using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.CardIntake;

/// <summary>
/// Issue 10 §1: a damaged card settled "to the bank account" files a defect refund (hold, Finance approval, batch,
/// transfer file, paid by someone else) and posts nothing to the payout account until the payout is marked paid.
/// </summary>
public class IntakeRefundTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<long> SystemBalanceAsync(Harness h, AccountKind kind)
    {
        await using var db = await h.DbAsync();
        var code = SystemAccounts.CodeOf(kind);
        return await db.Accounts.Where(a => a.SystemCode == code).Select(a => a.Balance).SingleAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Settling_to_the_bank_files_a_defect_refund_and_nothing_reaches_the_payout_account_until_it_is_paid(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 42_000, DaysAgo(h, 20));
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(card.CardId, DefectKind.Damaged, "카드 휨", "open-1"));
        long caseId;
        await using (var db = await h.DbAsync()) caseId = await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.Id).SingleAsync();
        await intake.ReceiveAsync(caseId);
        await intake.InspectAsync(new InspectCommand(caseId, DefectKind.Damaged, "카드 휨", null));
        await intake.VerifyBalanceAsync(caseId, 42_000);
        await intake.SettleAsync(new SettleCommand(caseId, IntakeSettlement.RefundToAccount, null, null, "settle-1"));

        RefundRequest refund;
        await using (var db = await h.DbAsync())
        {
            var settled = await db.CardIntakeCases.SingleAsync(c => c.Id == caseId);
            refund = await db.RefundRequests.SingleAsync(r => r.Id == settled.RefundRequestId);
            Assert.Equal((IntakeStatus.Settled, IntakeSettlement.RefundToAccount), (settled.Status, settled.Settlement!.Value));
            Assert.Equal((RefundKind.DisasterOrDefect, RefundStatus.PendingApproval, 42_000L, caseNo, "agent-id"),
                (refund.Kind, refund.Status, refund.Amount, refund.IntakeCaseNo, refund.RequestedById));
            Assert.Equal($"intake:{caseNo}:refund", refund.IdempotencyKey);
            Assert.Equal(CardStatus.Closed, await db.Cards.Where(c => c.Id == card.CardId).Select(c => c.Status).SingleAsync());
            Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.RefundPayout));
        }
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(42_000, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        Assert.Equal(0, await SystemBalanceAsync(h, AccountKind.RefundPayout));

        // The case shows its refund; the refund shows its case; the case stays open until the refund ends.
        var detail = (await intake.GetAsync(caseNo))!;
        Assert.Equal((refund.RequestNo, RefundStatus.PendingApproval), (detail.Refund!.RequestNo, detail.Refund.Status));
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        Assert.Equal(caseNo, (await h.Get<RefundQueries>().DetailAsync(refund.RequestNo))!.IntakeCaseNo);
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => intake.CloseAsync(caseId));
        Assert.StartsWith($"환불 요청 {refund.RequestNo}이 아직 진행 중입니다", early.Message);
        // The agent who settled the case cannot approve it (and is not Finance anyway).
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<RefundApprovalService>().ApproveAsync(refund.Id, ApprovalStep.Finance));

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await h.Get<RefundApprovalService>().ApproveAsync(refund.Id, ApprovalStep.Finance);
        var payouts = h.Get<PayoutService>();
        var batchNo = await payouts.CreateBatchAsync();
        await payouts.TransferFileAsync(batchNo);
        Assert.Equal(0, await SystemBalanceAsync(h, AccountKind.RefundPayout)); // approved, batched, file downloaded: still nothing paid
        h.Actor.Current = TestActor.Finance2;
        await h.StepUpAsync();
        await payouts.MarkPaidAsync(refund.Id);

        Assert.Equal(refund.Payout, await SystemBalanceAsync(h, AccountKind.RefundPayout));
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Paid, (await intake.GetAsync(caseNo))!.Refund!.Status);
        await intake.CloseAsync(caseId);
        await using (var db = await h.DbAsync())
        {
            var payout = await db.JournalEntries.SingleAsync(e => e.Type == EntryType.RefundPayout);
            Assert.Equal((refund.RequestNo, $"refund:{refund.RequestNo}:payout"), (payout.Reference, payout.IdempotencyKey));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "card.intake.closed" && a.EntityId == caseNo));
        }
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_rejected_intake_refund_returns_the_money_to_e_money_and_lets_the_case_close(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 15_000, DaysAgo(h, 20));
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(card.CardId, DefectKind.Damaged, "", "open-2"));
        var detail = (await intake.GetAsync(caseNo))!;
        await intake.ReceiveAsync(detail.Id);
        await intake.InspectAsync(new InspectCommand(detail.Id, DefectKind.Damaged, "카드 파손", null));
        await intake.VerifyBalanceAsync(detail.Id, 15_000);
        await intake.SettleAsync(new SettleCommand(detail.Id, IntakeSettlement.RefundToAccount, null, null, "settle-2"));
        var refund = (await intake.GetAsync(caseNo))!.Refund!;

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await h.Get<RefundApprovalService>().RejectAsync(refund.Id, "계좌 확인 필요로 반려");
        Assert.Equal(15_000, await BalanceAsync(h, card.MemberId, AccountKind.Emoney)); // the card is closed: back to e-money
        Assert.Equal(0, await SystemBalanceAsync(h, AccountKind.RefundPayout));
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        await intake.CloseAsync(detail.Id);
        await AssertLedgerConsistentAsync(h);
    }
}
