using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.CardIntake;

/// <summary>One intake case (/card-intake/{caseNo}): facts, the next step with its confirmation, photos and history.</summary>
public sealed partial class IntakeCasePage(IPage page) : PageObject(page)
{
    public static Regex UrlPattern { get; } = CaseUrl();

    public ILocator Status => Page.GetByTestId("intake-status");
    public ILocator BalanceDue => Page.GetByTestId("intake-balance-due");
    public ILocator LedgerBalance => Page.GetByTestId("intake-ledger-balance");
    public ILocator Error => Page.GetByTestId("intake-error");
    public ILocator History => Page.GetByTestId("intake-history");
    public ILocator Photos => Page.Locator(".photos figure");
    public ILocator PhotoImages => Page.Locator(".photos img");
    private ILocator PhotoInput => Page.Locator("[data-testid=intake-photo] input[type=file], input[type=file][data-testid=intake-photo]").First;
    private ILocator InspectNotes => Page.Locator("input[data-testid=intake-inspect-notes], [data-testid=intake-inspect-notes] input").First;
    private ILocator BalanceInput => Page.Locator("input[data-testid=intake-balance], [data-testid=intake-balance] input").First;
    private ILocator OpenList => Page.Locator(".mud-popover-open");

    public string CaseNo => Page.Url[(Page.Url.LastIndexOf('/') + 1)..];

    public async Task OpenAsync(string caseNo) => await GoAsync($"/card-intake/{caseNo}", Status);

    /// <summary>After the intake dialog navigated here: the case page is shown and live.</summary>
    public async Task ArrivedAsync()
    {
        await Expect(Page).ToHaveURLAsync(UrlPattern);
        await Expect(Status).ToBeVisibleAsync();
        await WaitForCircuitAsync();
    }

    public async Task ReceiveAsync()
    {
        await Page.GetByTestId("intake-receive").ClickAsync();
        await ConfirmAsync("예");
    }

    public Task UploadAsync(string name, string mimeType, byte[] content) =>
        PhotoInput.SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });

    /// <summary>Inspection: "Broken", "Damaged" or "Reject", with notes; confirmed in the yes/no dialog.</summary>
    public async Task InspectAsync(string result, string notes)
    {
        await Page.GetByTestId("intake-inspection").ClickAsync();
        await OpenList.GetByTestId($"intake-inspection-{result}").ClickAsync();
        await Expect(OpenList).ToHaveCountAsync(0);
        await InspectNotes.FillAsync(notes);
        await Page.GetByTestId("intake-inspect").ClickAsync();
        await ConfirmAsync("예");
    }

    /// <summary>The ledger balance shown in the facts, in won without separators.</summary>
    public async Task<string> LedgerBalanceAsync() =>
        WonRegex().Match(await LedgerBalance.InnerTextAsync()).Groups[1].Value.Replace(",", "");

    public async Task VerifyAsync(string amount)
    {
        await BalanceInput.FillAsync(amount);
        await Page.GetByTestId("intake-verify").ClickAsync();
    }

    /// <summary>Settlement by its enum name (ReplaceCard, RefundToAccount, LoadToNewCard); confirmed in the yes/no dialog.</summary>
    public async Task SettleAsync(string settlement)
    {
        await Page.GetByTestId("intake-settlement").ClickAsync();
        await OpenList.GetByTestId($"intake-settlement-{settlement}").ClickAsync();
        await Expect(OpenList).ToHaveCountAsync(0);
        await Page.GetByTestId("intake-settle").ClickAsync();
        await ConfirmAsync("예");
    }

    public async Task CloseCaseAsync()
    {
        await Page.GetByTestId("intake-close").ClickAsync();
        await ConfirmAsync("예");
    }

    [GeneratedRegex("/card-intake/C\\d{8}-\\d{6}$")]
    private static partial Regex CaseUrl();

    [GeneratedRegex("([0-9,]+)원")]
    private static partial Regex WonRegex();
}
