using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Platform;

/// <summary>
/// Base of the page objects: one class per portal page holds its address and selectors, so a selector is written
/// once. <see cref="OpenAsync"/> goes to the page, waits for the live circuit and checks it with axe.
/// </summary>
public abstract class PageObject(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Waits until the interactive circuit is connected (Blazor has attached and rendered).</summary>
    public Task WaitForCircuitAsync() => PortalFixture.WaitForCircuitAsync(Page);

    /// <summary>Fails the test on a serious or critical WCAG 2.2 A/AA violation of the page as it is now.</summary>
    public Task CheckAccessibilityAsync() => Accessibility.AssertNoSeriousViolationsAsync(Page);

    protected async Task GoAsync(string path, ILocator ready)
    {
        await Page.GotoAsync(path);
        await Expect(ready).ToBeVisibleAsync();
        await WaitForCircuitAsync();
    }

    /// <summary>The snackbar message shown after an action (MudBlazor's <c>MudSnackbar</c>).</summary>
    public ILocator Snackbar => Page.Locator(".mud-snackbar");

    /// <summary>The open MudBlazor dialog.</summary>
    public ILocator Dialog => Page.Locator(".mud-dialog");

    /// <summary>Answers the open yes/no confirmation (<c>DialogServiceExtensions.ConfirmAsync</c>).</summary>
    public async Task ConfirmAsync(string yesText)
    {
        await Dialog.GetByRole(AriaRole.Button, new() { Name = yesText, Exact = true }).ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
    }
}
