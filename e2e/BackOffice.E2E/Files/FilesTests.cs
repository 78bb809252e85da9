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

    /// <summary>
    /// Completed by the lead after the merge: the files branch has no real export kind. Produce one with the
    /// reconciliation page (Finance, "reconciliation-csv") or the deduction page (Compliance), then pick it up here.
    /// </summary>
    [Fact(Skip = "issue 12 merge: needs a real export kind (reconciliation or deduction page) to produce the file")]
    public async Task A_finished_file_is_picked_up_and_downloaded_from_the_files_page()
    {
        var page = await portal.SignedInPageAsync("finance");
        // 1. Produce a file on a workflow page (lead: e.g. the reconciliation page's CSV export), which shows the panel:
        //    var panel = FilesPage.PanelOn(page);
        //    await Expect(panel.Status).ToHaveTextAsync("완료");
        // 2. Leave the page and pick the file up from 내 파일:
        var files = new FilesPage(page);
        await files.OpenAsync();
        var row = files.Rows.First;
        await Expect(files.Status(row)).ToHaveTextAsync("완료");
        var download = await page.RunAndWaitForDownloadAsync(() => files.Download(row).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path).Length > 0);
        await files.OpenAsync();
        await Expect(row).ToContainTextAsync("1"); // one download counted
        await portal.ScreenshotAsync(page, "files-downloaded");
    }
}
