using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Credits;

/// <summary>The member page's "크레딧 충전" tab and the top-up page (/credits/topups/{number}) with its dialogs.</summary>
public sealed class TopUpPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("member-heading");
    public ILocator Tab => Page.GetByRole(AriaRole.Tab, new() { Name = "크레딧 충전" });
    public ILocator TimelineTab => Page.GetByRole(AriaRole.Tab, new() { Name = "처리 이력" });
    public ILocator TimelineItems => Page.GetByTestId("timeline-item");
    public ILocator TopUpLinks => Page.GetByTestId("member-topup-link");

    public ILocator Number => Page.GetByTestId("topup-number");
    public ILocator Status => Page.GetByTestId("topup-status");
    public ILocator Deadline => Page.GetByTestId("topup-deadline");
    public ILocator DeadlineRule => Page.GetByTestId("topup-deadline-rule");
    public ILocator MoveDeadlineButton => Page.GetByTestId("topup-move-deadline");
    public ILocator FraudButton => Page.GetByTestId("topup-fraud-cancel");
    public ILocator HistoryRows => Page.GetByTestId("topup-history-row");
    public ILocator MemberLink => Page.GetByTestId("topup-member-link");

    public ILocator DeadlineDialog => Page.GetByTestId("deadline-dialog");
    public ILocator DeadlineDay => Page.GetByTestId("deadline-day");
    public ILocator DeadlineReason => Page.GetByTestId("deadline-reason");
    public ILocator DeadlineConfirm => Page.GetByTestId("deadline-confirm");
    public ILocator DeadlineError => Page.GetByTestId("deadline-error");
    public ILocator DeadlineClose => Page.GetByTestId("deadline-cancel");

    public async Task OpenMemberAsync(string memberNo)
    {
        await Page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(Heading).ToContainTextAsync(memberNo, new() { Timeout = 20_000 });
        await WaitForCircuitAsync();
    }

    public async Task ShowTabAsync()
    {
        await Tab.ClickAsync();
        await Expect(TopUpLinks.First).ToBeVisibleAsync();
    }

    /// <summary>Follows the tab's link of the top-up whose number ends with <paramref name="suffix"/>.</summary>
    public async Task OpenTopUpAsync(string suffix)
    {
        await TopUpLinks.Filter(new() { HasText = suffix }).ClickAsync();
        await Expect(Number).ToContainTextAsync(suffix, new() { Timeout = 20_000 });
        await WaitForCircuitAsync();
    }

    public async Task OpenDeadlineDialogAsync()
    {
        await MoveDeadlineButton.ClickAsync();
        await Expect(DeadlineDialog).ToBeVisibleAsync();
    }

    /// <summary>Fills the new day and the reason, presses "기한 변경" and answers the confirmation with "변경".</summary>
    public async Task SubmitDeadlineAsync(DateOnly day, string reason)
    {
        await DeadlineDay.FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await DeadlineReason.FillAsync(reason);
        await DeadlineConfirm.ClickAsync();
        var confirm = Page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "변경", Exact = true });
        await confirm.ClickAsync();
    }
}
