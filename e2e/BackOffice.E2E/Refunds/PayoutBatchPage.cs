using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Refunds;

/// <summary>/refunds/payouts/{batchNo}: the transfer file download and the paid/failed marking of each item.</summary>
public sealed class PayoutBatchPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("batch-heading");
    public ILocator Status => Page.GetByTestId("batch-status");
    public ILocator Progress => Page.GetByTestId("batch-progress");
    public ILocator Download => Page.GetByTestId("batch-download");
    public ILocator Items => Page.GetByTestId("batch-item");
    public ILocator Item(string requestNo) => Items.Filter(new() { HasText = requestNo });
    public ILocator Paid(string requestNo) => Item(requestNo).GetByTestId("item-paid");
    public ILocator Failed(string requestNo) => Item(requestNo).GetByTestId("item-failed");
    public ReasonPrompt Reason => new(Page);

    /// <summary>Downloads the bank transfer file and returns its text.</summary>
    public async Task<string> DownloadFileAsync()
    {
        // A code first unless this account verified one in the last minutes; then the browser fetches the file.
        var downloading = Page.WaitForDownloadAsync();
        await Download.ClickAsync();
        var asked = StepUpDialog.WaitForAsync();
        _ = asked.ContinueWith(t => t.Exception, TaskScheduler.Default);
        if (await Task.WhenAny(downloading, asked) == asked) await AnswerStepUpAsync();
        var download = await downloading;
        return System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    public async Task MarkPaidAsync(string requestNo)
    {
        await Paid(requestNo).ClickAsync();
        await AnswerStepUpIfAskedAsync();
        await ConfirmAsync("지급 완료");
    }

    public async Task MarkFailedAsync(string requestNo, string reason)
    {
        await Failed(requestNo).ClickAsync();
        await AnswerStepUpIfAskedAsync();
        await Reason.SubmitAsync(reason);
    }
}
