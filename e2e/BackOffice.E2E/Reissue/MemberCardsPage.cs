using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Reissue;

/// <summary>
/// The member page as far as the card flows need it: the card rows and their reissue and intake buttons. (The
/// member page's own page object belongs to the members feature; this one holds only what these tests use.)
/// </summary>
public sealed class MemberCardsPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("member-heading");
    public ILocator CardRows => Page.GetByTestId("card-row");

    public async Task OpenAsync(string memberNo)
    {
        // The search answers with a redirect to the member page: allow it more than the default 5 s on a busy machine.
        await Page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(Heading).ToContainTextAsync(memberNo, new() { Timeout = 20_000 });
        await WaitForCircuitAsync();
    }

    /// <summary>The last four digits of the first card row (its masked number carries <c>data-testid=card-NNNN</c>).</summary>
    public async Task<string> FirstCardLast4Async() =>
        (await CardRows.First.Locator("[data-testid^=card-]").First.GetAttributeAsync("data-testid"))!["card-".Length..];

    /// <summary>The row of the card that replaced the card ending in <paramref name="oldLast4"/>.</summary>
    public ILocator ReplacementOf(string oldLast4) => CardRows.Filter(new() { HasText = $"재발급: 이전 카드 *{oldLast4}" });

    public ILocator CardRow(string last4) => CardRows.Filter(new() { HasText = $"**** **** **** {last4}" });

    public async Task<ReissueDialog> OpenReissueAsync(string last4)
    {
        await Page.GetByTestId($"reissue-{last4}").ClickAsync();
        var dialog = new ReissueDialog(Page);
        await Expect(dialog.Root).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>
    /// Reports the card lost from its row (the loss dialog's defaults) and comes back to the member page. A paid reissue
    /// that goes straight to a new card is a loss reissue: a damaged card goes through intake (000 재발급).
    /// </summary>
    public async Task ReportLostAsync(string memberNo, string last4)
    {
        await Page.GetByTestId($"report-lost-{last4}").ClickAsync();
        await Expect(Page.GetByTestId("lost-dialog")).ToBeVisibleAsync();
        await Page.GetByTestId("lost-confirm").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/lost-cards/L\\d{8}-\\d{6}$"));
        await OpenAsync(memberNo);
    }

    public async Task<CardIntake.OpenIntakeDialog> OpenIntakeAsync(string last4)
    {
        await Page.GetByTestId($"intake-{last4}").ClickAsync();
        var dialog = new CardIntake.OpenIntakeDialog(Page);
        await Expect(dialog.Root).ToBeVisibleAsync();
        return dialog;
    }
}
