using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace BackOffice.Tests.Reissue;

/// <summary>
/// bUnit on the real services (SQLite): the reissue dialog shows the policy's fee for the reason, offers a waiver
/// only when there is a fee, refuses a short waiver reason and closes with the request; the intake dialog closes
/// with the case number. Both follow the dialog contract (opened through IDialogService, result through Close).
/// </summary>
public sealed class CardDialogTests : BunitContext, IAsyncLifetime
{
    private Harness _h = null!;
    private IRenderedComponent<MudDialogProvider> _provider = null!;

    public CardDialogTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public async Task InitializeAsync()
    {
        _h = await Harness.StartAsync("sqlite", demoMembers: 20);
        Services.AddSingleton(_h.Get<ReissueService>());
        Services.AddSingleton(_h.Get<CardIntakeService>());
        Render<MudPopoverProvider>();
        _provider = Render<MudDialogProvider>();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _h.DisposeAsync();
    }

    private async Task<long> ActiveCardAsync()
    {
        await using var db = await _h.DbAsync();
        return await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, a.Balance })
            .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
    }

    private async Task<IDialogReference> ShowAsync<TDialog>(string title, DialogParameters<TDialog> parameters) where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        return await _provider.InvokeAsync(() => dialogs.ShowAsync<TDialog>(title, parameters));
    }

    private static string Text(AngleSharp.Dom.IElement e) => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_reissue_dialog_shows_the_fee_for_the_reason_and_asks_a_waiver_reason_before_it_requests_one()
    {
        var cardId = await ActiveCardAsync();
        var dialog = await ShowAsync("카드 재발급", new DialogParameters<ReissueDialog> { { d => d.CardId, cardId }, { d => d.InitialReason, ReissueReason.Damaged } });

        _provider.WaitForAssertion(() => Assert.StartsWith("수수료 3,000원 ·", Text(_provider.Find("[data-testid=reissue-fee]"))));
        Assert.Equal("재발급", Text(_provider.Find("[data-testid=reissue-confirm]")));
        Assert.Empty(_provider.FindAll("[data-testid=reissue-waiver-reason]"));

        _provider.Find("[data-testid=reissue-waiver] input[type=checkbox], input[type=checkbox][data-testid=reissue-waiver]").Change(true);
        Assert.Equal("면제 요청", Text(_provider.Find("[data-testid=reissue-confirm]")));
        var reason = _provider.Find("input[data-testid=reissue-waiver-reason], [data-testid=reissue-waiver-reason] input");
        reason.Input("짧음");
        _provider.Find("[data-testid=reissue-confirm]").Click();
        _provider.WaitForAssertion(() => Assert.Equal("수수료 면제 사유를 5자 이상 입력하세요.", Text(_provider.Find("[data-testid=reissue-error]"))));
        Assert.False(dialog.Result.IsCompleted);

        _provider.Find("input[data-testid=reissue-waiver-reason], [data-testid=reissue-waiver-reason] input").Input("택배 분실 후 파손 상태로 회수됨");
        _provider.Find("[data-testid=reissue-confirm]").Click();
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

        _provider.WaitForAssertion(() => Assert.StartsWith("수수료 0원 · 디자인 오배송 → 선택한 디자인으로 무상 재발송", Text(_provider.Find("[data-testid=reissue-fee]"))));
        Assert.Empty(_provider.FindAll("[data-testid=reissue-waiver]"));
        File.WriteAllText("/tmp/reissue-dialog.html", _provider.Markup);
        Assert.Contains("(재고", _provider.Find("[data-testid=reissue-design]").GetAttribute("value") ?? Text(_provider.Find("[data-testid=reissue-design]")));

        _provider.Find("[data-testid=reissue-cancel]").Click();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(result!.Canceled);
        await using var db = await _h.DbAsync();
        Assert.Equal(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }

    [Fact]
    public async Task The_intake_dialog_closes_with_the_case_number_and_the_card_is_stopped()
    {
        var cardId = await ActiveCardAsync();
        var dialog = await ShowAsync("불량 카드 접수", new DialogParameters<OpenIntakeDialog> { { d => d.CardId, cardId } });

        _provider.WaitForAssertion(() => _provider.Find("[data-testid=intake-confirm]"));
        _provider.Find("textarea[data-testid=intake-notes], [data-testid=intake-notes] textarea").Input("버스 단말기에서 인식되지 않음");
        _provider.Find("[data-testid=intake-confirm]").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        var caseNo = Assert.IsType<string>(result!.Data);
        Assert.Matches("^C\\d{8}-\\d{6}$", caseNo);
        await using var db = await _h.DbAsync();
        Assert.NotEqual(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }
}
