using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BackOffice.Tests.CardIntake;

/// <summary>The intake dialog closes with the case number, and the card is stopped.</summary>
public sealed class OpenIntakeDialogTests : DialogTestBase
{
    protected override void AddServices(Harness h) => Services.AddSingleton(h.Get<CardIntakeService>());

    [Fact]
    public async Task The_intake_dialog_closes_with_the_case_number_and_the_card_is_stopped()
    {
        var cardId = await ActiveCardAsync();
        var dialog = await ShowAsync("불량 카드 접수", new DialogParameters<OpenIntakeDialog> { { d => d.CardId, cardId } });

        Provider.WaitForAssertion(() => Provider.Find("[data-testid=intake-confirm]"));
        Provider.Find("textarea[data-testid=intake-notes], [data-testid=intake-notes] textarea").Input("버스 단말기에서 인식되지 않음");
        Provider.Find("[data-testid=intake-confirm]").Click();

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        var caseNo = Assert.IsType<string>(result!.Data);
        Assert.Matches("^C\\d{8}-\\d{6}$", caseNo);
        await using var db = await H.DbAsync();
        Assert.NotEqual(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }
}
