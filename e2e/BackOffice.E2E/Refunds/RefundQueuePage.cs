using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Refunds;

/// <summary>/refunds: the Finance queue with its view tabs, filters, totals and per-row approve/reject.</summary>
public sealed class RefundQueuePage(IPage page) : PageObject(page)
{
    public const string Path = "/refunds";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "환불 승인·지급", Level = 1 });
    public ILocator Table => Page.GetByTestId("refund-queue");
    public ILocator Totals => Page.GetByTestId("refund-totals");
    /// <summary>A direct visit without the role lands on /account/access-denied; in-app navigation shows the router's notice.</summary>
    public ILocator NotAuthorized => Page.GetByText("권한이 없습니다").First;
    public ReasonPrompt Reason => new(Page);

    /// <summary>The queue's rows are MudTable rows (the table renders the tr; the row carries the class refund-row).</summary>
    public ILocator Rows => Table.Locator("tr.refund-row");
    public ILocator Row(string requestNo) => Rows.Filter(new() { HasText = requestNo });
    public ILocator View(string view) => Page.GetByTestId($"view-{view}");
    /// <summary>MudTextField and MudDatePicker put the test id on their input.</summary>
    public ILocator MemberFilter => Page.GetByTestId("refund-member-filter");
    // The picker's open calendar carries the same test id, so the text box is taken by its tag.
    public ILocator From => Page.Locator("input[data-testid=refund-from]");
    public ILocator To => Page.Locator("input[data-testid=refund-to]");
    public ILocator TotalCount => Page.GetByTestId("total-count");

    /// <summary>Filters by member number and submits with Enter, as staff do.</summary>
    public async Task FilterByMemberAsync(string memberNo)
    {
        await MemberFilter.FillAsync(memberNo);
        await MemberFilter.PressAsync("Enter");
        await Expect(Rows.Filter(new() { HasNotText = memberNo })).ToHaveCountAsync(0);
    }

    public async Task<RefundQueuePage> OpenAsync(string? view = null)
    {
        await GoAsync(view is null ? Path : $"{Path}?view={view}", Heading);
        await Expect(Totals).ToBeVisibleAsync(); // the first page of the table has loaded
        return this;
    }

    /// <summary>For a role without access: the page answers with the access-denied notice.</summary>
    public async Task OpenRefusedAsync()
    {
        await Page.GotoAsync(Path);
        await Expect(NotAuthorized).ToBeVisibleAsync();
    }

    public async Task ApproveAsync(string requestNo)
    {
        await Row(requestNo).GetByTestId("refund-approve").ClickAsync();
        await AnswerStepUpIfAskedAsync();
        await ConfirmAsync("승인");
    }

    public async Task SupervisorApproveAsync(string requestNo)
    {
        await Row(requestNo).GetByTestId("refund-approve-supervisor").ClickAsync();
        await AnswerStepUpIfAskedAsync();
        await ConfirmAsync("승인");
    }

    public Task StartRejectAsync(string requestNo) => Row(requestNo).GetByTestId("refund-reject").ClickAsync();

    public async Task<RefundDetailPage> OpenRequestAsync(string requestNo)
    {
        await Row(requestNo).GetByTestId("refund-link").ClickAsync();
        var detail = new RefundDetailPage(Page);
        await Expect(detail.Heading).ToContainTextAsync(requestNo);
        return detail;
    }
}
