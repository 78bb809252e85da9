using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Audit;

/// <summary>/audit: filters, the server-paged MudTable of records and each record's before/after detail.</summary>
public sealed class AuditLogPage(IPage page) : PageObject(page)
{
    public const string Path = "/audit";

    public ILocator Grid => Page.GetByTestId("audit-grid");
    /// <summary>MudTable renders its rows itself and takes no attributes for them, so a record row is found by its class.</summary>
    public ILocator Rows => Grid.Locator("tr.audit-row");
    public ILocator Details => Grid.GetByTestId("audit-detail");
    public ILocator Pager => Grid.Locator(".mud-table-pagination");
    public ILocator Empty => Grid.GetByTestId("audit-empty");
    public ILocator From => Page.GetByTestId("audit-from");
    public ILocator To => Page.GetByTestId("audit-to");
    public ILocator Action => Page.GetByTestId("audit-action");
    public ILocator Actor => Page.GetByTestId("audit-actor");
    public ILocator Member => Page.GetByTestId("audit-member");
    public ILocator Apply => Page.GetByTestId("audit-apply");
    public ILocator Reset => Page.GetByTestId("audit-reset");
    public ILocator Error => Page.GetByTestId("audit-error");

    public ILocator ExpandButton(ILocator row) => row.GetByTestId("audit-expand");

    public Task OpenAsync() => GoAsync(Path, Grid);

    /// <summary>Chooses a 작업 by its Korean name in the MudSelect list.</summary>
    public async Task ChooseActionAsync(string koreanName)
    {
        await Action.ClickAsync();
        var option = Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(koreanName)}\\s*$") });
        await option.ClickAsync();
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public async Task FillDateAsync(ILocator input, string date)
    {
        await input.FillAsync(date);
        await input.PressAsync("Tab");
    }
}
