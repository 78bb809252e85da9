using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

[Collection(PortalCollection.Name)]
public class OutagesTests(PortalFixture portal)
{
    [Fact]
    public async Task An_admin_records_an_outage_and_its_notice_and_an_agent_reads_the_calendar_without_the_form()
    {
        var outages = new OutagesPage(await portal.SignedInPageAsync("admin"));
        await outages.OpenAsync();
        await Expect(outages.Form).ToBeVisibleAsync();

        // Refused in Korean: the end before the start.
        await outages.FillAsync("2031-05-07", "18:00", "2031-05-07", "09:00", "거래내역 조회, 앱", "종단 테스트 장애");
        await outages.Save.ClickAsync();
        await Expect(outages.Error).ToHaveTextAsync("장애 종료 시각은 시작 시각보다 늦어야 합니다.");

        await outages.FillAsync("2031-05-07", "09:00", "2031-05-08", "11:30", "거래내역 조회, 앱", "종단 테스트 장애");
        await outages.Save.ClickAsync();
        await Expect(outages.Snackbar.Last).ToContainTextAsync("등록되었습니다");
        var row = outages.Row("종단 테스트 장애");
        await Expect(row).ToContainTextAsync("2031-05-07 09:00");
        await Expect(row).ToContainTextAsync("05-07, 05-08 (2일)");
        await Expect(row).ToContainTextAsync("제외");
        await Expect(row.GetByTestId("outage-notice")).ToHaveTextAsync("미발송");

        await row.GetByTestId("outage-mark-notice").ClickAsync();
        await Expect(row.GetByTestId("outage-notice")).ToContainTextAsync("발송 ");
        await portal.ScreenshotAsync(outages.Page, "13-outages");
        await outages.CheckAccessibilityAsync();

        var agent = new OutagesPage(await portal.SignedInPageAsync("agent"));
        await agent.OpenAsync();
        await Expect(agent.Form).ToHaveCountAsync(0);
        await Expect(agent.Page.GetByTestId("outage-edit")).ToHaveCountAsync(0);
    }
}
