using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Home;

[Collection(PortalCollection.Name)]
public class HomeTests(PortalFixture portal)
{
    [Fact]
    public async Task The_dashboard_shows_the_figures_and_its_search_opens_the_results()
    {
        var page = await portal.SignedInPageAsync("agent");
        var home = new HomePage(page);
        await home.OpenAsync();
        await Expect(home.Kpis).ToContainTextAsync("회원");
        await Expect(home.Kpis).ToContainTextAsync(new Regex(@"[\d,]+명"));
        await Expect(home.RefundKpi).ToContainTextAsync("건");
        // Agents do not approve refunds: no link to the refund queue for them.
        await Expect(home.RefundKpi.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await home.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "00-home");

        await home.Search.SearchAsync("Name", "김민준");
        await Expect(page).ToHaveURLAsync(new Regex("/members\\?kind=Name&q="));
        await Expect(home.Search.Rows).ToHaveCountAsync(20);
    }

    [Fact]
    public async Task Finance_gets_the_link_to_the_refund_queue()
    {
        var home = new HomePage(await portal.SignedInPageAsync("finance"));
        await home.OpenAsync();
        await Expect(home.RefundKpi.GetByRole(AriaRole.Link, new() { Name = "환불 승인·지급으로" })).ToBeVisibleAsync();
        await home.CheckAccessibilityAsync();
    }
}
