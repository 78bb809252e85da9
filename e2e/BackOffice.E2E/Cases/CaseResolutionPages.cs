using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

/// <summary>The pending adjustments page <c>/cases/adjustments</c> (Finance, Supervisor).</summary>
public sealed class CaseAdjustmentsPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "조정 분개 승인" });
    public ILocator Table => Page.GetByTestId("adjustments-table");
    public ILocator Empty => Page.GetByTestId("adjustments-empty");

    public ILocator Row(string caseNumber) => Page.Locator("tr", new() { HasText = caseNumber });

    public Task OpenAsync() => GoAsync("/cases/adjustments", Heading);

    public async Task ApproveAsync(string caseNumber)
    {
        await Row(caseNumber).GetByTestId("approve-adjustment").ClickAsync();
        await AnswerStepUpIfAskedAsync();
        await ConfirmAsync("승인·기장");
        await Expect(Snackbar).ToContainTextAsync("승인해 기장했습니다");
    }
}

/// <summary>The paper statement page <c>/cases/{number}/statement</c> hosting <c>PaperStatementPanel</c>.</summary>
public sealed class PaperStatementPage(IPage page) : PageObject(page)
{
    public ILocator Panel => Page.GetByTestId("paper-statement-panel");
    public ILocator Issue => Page.GetByTestId("issue-paper-statement");
    public ILocator Number => Page.GetByTestId("paper-statement-number");
    public ILocator Mailing => Page.GetByTestId("paper-statement-mailing");

    public Task OpenAsync(string caseNumber) => GoAsync($"/cases/{caseNumber}/statement", Panel);

    /// <summary>Issues the statement; the PDF downloads from the circuit.</summary>
    public async Task<IDownload> IssueAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Issue.ClickAsync());
        await Expect(Snackbar).ToContainTextAsync("발급했습니다");
        return download;
    }

    public async Task RecordMailingAsync(string reference)
    {
        await Page.GetByTestId("record-mailing").ClickAsync();
        await new ReasonPrompt(Page).SubmitAsync(reference);
        await Expect(Mailing).ToContainTextAsync(reference);
    }
}
