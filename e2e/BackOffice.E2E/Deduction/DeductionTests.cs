using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Deduction;

/// <summary>
/// Compliance produces the income-deduction workbook with progress and downloads it; an Agent cannot open the page.
/// </summary>
[Collection(PortalCollection.Name)]
public class DeductionTests(PortalFixture portal)
{
    [Fact]
    public async Task Compliance_produces_the_workbook_with_progress_and_downloads_it()
    {
        var page = new DeductionPage(await portal.SignedInPageAsync("compliance"));
        await page.OpenAsync();
        await page.CheckAccessibilityAsync();

        await page.Start.ClickAsync(); // no reason yet: refused before any code is asked
        await Expect(page.Error).ToContainTextAsync("작성 사유를 입력하세요.");

        await page.Reason.FillAsync("전년도 귀속 국세청 소득공제 신고");
        await page.Start.ClickAsync();
        await page.AnswerStepUpIfAskedAsync();
        await Expect(page.Progress).ToBeVisibleAsync();
        await Expect(page.Download).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await portal.ScreenshotAsync(page.Page, "12-deduction-workbook");
        // The button opens the download in a new tab: fetch its address in this signed-in context instead.
        var href = await page.Download.GetAttributeAsync("href") ?? "";
        var response = await page.Page.APIRequest.GetAsync("/" + href.TrimStart('/'));
        Assert.Equal(200, response.Status);
        var disposition = Uri.UnescapeDataString(response.Headers["content-disposition"]);
        Assert.Contains("소득공제_", disposition, StringComparison.Ordinal);
        Assert.Contains(".xlsx", disposition, StringComparison.Ordinal);
        var body = await response.BodyAsync();
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(body, 0, 2)); // an xlsx is a zip
    }

    [Fact]
    public async Task An_agent_cannot_open_the_deduction_page()
    {
        var agent = new DeductionPage(await portal.SignedInPageAsync("agent"));
        await agent.GotoAsync();
        await Expect(new AccessDeniedPage(agent.Page).Heading).ToBeVisibleAsync();
        await Expect(agent.Start).Not.ToBeVisibleAsync();
        await Expect(agent.Page.GetByRole(AriaRole.Link, new() { Name = "소득공제 신고 자료" })).ToHaveCountAsync(0);
    }
}
