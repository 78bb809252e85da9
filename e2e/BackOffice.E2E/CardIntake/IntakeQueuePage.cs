using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.CardIntake;

/// <summary>The intake queue (/card-intake): open cases, overdue first, with a status filter.</summary>
public sealed class IntakeQueuePage(IPage page) : PageObject(page)
{
    public const string Path = "/card-intake";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "불량 카드 접수 현황", Level = 1 });
    public ILocator Table => Page.GetByTestId("intake-queue");
    /// <summary>The case rows (MudTable renders the rows itself, so they carry the class <c>intake-row</c>, not a test id).</summary>
    public ILocator Rows => Table.Locator("tr.intake-row");

    public async Task OpenAsync()
    {
        await GoAsync(Path, Heading);
        await Expect(Table).ToBeVisibleAsync();
    }

    public ILocator Row(string caseNo) => Rows.Filter(new() { HasText = caseNo });

    /// <summary>Filters by a status (enum name) and searches.</summary>
    public async Task FilterByStatusAsync(string status)
    {
        await Page.GetByTestId("intake-status-filter").ClickAsync();
        await Page.Locator(".mud-popover-open").GetByTestId($"intake-status-{status}").ClickAsync();
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Page.GetByTestId("intake-search").ClickAsync();
    }
}
