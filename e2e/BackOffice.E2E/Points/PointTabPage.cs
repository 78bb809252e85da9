using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Points;

/// <summary>The member page's "포인트" tab and its "포인트 즉시 소멸" dialog (004 포인트 제5조⑤).</summary>
public sealed class PointTabPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("member-heading");
    public ILocator Tab => Page.GetByRole(AriaRole.Tab, new() { Name = "포인트", Exact = true });
    public ILocator Balance => Page.GetByTestId("member-points-balance");
    public ILocator SummaryLines => Page.GetByTestId("member-points-summary-line");
    public ILocator Lots => Page.GetByTestId("member-points-lot");
    public ILocator ForfeitButton => Page.GetByTestId("member-points-forfeit");
    public ILocator ForfeitDialog => Page.GetByTestId("point-forfeit-dialog");
    public ILocator Cause => Page.GetByTestId("point-forfeit-cause");
    public ILocator Reason => Page.GetByTestId("point-forfeit-reason");
    public ILocator Confirm => Page.GetByTestId("point-forfeit-confirm-check");
    public ILocator Submit => Page.GetByTestId("point-forfeit-submit");

    public async Task OpenMemberAsync(string memberNo)
    {
        await Page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(Heading).ToContainTextAsync(memberNo, new() { Timeout = 20_000 });
        await WaitForCircuitAsync();
    }

    public async Task ShowTabAsync()
    {
        await Tab.ClickAsync();
        await Expect(Lots.First).ToBeVisibleAsync();
    }

    /// <summary>Forfeits the one lot whose line holds <paramref name="lotText"/> for 제5조⑤3 (stolen or forged card use).</summary>
    public async Task ForfeitStolenUseLotAsync(string lotText, string reason)
    {
        await ForfeitButton.ClickAsync();
        await AnswerStepUpIfAskedAsync();
        await Expect(ForfeitDialog).ToBeVisibleAsync();
        await Cause.ClickAsync();
        await Page.Locator(".mud-popover-open [role=option]").GetByText("도난·위변조 카드 이용 (제5조⑤3호)", new() { Exact = true }).ClickAsync();
        await Expect(Page.Locator(".mud-popover-open [role=option]")).ToHaveCountAsync(0);
        // The test id sits on the check box's input; its text is the label around it.
        await ForfeitDialog.Locator("label").Filter(new() { HasText = lotText }).ClickAsync();
        await Expect(Page.GetByTestId("point-forfeit-total")).Not.ToHaveTextAsync("소멸할 포인트: 0P");
        await Reason.FillAsync(reason);
        await Confirm.ClickAsync();
        await Submit.ClickAsync();
        await Expect(ForfeitDialog).ToHaveCountAsync(0);
    }
}
