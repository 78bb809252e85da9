using System.Text;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Delivery;

[Collection(PortalCollection.Name)]
public class MailingTests(PortalFixture portal)
{
    [Fact]
    public async Task A_supervisor_closes_the_batch_and_downloads_the_mailing_list_an_agent_is_refused()
    {
        var agent = new MailingPage(await portal.SignedInPageAsync("agent"));
        await agent.GotoAsync();
        await Expect(new AccessDeniedPage(agent.Page).Heading).ToBeVisibleAsync();
        await Expect(agent.CloseButton).Not.ToBeVisibleAsync();

        var supervisor = new MailingPage(await portal.SignedInPageAsync("supervisor"));
        await supervisor.OpenAsync();
        await supervisor.CheckAccessibilityAsync();
        await Expect(supervisor.DueCount).Not.ToHaveTextAsync("0건"); // the demo application of the last business day
        await supervisor.CloseNowAsync();
        await Expect(supervisor.Snackbar).ToContainTextAsync("마감");
        await Expect(supervisor.BatchNumbers.First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^M\d{8}-\d{6}$"));
        await Expect(supervisor.CloseButton).ToBeDisabledAsync(); // one batch per business day

        var download = await supervisor.DownloadMailingListAsync("우체국 접수 전송 (e2e)");
        Assert.StartsWith("mailing-list-M", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("배송번호,수취인,우편번호,도로명주소,상세주소,연락처,우편 종류\r\n", text, StringComparison.Ordinal);
        Assert.Contains("우편함,03171,서울특별시 종로구 세종대로 209,'=정부서울청사 3층,,보통", text, StringComparison.Ordinal);
        await supervisor.OpenAsync();
        await portal.ScreenshotAsync(supervisor.Page, "14-mailing");
        await supervisor.CheckAccessibilityAsync();
    }
}
