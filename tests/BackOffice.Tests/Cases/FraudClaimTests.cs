using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Cases.CaseResolutionScenario;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Cases;

/// <summary>
/// A fraud compensation claim through the real services (issue 13 item 5; 004 제13조④⑤): a BC prepaid card reported
/// stolen, the claim assessed with the seed's numbers, the compensation filed as a refund request from the operator's
/// money, then the refund workflow's four eyes.
/// </summary>
public class FraudClaimTests
{
    private sealed record Claim(Harness H, TestCard Card, string Case, long Before, long InWindow, long Late);

    /// <summary>Top-up 200,000 (90 days ago); payments 30,000 (70 days ago: before the window), 50,000 (10 days ago),
    /// 40,000 (2 days ago); the card reported stolen now; a fraud claim case on it.</summary>
    private static async Task<Claim> StartAsync(string provider)
    {
        var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h, ProgramPresets.CardCompanyPrepaid);
        await TopUpAsync(h, card, 200_000, DaysAgo(h, 90));
        var before = await PayAsync(h, card, 30_000, DaysAgo(h, 70));
        var inWindow = await PayAsync(h, card, 50_000, DaysAgo(h, 10));
        var late = await PayAsync(h, card, 40_000, DaysAgo(h, 2));
        h.Actor.Current = TestActor.Agent;
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(card.CardId, LossKind.Stolen, ReportChannel.Phone, "지갑 도난", Guid.NewGuid().ToString("N")));
        var number = await OpenCaseAsync(h, card, CaseType.FraudClaim);
        return new Claim(h, card, number, before, inWindow, late);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_compensation_is_filed_as_a_refund_request_from_the_operators_money(string provider)
    {
        var claim = await StartAsync(provider);
        var h = claim.H;
        await using var _ = h;
        var clearing = await OperatorBalanceAsync(h, AccountKind.FundingClearing);
        var cardBalance = await BalanceAsync(h, claim.Card.MemberId, AccountKind.CardBalance);
        var command = new AssessFraudClaimCommand(claim.Case, [claim.Before, claim.InWindow, claim.Late], [], null, Guid.NewGuid().ToString("N"));

        var context = await h.Get<FraudClaimService>().ContextAsync(claim.Case);
        Assert.Equal(3, context.Payments.Count);
        Assert.Equal((60, 20_000L), (context.DaysBeforeReport, context.CapPerCard));
        var assessed = await h.Get<FraudClaimService>().AssessAsync(command);

        // 120,000 claimed; 30,000 before the 60-day window; 90,000 in it before the report; the member bears 20,000 (004 제13조④).
        Assert.Equal(70_000, assessed.Compensation);
        Assert.Contains("보상액 = 90,000원 − 20,000원 = 70,000원", assessed.Calculation);
        Assert.NotNull(assessed.RefundRequestNo);
        var request = await RequestAsync(h, assessed.RefundRequestNo!);
        Assert.Equal((RefundKind.FraudCompensation, RefundStatus.PendingApproval, 70_000L, 0L, 70_000L),
            (request.Kind, request.Status, request.Amount, request.Fee, request.Payout));
        Assert.Equal(70_000, await BalanceAsync(h, claim.Card.MemberId, AccountKind.RefundHold));
        Assert.Equal(clearing - 70_000, await OperatorBalanceAsync(h, AccountKind.FundingClearing));
        Assert.Equal(cardBalance, await BalanceAsync(h, claim.Card.MemberId, AccountKind.CardBalance)); // nothing taken from the member

        // The same click again: one assessment, one request.
        var again = await h.Get<FraudClaimService>().AssessAsync(command with { IdempotencyKey = Guid.NewGuid().ToString("N") });
        Assert.Equal((assessed.AssessmentId, assessed.RefundRequestNo), (again.AssessmentId, again.RefundRequestNo));
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.RefundRequests.CountAsync(r => r.Kind == RefundKind.FraudCompensation));
            var stored = await db.FraudClaimAssessments.SingleAsync();
            Assert.Equal((120_000L, 90_000L, 20_000L, 70_000L, request.Id), (stored.ClaimedAmount, stored.EligibleAmount, stored.MemberShare, stored.Compensation, stored.RefundRequestId));
        }
        var c = await CaseAsync(h, claim.Case);
        Assert.Contains(c.Events, e => e.Kind == "fraud.assessed");
        Assert.Contains(c.Events, e => e.Kind == "fraud.refund" && e.Text.Contains(request.RequestNo));

        // The refund workflow's four eyes: the agent who filed it cannot approve; Finance can.
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Approved, await h.Get<RefundApprovalService>().ApproveAsync(request.Id, ApprovalStep.Finance));
        await AssertLedgerConsistentAsync(h);
    }

    [Fact]
    public async Task A_rejected_compensation_goes_back_to_the_operator_not_to_the_member()
    {
        var claim = await StartAsync("sqlite");
        var h = claim.H;
        await using var _ = h;
        var clearing = await OperatorBalanceAsync(h, AccountKind.FundingClearing);
        var assessed = await h.Get<FraudClaimService>().AssessAsync(new AssessFraudClaimCommand(claim.Case, [claim.InWindow], [], null, Guid.NewGuid().ToString("N")));
        Assert.Equal(30_000, assessed.Compensation);
        var request = await RequestAsync(h, assessed.RefundRequestNo!);

        h.Actor.Current = TestActor.Finance;
        await h.Get<RefundApprovalService>().RejectAsync(request.Id, "가족 사용 확인됨");

        Assert.Equal(0, await BalanceAsync(h, claim.Card.MemberId, AccountKind.RefundHold));
        Assert.Equal(0, await BalanceAsync(h, claim.Card.MemberId, AccountKind.Emoney));
        Assert.Equal(clearing, await OperatorBalanceAsync(h, AccountKind.FundingClearing));
        await AssertLedgerConsistentAsync(h);
    }

    [Fact]
    public async Task An_exclusion_needs_its_reason_and_a_claim_at_or_under_the_share_files_nothing()
    {
        var claim = await StartAsync("sqlite");
        var h = claim.H;
        await using var _ = h;
        var service = h.Get<FraudClaimService>();
        var noReason = await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssessAsync(
            new AssessFraudClaimCommand(claim.Case, [claim.InWindow], [FraudExclusion.LateReport], " ", Guid.NewGuid().ToString("N"))));
        Assert.Contains("판단 근거", noReason.Message);
        var none = await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssessAsync(new AssessFraudClaimCommand(claim.Case, [], [], null, Guid.NewGuid().ToString("N"))));
        Assert.Contains("하나 이상", none.Message);
        var topUp = await TopUpAsync(h, claim.Card, 1_000, DaysAgo(h, 1));
        var notPayment = await Assert.ThrowsAsync<BusinessRuleException>(() => service.AssessAsync(new AssessFraudClaimCommand(claim.Case, [topUp], [], null, Guid.NewGuid().ToString("N"))));
        Assert.Contains("결제만", notPayment.Message);

        var assessed = await service.AssessAsync(new AssessFraudClaimCommand(claim.Case, [claim.InWindow, claim.Late], [FraudExclusion.LateReport], "도난 인지 후 5일 지나 신고", Guid.NewGuid().ToString("N")));
        Assert.Equal(0, assessed.Compensation);
        Assert.Null(assessed.RefundRequestNo);
        Assert.Contains("004 제13조⑤4", assessed.Calculation);
        Assert.Contains("도난 인지 후 5일 지나 신고", assessed.Calculation);
        await using var db = await h.DbAsync();
        Assert.False(await db.RefundRequests.AnyAsync(r => r.Kind == RefundKind.FraudCompensation));
    }

    [Fact]
    public async Task A_card_without_a_loss_report_or_compensation_terms_is_refused()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var bc = await NewCardAsync(h, ProgramPresets.CardCompanyPrepaid);
        var number = await OpenCaseAsync(h, bc, CaseType.FraudClaim);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<FraudClaimService>().AssessAsync(
            new AssessFraudClaimCommand(number, [1], [], null, Guid.NewGuid().ToString("N"))));
        Assert.Contains("분실·도난 신고가 없습니다", refused.Message);

        var local = await NewCardAsync(h);
        h.Actor.Current = TestActor.Agent;
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(local.CardId, LossKind.Lost, ReportChannel.Phone, "", Guid.NewGuid().ToString("N")));
        var localCase = await OpenCaseAsync(h, local, CaseType.FraudClaim);
        var terms = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<FraudClaimService>().ContextAsync(localCase));
        Assert.Contains("보상 대상이 아닙니다", terms.Message);
    }
}
