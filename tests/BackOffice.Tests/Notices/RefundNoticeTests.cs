using static BackOffice.Tests.Notices.NoticeTestSupport;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Notices;

public class RefundNoticeTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<TestCard> CardWithUsageAsync(Harness h, long spent)
    {
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, DaysAgo(h, 20));
        await PayAsync(h, card, spent, DaysAgo(h, 5));
        return card;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refund_decision_is_told_to_the_member_approval_rejection_and_ineligible_filing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var approved = await FileAsync(h, await CardWithUsageAsync(h, 64_000), RefundKind.BalanceRefund);
        var rejected = await FileAsync(h, await CardWithUsageAsync(h, 64_000), RefundKind.BalanceRefund);
        var ineligible = await FileAsync(h, await CardWithUsageAsync(h, 10_000), RefundKind.BalanceRefund);
        Assert.Empty(await MessagesAsync(h, approved.RequestNo)); // filing an eligible request tells nothing yet

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await h.Get<RefundApprovalService>().ApproveAsync((await RequestAsync(h, approved.RequestNo)).Id, ApprovalStep.Finance);
        await h.Get<RefundApprovalService>().RejectAsync((await RequestAsync(h, rejected.RequestNo)).Id, "본인 확인 서류 미비");

        var approval = await MessagesAsync(h, approved.RequestNo);
        Assert.Equal([(NoticeChannel.Sms, NoticeTemplateKeys.RefundApproved), (NoticeChannel.Email, NoticeTemplateKeys.RefundApproved)],
            approval.Select(m => (m.Channel, m.TemplateKey)));
        Assert.Contains("36,000원", approval[0].Body);
        Assert.Contains("2026-11-25", approval[0].Body);
        var rejection = await MessagesAsync(h, rejected.RequestNo);
        Assert.Equal([NoticeTemplateKeys.RefundRejected, NoticeTemplateKeys.RefundRejected], rejection.Select(m => m.TemplateKey));
        Assert.Contains("본인 확인 서류 미비", rejection[0].Body);
        var refusal = await MessagesAsync(h, ineligible.RequestNo);
        Assert.Equal([NoticeTemplateKeys.RefundIneligible, NoticeTemplateKeys.RefundIneligible], refusal.Select(m => m.TemplateKey));
        Assert.Contains(ineligible.Explanation, refusal[1].Body);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_large_refund_is_told_only_when_the_second_approval_completes_it(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 1_000_000, DaysAgo(h, 20));
        await PayAsync(h, card, 640_000, DaysAgo(h, 5));
        var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
        var id = (await RequestAsync(h, filed.RequestNo)).Id;

        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.PendingApproval, await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance));
        Assert.Empty(await MessagesAsync(h, filed.RequestNo));

        h.Actor.Current = TestActor.Supervisor;
        await h.StepUpAsync();
        Assert.Equal(RefundStatus.Approved, await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Supervisor));
        Assert.Equal(2, (await MessagesAsync(h, filed.RequestNo)).Count);
    }
}
