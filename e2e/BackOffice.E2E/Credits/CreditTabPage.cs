using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Credits;

/// <summary>The member page's "크레딧" tab: balance, expiry months, lots and the credit notices sent.</summary>
public sealed class CreditTabPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("member-heading");
    public ILocator Tab => Page.GetByRole(AriaRole.Tab, new() { Name = "크레딧", Exact = true });
    public ILocator Balance => Page.GetByTestId("member-credits-balance");
    public ILocator Months => Page.GetByTestId("member-credits-month");
    public ILocator Lots => Page.GetByTestId("member-credit-lot");
    public ILocator Notices => Page.GetByTestId("member-credit-notice");

    public async Task OpenMemberAsync(string memberNo)
    {
        await Page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(Heading).ToContainTextAsync(memberNo, new() { Timeout = 20_000 });
        await WaitForCircuitAsync();
    }

    public async Task ShowTabAsync()
    {
        await Tab.ClickAsync();
        await Expect(Lots.First).ToBeVisibleAsync();
    }
}
