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

    /// <summary>The step-up code dialog (StepUpDialog) asked before money actions.</summary>
    public ILocator StepUpDialog => Page.GetByTestId("stepup-dialog");
    public ILocator StepUpCode => Page.GetByTestId("stepup-code");
    public ILocator StepUpError => Page.GetByTestId("stepup-error");

    /// <summary>
    /// After a click on a money action: the portal asks for a code first unless this account verified one in the last
    /// minutes, then shows the action's own dialog. Waits for whichever dialog opened and answers the code dialog
    /// (the code from the signed-in account's key, submitted with Enter).
    /// </summary>
    public async Task AnswerStepUpIfAskedAsync()
    {
        await Expect(Dialog.First).ToBeVisibleAsync();
        if (await StepUpDialog.CountAsync() == 0) return;
        await AnswerStepUpAsync();
    }

    public async Task AnswerStepUpAsync()
    {
        var user = PortalFixture.UserOf(Page) ?? throw new InvalidOperationException("The page was not signed in through the fixture.");
        await StepUpCode.FillAsync(Totp.Code(Totp.KeyOf(user)!));
        await StepUpCode.PressAsync("Enter");
        await Expect(StepUpDialog).ToHaveCountAsync(0);
    }

    /// <summary>Answers the open yes/no confirmation (<c>DialogServiceExtensions.ConfirmAsync</c>).</summary>
    public async Task ConfirmAsync(string yesText)
    {
        await Dialog.GetByRole(AriaRole.Button, new() { Name = yesText, Exact = true }).ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
    }
}
