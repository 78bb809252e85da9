using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class PortalTests(PortalFixture portal)
{
    [Fact]
    public async Task An_agent_cannot_open_the_ledger_check_but_finance_can_run_it()
    {
        var agent = await portal.SignedInPageAsync("agent");
        await agent.GotoAsync("/ledger/consistency");
        await Expect(agent.GetByTestId("run-check")).Not.ToBeVisibleAsync();
        await Expect(agent.Locator("body")).ToContainTextAsync("권한");

        var finance = await portal.SignedInPageAsync("finance");
        await finance.GotoAsync("/ledger/consistency");
        await PortalFixture.WaitForCircuitAsync(finance);
        await finance.GetByTestId("run-check").ClickAsync();
        await Expect(finance.GetByTestId("check-result")).ToContainTextAsync("원장이 일치합니다");
        await Expect(finance.GetByTestId("mismatch-count")).ToHaveTextAsync("0");
        await portal.ScreenshotAsync(finance, "06-ledger-check");
    }

    [Fact]
    public async Task A_dropped_connection_shows_the_reconnect_ui_and_the_page_works_again()
    {
        var page = await portal.SignedInPageAsync("agent");
        await page.GotoAsync("/members?kind=MemberNo&q=M00000001");
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync("M00000001");
        await PortalFixture.WaitForCircuitAsync(page);

        // The portal's Korean reconnect UI, which Blazor shows by adding components-reconnect-show.
        var dialog = page.Locator("#components-reconnect-modal");
        try
        {
            portal.Proxy.Cut();
            await Expect(dialog).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Expect(dialog).ToContainTextAsync("다시 연결하는 중입니다");
            await portal.ScreenshotAsync(page, "07-reconnecting");
        }
        finally
        {
            portal.Proxy.Restore();
        }
        await Expect(dialog).Not.ToBeVisibleAsync(new() { Timeout = 60_000 });

        // The same circuit is back: an interactive click still works without a reload.
        await page.GetByRole(AriaRole.Tab, new() { Name = "처리 이력" }).ClickAsync();
        await Expect(page.GetByTestId("timeline")).ToBeVisibleAsync();
    }
}
