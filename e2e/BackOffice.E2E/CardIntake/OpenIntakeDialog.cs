using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.CardIntake;

/// <summary>The dialog that opens a damaged/broken card case from a card row on the member page.</summary>
public sealed class OpenIntakeDialog(IPage page) : PageObject(page)
{
    /// <summary>axe on the dialog itself (the member page beneath is checked by its own tests).</summary>
    public Task CheckDialogAccessibilityAsync() => Accessibility.AssertNoSeriousViolationsAsync(Dialog);

    public ILocator Root => Page.GetByTestId("intake-dialog");
    public ILocator Notes => Page.Locator("textarea[data-testid=intake-notes], [data-testid=intake-notes] textarea").First;
    public ILocator Confirm => Page.GetByTestId("intake-confirm");

    /// <summary>Chooses the reported symptom by its enum name (items carry <c>intake-kind-{Name}</c>).</summary>
    public async Task ChooseKindAsync(string kind)
    {
        await Page.GetByTestId("intake-kind").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByTestId($"intake-kind-{kind}").ClickAsync();
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }
}
