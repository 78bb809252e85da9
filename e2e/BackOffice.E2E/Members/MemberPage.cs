using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Members;

/// <summary>고객 상세 (/members/{id}): masked facts, balances, cards with their actions, and the tabs.</summary>
public sealed class MemberPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("member-heading");

    /// <summary>Opens a member through the member-number search, which goes straight to the member page.</summary>
    public async Task OpenAsync(string memberNo)
    {
        await Page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(Heading).ToContainTextAsync(memberNo);
        await WaitForCircuitAsync();
    }

    // Masked personal fields: name, phone, birth, email, address, bank.
    public ILocator Field(string name) => Page.GetByTestId($"field-{name}");
    public ILocator RevealButton(string name) => Page.GetByTestId($"field-{name}-reveal");

    public ILocator Balances => Page.GetByTestId("balances");
    public ILocator EmoneyBalance => Page.GetByTestId("balance-emoney");

    public ILocator Cards => Page.GetByTestId("member-cards");
    public ILocator CardRows => Page.GetByTestId("card-row");
    public ILocator CardRow(string last4) => CardRows.Filter(new() { HasText = last4 });
    public ILocator CardBalance(ILocator row) => row.Locator("td.num");
    public ILocator ReportLostButtons => Page.Locator("[data-testid^=report-lost-]");
    public ILocator ReportLostButton(string last4) => Page.GetByTestId($"report-lost-{last4}");
    public ILocator LostReports => Page.GetByTestId("lost-reports");

    /// <summary>The last four digits of a card row, read from its masked number's data-testid (card-NNNN).</summary>
    public static async Task<string> Last4Async(ILocator row) =>
        (await row.Locator("[data-testid^=card-]").First.GetAttributeAsync("data-testid"))!["card-".Length..];

    public ILocator Tab(string name) => Page.GetByRole(AriaRole.Tab, new() { Name = name });
    public ILocator Timeline => Page.GetByTestId("timeline");
    public ILocator TimelineItems => Page.GetByTestId("timeline-item");

    public ILocator TransactionRows => Page.GetByTestId("tx-row");
    public ILocator TransactionsNext => Page.GetByTestId("tx-next");
    public ILocator TransactionsPrevious => Page.GetByTestId("tx-prev");
    public ILocator TransactionFilters => Page.GetByTestId("tx-filters");

    public async Task FilterTransactionsByTypeAsync(string typeLabel)
    {
        await MudSelectChoice.ChooseAsync(Page, Page.GetByTestId("tx-type"), typeLabel);
        await TransactionFilters.Locator("button[type=submit]").ClickAsync();
    }

    // The unmask dialog (reason before an audited read).
    public ILocator UnmaskDialog => Page.GetByTestId("unmask-dialog");
    public ILocator UnmaskReason => Page.GetByTestId("unmask-reason");
    public ILocator UnmaskConfirm => Page.GetByTestId("unmask-confirm");
    public ILocator UnmaskError => Page.GetByTestId("unmask-error");

    /// <summary>
    /// Waits until the snackbar has faded out: axe blends a fading message with the page behind it and reports
    /// a contrast it never has once shown, so the page is checked without it.
    /// </summary>
    public Task SnackbarGoneAsync() => Expect(Snackbar).ToHaveCountAsync(0, new() { Timeout = 20_000 });

    /// <summary>Reads a won amount as shown ("1,234원", "-500원") as a number.</summary>
    public static long Won(string text) =>
        long.Parse(text.Replace("원", "").Replace(",", "").Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
