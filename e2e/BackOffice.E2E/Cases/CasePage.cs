using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

/// <summary>One case (/cases/{number}): status, due date with its derivation, the delay banner, actions, notices, history.</summary>
public sealed partial class CasePage(IPage page) : PageObject(page)
{
    public static Regex UrlPattern { get; } = CaseUrl();

    public ILocator Status => Page.GetByTestId("case-status");
    public ILocator Due => Page.GetByTestId("case-due");
    public ILocator Derivation => Page.GetByTestId("case-derivation");
    public ILocator Rule => Page.GetByTestId("case-rule");
    public ILocator DaysLeft => Page.GetByTestId("case-days-left");
    public ILocator DelayBanner => Page.GetByTestId("case-delay-banner");
    public ILocator NoticeState => Page.GetByTestId("case-notice-state");
    public ILocator Notices => Page.GetByTestId("case-notice-row");
    public ILocator History => Page.GetByTestId("case-history");
    public ILocator Outcome => Page.GetByTestId("case-outcome");
    public ILocator Error => Page.GetByTestId("case-error");
    /// <summary>MudTextField and MudDatePicker put the test id on their input.</summary>
    private ILocator DelayReason => Page.GetByTestId("case-delay-reason");
    // The picker's open calendar carries the same test id, so the text box is taken by its tag.
    private ILocator DelayPromised => Page.Locator("input[data-testid=case-delay-promised]");
    private ILocator Resolution => Page.Locator("textarea[data-testid=case-resolution], [data-testid=case-resolution] textarea").First;
    private ILocator OpenList => Page.Locator(".mud-popover-open");

    public string Number => Page.Url[(Page.Url.LastIndexOf('/') + 1)..];

    public async Task OpenAsync(string number) => await GoAsync($"/cases/{number}", Status);

    /// <summary>After the open dialog navigated here: the case page is shown and live.</summary>
    public async Task ArrivedAsync()
    {
        await Expect(Page).ToHaveURLAsync(UrlPattern, new() { Timeout = 20_000 });
        await Expect(Status).ToBeVisibleAsync();
        await WaitForCircuitAsync();
    }

    /// <summary>Sends the delay notice with a reason and the new schedule (yyyy-MM-dd); confirmed in the yes/no dialog.</summary>
    public async Task SendDelayNoticeAsync(string reason, string promisedBy)
    {
        await DelayReason.FillAsync(reason);
        await DelayPromised.FillAsync(promisedBy);
        await DelayPromised.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Escape");
        await Expect(OpenList).ToHaveCountAsync(0);
        await Expect(DelayPromised).ToHaveValueAsync(promisedBy);
        await Page.GetByTestId("case-delay-send").ClickAsync();
        await ConfirmAsync("예");
    }

    /// <summary>Closes with an outcome (enum name) and the result text; confirmed in the yes/no dialog.</summary>
    public async Task CloseAsync(string outcome, string resolution)
    {
        await Page.GetByTestId("case-outcome-select").ClickAsync();
        await OpenList.GetByTestId($"case-outcome-{outcome}").ClickAsync();
        await Expect(OpenList).ToHaveCountAsync(0);
        await Resolution.FillAsync(resolution);
        await Page.GetByTestId("case-close").ClickAsync();
        await ConfirmAsync("예");
    }

    [GeneratedRegex("/cases/K\\d{8}-\\d{6}$")]
    private static partial Regex CaseUrl();
}
