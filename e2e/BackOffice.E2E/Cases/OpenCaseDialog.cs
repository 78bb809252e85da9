using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

/// <summary>The dialog that opens a case from the member page (member action "사건 접수").</summary>
public sealed class OpenCaseDialog(IPage page) : PageObject(page)
{
    public ILocator Root => Page.GetByTestId("open-case-dialog");
    /// <summary>MudTextField puts the test id on its input.</summary>
    public ILocator Subject => Page.GetByTestId("case-subject");
    public ILocator Description => Page.Locator("textarea[data-testid=case-description], [data-testid=case-description] textarea").First;
    public ILocator Confirm => Page.GetByTestId("case-confirm");
    public ILocator Error => Page.GetByTestId("case-dialog-error");
    public ILocator CardChoices => Page.Locator("input[type=checkbox][data-testid^=case-card-], [data-testid^=case-card-] input[type=checkbox]");

    public Task CheckDialogAccessibilityAsync() => Accessibility.AssertNoSeriousViolationsAsync(Dialog);

    /// <summary>Opens the dialog from the member page.</summary>
    public static async Task<OpenCaseDialog> OpenFromMemberAsync(IPage page)
    {
        await page.GetByTestId("open-case").ClickAsync();
        var dialog = new OpenCaseDialog(page);
        await Expect(dialog.Root).ToBeVisibleAsync();
        await Expect(page.GetByTestId("case-cards")).ToBeVisibleAsync(); // the member's cards and transactions have loaded
        return dialog;
    }

    /// <summary>Chooses the case type by its enum name (items carry <c>case-type-{Name}</c>).</summary>
    public async Task ChooseTypeAsync(string type)
    {
        await Page.GetByTestId("case-type").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByTestId($"case-type-{type}").ClickAsync();
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }
}
