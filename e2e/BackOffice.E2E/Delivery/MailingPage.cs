using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Delivery;

/// <summary>/delivery/mailing: the waiting applications, "지금 마감", the closed batches and their two files.</summary>
public sealed class MailingPage(IPage page) : PageObject(page)
{
    public const string Path = "/" + DeliveryPages.Mailing;

    public ILocator Rule => Page.GetByTestId("mailing-rule");
    public ILocator DueCount => Page.GetByTestId("mailing-due-count");
    public ILocator CloseButton => Page.GetByTestId("mailing-close");
    public ILocator Batches => Page.GetByTestId("mailing-batches");
    public ILocator BatchNumbers => Page.GetByTestId("mailing-batch-number");
    public ILocator BatchCounts => Page.GetByTestId("mailing-batch-count");
    public ILocator DownloadList => Page.GetByTestId("mailing-download-list");
    public ReasonPrompt Reason => new(Page);

    public Task OpenAsync() => GoAsync(Path, Rule);

    /// <summary>Goes to the page as a user who may not see it: no circuit wait.</summary>
    public Task GotoAsync() => Page.GotoAsync(Path);

    public async Task CloseNowAsync()
    {
        await CloseButton.ClickAsync();
        await ConfirmAsync("마감");
    }

    /// <summary>Downloads the first batch's mailing list with a reason and returns the download.</summary>
    public async Task<IDownload> DownloadMailingListAsync(string reason)
    {
        await DownloadList.First.ClickAsync();
        await Reason.FillAsync(reason);
        return await Page.RunAndWaitForDownloadAsync(() => Reason.Confirm.ClickAsync());
    }
}
