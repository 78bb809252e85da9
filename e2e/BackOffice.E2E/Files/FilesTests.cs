using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Files;

[Collection(PortalCollection.Name)]
public class FilesTests(PortalFixture portal)
{
    [Fact]
    public async Task Everyone_has_the_files_menu_and_an_unknown_or_foreign_file_is_not_handed_out()
    {
        var page = await portal.SignedInPageAsync("agent");
        var files = new FilesPage(page);
        await page.GotoAsync("/");
        await files.WaitForCircuitAsync();
        await files.MenuLink.ClickAsync();
        await Expect(files.Heading).ToBeVisibleAsync();
        await files.WaitForCircuitAsync();
        await Expect(files.Empty).ToBeVisibleAsync();
        await files.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "files-empty");

        var missing = await page.APIRequest.GetAsync("/files/987654321", new() { MaxRedirects = 0 });
        Assert.Equal(404, missing.Status);
        Assert.Equal("파일을 찾을 수 없습니다.", await missing.TextAsync());
    }

    [Fact]
    public async Task A_finished_file_is_picked_up_and_downloaded_from_the_files_page()
    {
        // Produced on a workflow page: Finance exports yesterday's reconciliation as CSV; the page shows its progress.
        var page = await portal.SignedInPageAsync("finance");
        await page.GotoAsync("/reconciliation");
        await PortalFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("recon-csv").ClickAsync();
        var panel = FilesPage.PanelOn(page);
        await Expect(panel.Status).ToHaveTextAsync("완료", new() { Timeout = 30_000 });
        await portal.ScreenshotAsync(page, "files-export-panel");

        // Left and picked up from 내 파일: the link hands out the file (the download opens in a new tab, so fetch its address).
        var files = new FilesPage(page);
        await files.OpenAsync();
        var row = files.Rows.First;
        await Expect(files.Status(row)).ToHaveTextAsync("완료");
        var href = await files.Download(row).GetAttributeAsync("href") ?? "";
        var response = await page.APIRequest.GetAsync("/" + href.TrimStart('/'));
        Assert.Equal(200, response.Status);
        Assert.Contains(".csv", response.Headers["content-disposition"], StringComparison.Ordinal);
        var body = await response.BodyAsync();
        Assert.True(body.Length > 0);
        await files.OpenAsync();
        await Expect(files.Rows.First.GetByTestId("file-downloads")).ToHaveTextAsync("1");
        await portal.ScreenshotAsync(page, "files-downloaded");
    }
}
