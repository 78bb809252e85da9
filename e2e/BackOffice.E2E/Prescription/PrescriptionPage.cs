using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Prescription;

/// <summary>The prescribed balances page (/prescription): the run, the items, proposals and the four-eyes approval.</summary>
public sealed class PrescriptionPage(IPage page) : PageObject(page)
{
    public const string Path = "/prescription";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "소멸시효 잔액 · 기부", Level = 1 });
    public ILocator RunButton => Page.GetByTestId("prescription-run");
    public ILocator RunResult => Page.GetByTestId("prescription-run-result");
    public ILocator Items => Page.GetByTestId("prescription-items");
    public ILocator NoteDialog => Page.GetByTestId("prescription-dialog");
    public ILocator DialogError => Page.GetByTestId("prescription-dialog-error");
    public ILocator ProposeButton => Page.GetByTestId("prescription-propose");
    public ILocator Batches => Page.GetByTestId("donation-batches");

    public Task OpenAsync(string? tab = null) => GoAsync(tab is null ? Path : $"{Path}?tab={tab}", Heading);

    public Task TabAsync(string name) => Page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>The item rows of a member on the 대상 tab.</summary>
    public ILocator MemberItems(string memberNo) => Items.Locator("tbody tr").Filter(new() { Has = Page.GetByTestId("item-member").GetByText(memberNo, new() { Exact = true }) });

    public ILocator ItemWithAmount(string memberNo, string amount) => MemberItems(memberNo).Filter(new() { Has = Page.GetByTestId("item-amount").GetByText(amount, new() { Exact = true }) });

    public ILocator DueRow(string memberNo) => Page.GetByTestId("prescription-due").Locator("tbody tr").Filter(new() { Has = Page.GetByTestId("due-member").GetByText(memberNo, new() { Exact = true }) });

    public ILocator BatchRow(string number) => Batches.Locator("tbody tr").Filter(new() { Has = Page.GetByTestId("batch-number").GetByText(number, new() { Exact = true }) });

    /// <summary>Shows only this member's items on the 대상 tab (the run lists other demo members too).</summary>
    public async Task FilterAsync(string memberNo)
    {
        await Page.GetByTestId("prescription-member-filter").FillAsync(memberNo);
        await Expect(MemberItems(memberNo).First).ToBeVisibleAsync();
    }

    public async Task FillNoteAndConfirmAsync(string note)
    {
        await Expect(NoteDialog).ToBeVisibleAsync();
        await Page.GetByTestId("prescription-note").FillAsync(note);
        await Page.GetByTestId("prescription-dialog-confirm").ClickAsync();
    }
}
