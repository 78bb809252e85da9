using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Members;

/// <summary>
/// Chooses an option of a MudSelect as a user does: open the list on the select's input (which carries the
/// data-testid), click the option by its text, and wait until the select shows it.
/// </summary>
public static class MudSelectChoice
{
    public static async Task ChooseAsync(IPage page, ILocator selectInput, string optionText)
    {
        await selectInput.ClickAsync();
        var option = page.Locator(".mud-popover-open [role=option]").GetByText(optionText, new() { Exact = true });
        await option.ClickAsync();
        await Expect(selectInput).ToHaveValueAsync(optionText);
        await Expect(page.Locator(".mud-popover-open [role=option]")).ToHaveCountAsync(0);
    }
}
