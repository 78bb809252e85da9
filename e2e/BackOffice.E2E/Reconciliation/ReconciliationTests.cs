using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Reconciliation;

[Collection(PortalCollection.Name)]
public class ReconciliationTests(PortalFixture portal)
{
    [Fact]
    public async Task Finance_sees_yesterday_balanced_and_an_agent_is_refused()
    {
        var agent = new ReconciliationPage(await portal.SignedInPageAsync("agent"));
        await agent.GotoAsync();
        await Expect(new AccessDeniedPage(agent.Page).Heading).ToBeVisibleAsync();
        await Expect(agent.RunButton).Not.ToBeVisibleAsync();

        var finance = new ReconciliationPage(await portal.SignedInPageAsync("finance"));
        await finance.OpenAsync();
        await finance.CheckAccessibilityAsync();
        await finance.RunButton.ClickAsync(); // the default period: yesterday (KST)
        await Expect(finance.Status).ToHaveTextAsync("일치");
        await Expect(finance.Result).ToContainTextAsync("지급 배치");
        await Expect(finance.KindRows).ToHaveCountAsync(15);
        await Expect(finance.DayRows).ToHaveCountAsync(1);
        await portal.ScreenshotAsync(finance.Page, "12-reconciliation");
        await finance.CheckAccessibilityAsync();
    }
}
