using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Refunds;

/// <summary>The shared reason dialog (<c>Components/Shared/ReasonDialog</c>) as the refund pages open it: reject, failed payout, follow-up.</summary>
public sealed class ReasonPrompt(IPage page)
{
    public ILocator Root => page.GetByTestId("reason-dialog");
    /// <summary>The MudTextField puts the test id on its textarea.</summary>
    public ILocator Text => page.GetByTestId("reason-text");
    public ILocator Error => page.GetByTestId("reason-error");
    public ILocator Confirm => page.GetByTestId("reason-confirm");

    public async Task FillAsync(string reason)
    {
        await Expect(Root).ToBeVisibleAsync();
        await Text.FillAsync(reason);
    }

    /// <summary>Writes the reason and confirms; waits until the dialog closed.</summary>
    public async Task SubmitAsync(string reason)
    {
        await FillAsync(reason);
        await Confirm.ClickAsync();
        await Expect(Root).ToHaveCountAsync(0);
    }
}
