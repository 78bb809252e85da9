using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Prescription;

/// <summary>
/// Prescribed balances end to end with the demo member M90001505 (DemoPrescription): Finance runs the check, an Agent
/// records an objection, Finance proposes the due item and cannot approve it herself, a Supervisor approves.
/// </summary>
[Collection(PortalCollection.Name)]
public partial class PrescriptionTests(PortalFixture portal)
{
    private const string Member = "M90001505";

    [GeneratedRegex(@"G\d{8}-\d{6}")]
    private static partial Regex BatchNumber();

    [Fact]
    public async Task Finance_lists_an_agent_objects_and_a_second_person_approves_the_donation()
    {
        var finance = new PrescriptionPage(await portal.SignedInPageAsync("finance"));
        await finance.OpenAsync();
        await finance.RunButton.ClickAsync();
        await Expect(finance.RunResult).ToContainTextAsync("신규 대상");
        await finance.FilterAsync(Member);
        var sixty = finance.ItemWithAmount(Member, "60,000원");
        await Expect(sixty.GetByTestId("item-status")).ToHaveTextAsync("통지 · 이의 기간");
        await Expect(sixty.GetByTestId("item-deadline")).ToHaveTextAsync(new Regex(@"\d{4}-\d{2}-\d{2}"));
        await Expect(finance.ItemWithAmount(Member, "30,000원").GetByTestId("item-status")).ToHaveTextAsync("통지 · 이의 기간");
        await Expect(finance.ItemWithAmount(Member, "45,000원").GetByTestId("item-status")).ToHaveTextAsync("기부 가능"); // told 40 days ago
        await portal.ScreenshotWhenStillAsync(finance.Page, "prescription-items");

        var agent = new PrescriptionPage(await portal.SignedInPageAsync("agent"));
        await agent.OpenAsync("items");
        await Expect(agent.RunButton).ToHaveCountAsync(0);
        await agent.FilterAsync(Member);
        await agent.ItemWithAmount(Member, "30,000원").GetByTestId("item-object").ClickAsync();
        await agent.FillNoteAndConfirmAsync("회원이 전화로 잔액 사용 의사를 밝힘");
        await Expect(agent.NoteDialog).ToHaveCountAsync(0);
        await Expect(agent.ItemWithAmount(Member, "30,000원").GetByTestId("item-status")).ToHaveTextAsync("이의 접수");

        await finance.OpenAsync("propose");
        await finance.DueRow(Member).Locator("input[type=checkbox]").CheckAsync();
        await finance.ProposeButton.ClickAsync();
        await finance.ConfirmAsync("상신");
        var proposed = finance.Snackbar.Filter(new() { HasText = "기부를 상신했습니다" });
        await Expect(proposed).ToBeVisibleAsync();
        var number = BatchNumber().Match(await proposed.InnerTextAsync()).Value;

        await finance.OpenAsync("approve");
        var own = finance.BatchRow(number);
        await Expect(own.GetByTestId("batch-own")).ToContainTextAsync("직접 상신한 기부는 승인·반려할 수 없습니다");
        await own.GetByTestId("batch-approve").ClickAsync();
        await finance.AnswerStepUpIfAskedAsync();
        await finance.FillNoteAndConfirmAsync("");
        await Expect(finance.DialogError).ToContainTextAsync("직접 상신한 기부는 승인·반려할 수 없습니다");
        await portal.ScreenshotWhenStillAsync(finance.Page, "prescription-own-batch-refused");
        await finance.Page.GetByTestId("prescription-dialog-cancel").ClickAsync();

        var supervisor = new PrescriptionPage(await portal.SignedInPageAsync("supervisor"));
        await supervisor.OpenAsync("approve");
        await supervisor.BatchRow(number).GetByTestId("batch-approve").ClickAsync();
        await supervisor.AnswerStepUpIfAskedAsync();
        await supervisor.FillNoteAndConfirmAsync("정기 기부 승인");
        await Expect(supervisor.BatchRow(number).GetByTestId("batch-status")).ToHaveTextAsync("기부 완료");
        await supervisor.TabAsync("대상");
        await supervisor.FilterAsync(Member);
        await Expect(supervisor.ItemWithAmount(Member, "45,000원").GetByTestId("item-status")).ToHaveTextAsync("기부 완료");
        await portal.ScreenshotWhenStillAsync(supervisor.Page, "prescription-donated");
    }
}
