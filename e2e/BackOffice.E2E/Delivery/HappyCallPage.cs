using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Delivery;

/// <summary>The happy-call queue of returned cards (/delivery/returns) with its call and re-send dialogs.</summary>
public sealed class HappyCallPage(IPage page) : PageObject(page)
{
    public const string Path = "/delivery/returns";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "반송 카드 해피콜", Level = 1 });
    public ILocator Table => Page.GetByTestId("returns");
    public ILocator Empty => Page.GetByTestId("returns-empty");
    public ILocator CallDialog => Page.GetByTestId("happy-call-dialog");
    public ILocator ResendDialog => Page.GetByTestId("resend-dialog");
    public ILocator ResendFee => Page.GetByTestId("resend-fee");
    private ILocator OpenList => Page.Locator(".mud-popover-open");

    public async Task OpenAsync()
    {
        await GoAsync(Path, Heading);
        await Expect(Table).ToBeVisibleAsync();
    }

    public ILocator Row(string number) => Page.Locator("tr").Filter(new() { Has = Page.GetByTestId("return-number").GetByText(number, new() { Exact = true }) });

    /// <summary>Records one call: the outcome by its enum name, confirmed in the dialog.</summary>
    public async Task RecordCallAsync(ILocator row, string outcome)
    {
        await row.GetByTestId("return-call").ClickAsync();
        await Expect(CallDialog).ToBeVisibleAsync();
        await Page.GetByTestId("happy-call-outcome").ClickAsync();
        await OpenList.GetByTestId($"happy-call-outcome-{outcome}").ClickAsync();
        await Expect(OpenList).ToHaveCountAsync(0);
        await Page.GetByTestId("happy-call-confirm").ClickAsync();
        await Expect(CallDialog).ToHaveCountAsync(0);
    }

    public Task ConfirmResendAsync() => Page.GetByTestId("resend-confirm").ClickAsync();
}
