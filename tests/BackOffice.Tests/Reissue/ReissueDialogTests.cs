using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BackOffice.Tests.Reissue;

/// <summary>The reissue dialog shows the policy's fee for the reason, offers a waiver only when there is a fee,
/// refuses a short waiver reason and closes with the request.</summary>
public sealed class ReissueDialogTests : DialogTestBase
{
    protected override void AddServices(Harness h) => Services.AddSingleton(h.Get<ReissueService>());

    [Fact]
    public async Task The_reissue_dialog_shows_the_fee_for_the_reason_and_asks_a_waiver_reason_before_it_requests_one()
    {
        await DirectDamagedReissue.AllowAsync(H);
        var cardId = await ActiveCardAsync();
        var dialog = await ShowAsync("카드 재발급", new DialogParameters<ReissueDialog> { { d => d.CardId, cardId }, { d => d.InitialReason, ReissueReason.Damaged } });

        Provider.WaitForAssertion(() => Assert.StartsWith("수수료 3,000원 ·", Text(Provider.Find("[data-testid=reissue-fee]"))));
        Assert.Equal("재발급", Text(Provider.Find("[data-testid=reissue-confirm]")));
        Assert.Empty(Provider.FindAll("[data-testid=reissue-waiver-reason]"));

        Provider.Find("[data-testid=reissue-waiver] input[type=checkbox], input[type=checkbox][data-testid=reissue-waiver]").Change(true);
        // MudCheckBox raises its change asynchronously: wait for the dialog to re-render with the waiver fields.
        Provider.WaitForAssertion(() => Assert.Equal("면제 요청", Text(Provider.Find("[data-testid=reissue-confirm]"))));
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid=reissue-waiver-reason], [data-testid=reissue-waiver-reason] input"));
        var reason = Provider.Find("input[data-testid=reissue-waiver-reason], [data-testid=reissue-waiver-reason] input");
        reason.Input("짧음");
        Provider.Find("[data-testid=reissue-confirm]").Click();
        Provider.WaitForAssertion(() => Assert.Equal("수수료 면제 사유를 5자 이상 입력하세요.", Text(Provider.Find("[data-testid=reissue-error]"))));
        Assert.False(dialog.Result.IsCompleted);

        Provider.Find("input[data-testid=reissue-waiver-reason], [data-testid=reissue-waiver-reason] input").Input("택배 분실 후 파손 상태로 회수됨");
        Provider.Find("[data-testid=reissue-confirm]").Click();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        var done = Assert.IsType<ReissueResult>(result!.Data);
        Assert.Equal(ReissueStatus.AwaitingWaiverApproval, done.Status);
        Assert.Equal(3_000, done.Fee);
        Assert.Null(done.NewCardMasked);
    }

    [Fact]
    public async Task A_free_reason_offers_no_waiver_and_a_cancel_closes_without_a_result()
    {
        var cardId = await ActiveCardAsync();
        var dialog = await ShowAsync("카드 재발급", new DialogParameters<ReissueDialog> { { d => d.CardId, cardId }, { d => d.InitialReason, ReissueReason.WrongDesignDelivered } });

        Provider.WaitForAssertion(() => Assert.StartsWith("수수료 0원 · 디자인 오배송 → 선택한 디자인으로 무상 재발송", Text(Provider.Find("[data-testid=reissue-fee]"))));
        Assert.Empty(Provider.FindAll("[data-testid=reissue-waiver]"));
        Assert.Contains("(재고", Provider.Find("[data-testid=reissue-design]").GetAttribute("value") ?? Text(Provider.Find("[data-testid=reissue-design]")));

        Provider.Find("[data-testid=reissue-cancel]").Click();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(result!.Canceled);
        await using var db = await H.DbAsync();
        Assert.Equal(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }

    [Fact]
    public async Task A_damaged_local_card_is_sent_to_intake_with_the_collection_rule_and_the_reissue_button_stays_off()
    {
        var cardId = await ActiveCardAsync();
        await ShowAsync("카드 재발급", new DialogParameters<ReissueDialog> { { d => d.CardId, cardId }, { d => d.InitialReason, ReissueReason.Damaged } });

        Provider.WaitForAssertion(() => Assert.Contains("실물 카드 수거 후 재발급", Text(Provider.Find("[data-testid=reissue-problem]"))));
        Assert.Contains("000 재발급 (훼손카드는 실물카드 수거 후 재발급)", Text(Provider.Find("[data-testid=reissue-problem]")));
        Assert.Equal("불량·파손 접수 열기", Text(Provider.Find("[data-testid=reissue-open-intake]")));
        Assert.True(Provider.Find("[data-testid=reissue-confirm]").HasAttribute("disabled"));
        await using var db = await H.DbAsync();
        Assert.Equal(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }

    [Fact]
    public async Task The_preview_shows_the_new_cards_expiry_and_its_rule()
    {
        var cardId = await ActiveCardAsync();
        await ShowAsync("카드 재발급", new DialogParameters<ReissueDialog> { { d => d.CardId, cardId }, { d => d.InitialReason, ReissueReason.WrongDesignDelivered } });

        // LOCAL: a new card with the operator's 5 years (Fri 2026-11-20 in the harness clock).
        Provider.WaitForAssertion(() => Assert.Equal("새 카드 유효기간 2031-11-20 · 새 유효기간: 발급일 2026-11-20 + 5년 = 2031-11-20 (운영 정책)",
            Text(Provider.Find("[data-testid=reissue-validity]"))));
    }
}
