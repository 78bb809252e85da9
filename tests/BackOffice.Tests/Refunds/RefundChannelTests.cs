using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Refunds;

/// <summary>
/// Refund channels through the real service (issue 11 point 4): the program's channels only, each with its fee, cap and
/// payout deadline (003 캐시비 제9조①1·①6가·나, 003 하나로 제11조2, 000 환불); a refused channel holds nothing and the
/// request can be filed again by another channel.
/// </summary>
public class RefundChannelTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<TestCard> CardWithAsync(Harness h, string program, long balance)
    {
        var card = await NewCardAsync(h, program);
        await TopUpAsync(h, card, balance, DaysAgo(h, 3));
        return card;
    }

    private static RefundTarget Target(TestCard card, RefundChannel channel, RefundKind kind = RefundKind.BalanceRefund) =>
        new(card.MemberId, card.CardId, kind, null, channel);

    private static Task<RefundFiled> FileAsync(Harness h, TestCard card, RefundChannel channel, RefundKind kind = RefundKind.BalanceRefund) =>
        h.Get<RefundService>().FileAsync(new FileRefundCommand(Target(card, channel, kind), "채널 테스트", Guid.NewGuid().ToString("N")));

    private static async Task<int> RequestCountAsync(Harness h, TestCard card)
    {
        await using var db = await h.DbAsync();
        return await db.RefundRequests.CountAsync(r => r.CardId == card.CardId);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_cashbee_store_refund_pays_less_the_500_won_fee_the_same_day_up_to_20000(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var today = h.Clock.TodayKst();

        // 003 캐시비 제9조①1: 편의점/가판점 수수료 500원, 즉시.
        var small = await CardWithAsync(h, ProgramPresets.Cashbee, 15_000);
        var filed = await FileAsync(h, small, RefundChannel.Store);
        Assert.Equal((RefundStatus.PendingApproval, 15_000L, 500L, 14_500L, today), (filed.Status, filed.Amount, filed.Fee, filed.Payout, filed.DueBy));
        Assert.Equal(RefundChannel.Store, filed.Channel);
        var request = await RequestAsync(h, filed.RequestNo);
        Assert.Equal(RefundChannel.Store, request.Channel);
        Assert.Contains("캐시비 제9조①1", request.DueRule);
        Assert.Equal(15_000, await BalanceAsync(h, small.MemberId, AccountKind.RefundHold));

        // 003 캐시비 제9조①6나: 최대 환불한도 2만원 — exactly 20,000 passes.
        var atCap = await CardWithAsync(h, ProgramPresets.Cashbee, 20_000);
        var capped = await FileAsync(h, atCap, RefundChannel.Store);
        Assert.Equal((RefundStatus.PendingApproval, 20_000L, 500L, 19_500L), (capped.Status, capped.Amount, capped.Fee, capped.Payout));

        var queue = await h.Get<RefundQueries>().ForMemberAsync(small.MemberId);
        Assert.Equal(RefundChannel.Store, Assert.Single(queue).Channel);
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_cashbee_store_refund_above_the_cap_holds_nothing_and_is_filed_again_as_an_envelope(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await CardWithAsync(h, ProgramPresets.Cashbee, 25_000);
        var service = h.Get<RefundService>();

        // The dialog's first preview: the program's first channel (매장), refused above 20,000 with the way out.
        var preview = await service.PreviewAsync(Target(card, RefundChannel.BankAccount), programDefaultChannel: true);
        Assert.Equal(RefundChannel.Store, preview.Channel);
        Assert.False(preview.Eligible);
        Assert.Contains("20,000원까지", preview.Explanation);
        Assert.Contains("제9조①6나", preview.Explanation);
        Assert.Contains("환불봉투", preview.Blocker);
        Assert.Equal([RefundChannel.Store, RefundChannel.Envelope, RefundChannel.DirectVisit], preview.Channels.Select(c => c.Channel));
        var store = preview.Channels[0];
        Assert.Equal((true, false, 20_000L), (store.Selected, store.Eligible, store.Cap));
        Assert.Equal("수수료 500원 (정액)", store.FeeText);
        var envelopeOption = preview.Channels[1];
        Assert.Equal((true, 0L, 25_000L), (envelopeOption.Eligible, envelopeOption.Fee, envelopeOption.Payout));
        Assert.Equal("10영업일 이내 지급", envelopeOption.DeadlineText);
        Assert.Contains("제9조①6가", envelopeOption.Citation);

        // Filed anyway: recorded as ineligible like any refused decision, nothing held.
        var refused = await FileAsync(h, card, RefundChannel.Store);
        Assert.Equal((RefundStatus.Ineligible, 0L), (refused.Status, refused.Payout));
        Assert.Equal(25_000, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));
        Assert.Equal(0, await BalanceAsync(h, card.MemberId, AccountKind.RefundHold));

        // 003 캐시비 제9조①6가: 환불봉투, 수수료 없음, 영업일 기준 10일 이내 계좌 입금.
        var envelope = await FileAsync(h, card, RefundChannel.Envelope);
        var calendar = await h.Get<BusinessCalendarSource>().LoadAsync();
        Assert.Equal((RefundStatus.PendingApproval, 25_000L, 0L, 25_000L), (envelope.Status, envelope.Amount, envelope.Fee, envelope.Payout));
        Assert.Equal(calendar.AddBusinessDays(h.Clock.TodayKst(), 10), envelope.DueBy);
        var request = await RequestAsync(h, envelope.RequestNo);
        Assert.Equal(RefundChannel.Envelope, request.Channel);
        Assert.Contains("10영업일", request.DueRule);
        Assert.Contains("캐시비 제9조①6가", request.DueRule);
        Assert.Equal((0L, 25_000L), (await BalanceAsync(h, card.MemberId, AccountKind.CardBalance), await BalanceAsync(h, card.MemberId, AccountKind.RefundHold)));
        Assert.Equal(2, await RequestCountAsync(h, card));
        var detail = await h.Get<RefundQueries>().DetailAsync(envelope.RequestNo);
        Assert.Equal(RefundChannel.Envelope, detail!.Row.Channel);
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_balance_below_the_store_fee_goes_to_a_direct_visit_without_fee(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await CardWithAsync(h, ProgramPresets.Cashbee, 400);

        var preview = await h.Get<RefundService>().PreviewAsync(Target(card, RefundChannel.Store));
        Assert.False(preview.Eligible);
        Assert.Contains("직접 방문", preview.Blocker);
        Assert.Equal(400, preview.Channels.Single(c => c.Channel == RefundChannel.DirectVisit).Payout);

        var refused = await FileAsync(h, card, RefundChannel.Store);
        Assert.Equal((RefundStatus.Ineligible, 0L), (refused.Status, refused.Payout)); // not "approved with a 400-won fee and 0 paid"
        Assert.Contains("직접 방문", refused.Explanation);
        Assert.Equal(400, await BalanceAsync(h, card.MemberId, AccountKind.CardBalance));

        var visit = await FileAsync(h, card, RefundChannel.DirectVisit);
        Assert.Equal((RefundStatus.PendingApproval, 400L, 0L, 400L, RefundChannel.DirectVisit), (visit.Status, visit.Amount, visit.Fee, visit.Payout, visit.Channel));
        await AssertLedgerConsistentAsync(h);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_channel_the_program_does_not_offer_or_an_undefined_one_is_refused_and_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var service = h.Get<RefundService>();
        var local = await NewCardAsync(h);
        await TopUpAsync(h, local, 100_000, DaysAgo(h, 20));
        await PayAsync(h, local, 70_000, DaysAgo(h, 5));

        // 000 환불: 계좌 only.
        var preview = await service.PreviewAsync(Target(local, RefundChannel.BankAccount), programDefaultChannel: true);
        Assert.Equal((RefundChannel.BankAccount, true), (preview.Channel, preview.Eligible));
        Assert.Equal("000 환불 (연결된 계좌, 수수료 없이, 영업일 기준 3일 이내)", Assert.Single(preview.Channels).Citation);
        var store = await Assert.ThrowsAsync<BusinessRuleException>(() => FileAsync(h, local, RefundChannel.Store));
        Assert.Equal("서로e음 지역화폐카드은(는) 매장(가맹점) 환불을 하지 않습니다. 회원의 프로그램이 허용하는 환불 경로를 선택하세요 (가능: 계좌).", store.Message);
        Assert.Equal(store.Message, (await service.PreviewAsync(Target(local, RefundChannel.Store))).Blocker);

        var undefined = await Assert.ThrowsAsync<BusinessRuleException>(() => FileAsync(h, local, (RefundChannel)99));
        Assert.Equal("환불 경로를 선택하세요 (계좌, 매장, 환불봉투, 직접 방문 중 프로그램이 허용하는 것).", undefined.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.PreviewAsync(Target(local, (RefundChannel)99)));

        // 하나로 offers 계좌 and 매장, not 환불봉투.
        var hanaro = await CardWithAsync(h, ProgramPresets.Hanaro, 30_000);
        await Assert.ThrowsAsync<BusinessRuleException>(() => FileAsync(h, hanaro, RefundChannel.Envelope));
        var hanaroPreview = await service.PreviewAsync(Target(hanaro, RefundChannel.Store));
        Assert.Equal([RefundChannel.BankAccount, RefundChannel.Store], hanaroPreview.Channels.Select(c => c.Channel));
        Assert.Equal((600L, 29_400L), (hanaroPreview.Fee, hanaroPreview.Payout)); // 003 하나로 제11조2: 3 started 10,000s × 2 %

        Assert.Equal((0, 0), (await RequestCountAsync(h, local), await RequestCountAsync(h, hanaro)));
        Assert.Equal((30_000L, 30_000L), (await BalanceAsync(h, local.MemberId, AccountKind.CardBalance), await BalanceAsync(h, hanaro.MemberId, AccountKind.CardBalance)));
        Assert.Equal(0, await BalanceAsync(h, hanaro.MemberId, AccountKind.RefundHold));
    }
}
