using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Refunds;

/// <summary>/refunds/payouts: refunds ready for payout and the batches made so far.</summary>
public sealed class PayoutBatchesPage(IPage page) : PageObject(page)
{
    public const string Path = "/refunds/payouts";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "환불 지급 배치", Level = 1 });
    public ILocator Ready => Page.GetByTestId("payout-ready");
    public ILocator ReadyCount => Page.GetByTestId("ready-count");
    public ILocator Create => Page.GetByTestId("batch-create");
    public ILocator Batches => Page.GetByTestId("batch-row");

    public async Task<PayoutBatchesPage> OpenAsync()
    {
        await GoAsync(Path, Heading);
        await Expect(Ready).ToBeVisibleAsync();
        return this;
    }

    /// <summary>Creates a batch of every approved refund and lands on its page.</summary>
    public async Task<PayoutBatchPage> CreateBatchAsync()
    {
        await Expect(Create).ToBeEnabledAsync();
        await Create.ClickAsync();
        await ConfirmAsync("만들기");
        var batch = new PayoutBatchPage(Page);
        await Expect(batch.Heading).ToBeVisibleAsync();
        await WaitForCircuitAsync();
        return batch;
    }
}
