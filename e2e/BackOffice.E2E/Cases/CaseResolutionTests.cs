using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

/// <summary>Case resolutions in Chromium (issue 13 item 5): a paper statement issued from a request and its mailing
/// recorded; a pending error-correction adjustment approved by a second person.</summary>
[Collection(PortalCollection.Name)]
public class CaseResolutionTests(PortalFixture portal)
{
    private const string StatementCase = "K20261101-900001";
    private const string AdjustmentCase = "K20261101-900002";

    [Fact]
    public async Task An_agent_issues_a_paper_statement_from_a_request_and_records_its_mailing()
    {
        var agent = await portal.SignedInPageAsync("agent");
        var page = new PaperStatementPage(agent);
        await page.OpenAsync(StatementCase);

        var download = await page.IssueAsync();
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        await Expect(page.Number).ToContainTextAsync("D");
        await Expect(page.Mailing).ToContainTextAsync("발송 기록 없음");
        await page.RecordMailingAsync("등기 1234567890123");
        await page.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(agent, "case-paper-statement");
    }

    [Fact]
    public async Task Finance_approves_a_pending_adjustment_and_the_agent_may_not_open_the_approvals()
    {
        var finance = await portal.SignedInPageAsync("finance");
        var approvals = new CaseAdjustmentsPage(finance);
        await approvals.OpenAsync();
        await Expect(approvals.Row(AdjustmentCase)).ToContainTextAsync("+5,000원");
        await approvals.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(finance, "case-adjustments");
        await approvals.ApproveAsync(AdjustmentCase);
        await Expect(approvals.Row(AdjustmentCase)).ToHaveCountAsync(0);

        var agent = await portal.SignedInPageAsync("agent");
        await agent.GotoAsync("/cases/adjustments");
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "조정 분개 승인" })).ToHaveCountAsync(0);
    }
}
