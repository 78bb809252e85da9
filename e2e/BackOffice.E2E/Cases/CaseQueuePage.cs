using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

/// <summary>/cases: the work queue (오늘 기한, 기한 임박, 기한 경과, 전체 진행 중) with filters and assignment.</summary>
public sealed class CaseQueuePage(IPage page) : PageObject(page)
{
    public const string Path = "/" + CasePages.Queue;

    public ILocator Table => Page.GetByTestId("case-queue");
    public ILocator Rows => Table.Locator("tbody tr.case-row");
    public ILocator Empty => Page.GetByTestId("cases-empty");
    public ILocator AssigneeFilter => Page.GetByTestId("case-assignee-filter");
    public ILocator Search => Page.GetByTestId("case-search");
    public ILocator AssignTo => Page.GetByTestId("case-assign-to");
    public ILocator AssignReason => Page.GetByTestId("case-assign-reason");
    public ILocator AssignConfirm => Page.GetByTestId("case-assign-confirm");

    public ILocator View(string view) => Page.GetByTestId($"case-view-{view}");
    public ILocator Count(string view) => Page.GetByTestId($"case-count-{view}");

    /// <summary>The row of a member's case of a type ("분쟁"), found by the member number.</summary>
    public ILocator RowOf(string memberNo, string type) =>
        Rows.Filter(new() { HasText = memberNo }).Filter(new() { Has = Page.GetByTestId("case-row-type").GetByText(type) });

    public Task OpenAsync() => GoAsync(Path, Table);

    /// <summary>Goes to a page as a user who may not see it: no circuit wait.</summary>
    public Task GotoAsync(string path) => Page.GotoAsync(path);

    public async Task ChooseAsync(ILocator select, string optionText)
    {
        await select.ClickAsync();
        await Page.Locator(".mud-popover-open [role=option]").GetByText(optionText, new() { Exact = true }).ClickAsync();
        await Expect(Page.Locator(".mud-popover-open [role=option]")).ToHaveCountAsync(0);
    }
}
