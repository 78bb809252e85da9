using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Ledger;

[Collection(PortalCollection.Name)]
public class LedgerTests(PortalFixture portal)
{
    [Fact]
    public async Task An_agent_cannot_open_the_ledger_check_but_finance_can_run_it()
    {
        var agent = new ConsistencyPage(await portal.SignedInPageAsync("agent"));
        await agent.GotoAsync();
        var denied = new AccessDeniedPage(agent.Page);
        await Expect(denied.Heading).ToBeVisibleAsync();
        await Expect(agent.RunButton).Not.ToBeVisibleAsync();
        await Expect(agent.Page.Locator("body")).ToContainTextAsync("권한");
        await agent.CheckAccessibilityAsync();

        var finance = new ConsistencyPage(await portal.SignedInPageAsync("finance"));
        await finance.OpenAsync();
        await finance.CheckAccessibilityAsync();
        await finance.RunButton.ClickAsync();
        await Expect(finance.Result).ToContainTextAsync("원장이 일치합니다");
        await Expect(finance.MismatchCount).ToHaveTextAsync("0");
        await portal.ScreenshotAsync(finance.Page, "06-ledger-check");
        await finance.CheckAccessibilityAsync();
    }
}
