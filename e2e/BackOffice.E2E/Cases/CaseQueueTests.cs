using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

/// <summary>
/// The work queue end to end (issue 13 item 3): a Supervisor opens the queue, switches to 기한 경과, narrows to unassigned
/// cases and assigns the demo member's overdue dispute to an agent with a reason; an Agent cannot open the breach page.
/// Data: <c>DemoCaseQueue</c> (an unassigned dispute received 20 days ago for member M90000001).
/// </summary>
[Collection(PortalCollection.Name)]
public class CaseQueueTests(PortalFixture portal)
{
    private const string MemberNo = "M90000001";

    [Fact]
    public async Task A_Supervisor_filters_overdue_cases_and_assigns_one_and_an_Agent_cannot_open_the_breach_page()
    {
        var supervisor = new CaseQueuePage(await portal.SignedInPageAsync("supervisor"));
        await supervisor.OpenAsync();
        await supervisor.CheckAccessibilityAsync();

        await supervisor.View("Overdue").ClickAsync();
        await Expect(supervisor.Count("Overdue")).ToHaveTextAsync(new Regex("[1-9]"));
        await supervisor.ChooseAsync(supervisor.AssigneeFilter, "미배정");
        await supervisor.Search.ClickAsync();
        var row = supervisor.RowOf(MemberNo, "분쟁");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("case-row-due")).ToContainTextAsync("일 경과");
        await Expect(row.GetByTestId("case-row-rule")).ToContainTextAsync("분쟁 처리 15일");
        await Expect(row.GetByTestId("case-row-assignee")).ToHaveTextAsync("미배정");
        await Expect(row.GetByTestId("case-row-delay")).ToHaveTextAsync("미발송");
        var number = (await row.GetByTestId("case-link").InnerTextAsync()).Trim();
        await portal.ScreenshotAsync(supervisor.Page, "13-case-queue-overdue");

        await row.GetByTestId("case-assign").ClickAsync();
        await Expect(supervisor.Page.GetByTestId("case-assign-dialog")).ToBeVisibleAsync();
        await supervisor.ChooseAsync(supervisor.AssignTo, "이상담");
        await supervisor.AssignReason.FillAsync("휴가");
        await supervisor.AssignConfirm.ClickAsync();
        await Expect(supervisor.Page.GetByTestId("case-assign-error")).ToHaveTextAsync("배정 사유를 5자 이상 입력하세요.");
        await supervisor.AssignReason.FillAsync("기한 경과 사건 우선 처리");
        await supervisor.AssignConfirm.ClickAsync();
        await Expect(supervisor.Snackbar).ToContainTextAsync($"{number} 사건을 이상담 님에게 배정했습니다.");
        // Now assigned, it leaves the unassigned view; the 전체 filter shows it with its assignee.
        await Expect(supervisor.RowOf(MemberNo, "분쟁")).ToHaveCountAsync(0);
        await supervisor.ChooseAsync(supervisor.AssigneeFilter, "이상담");
        await supervisor.Search.ClickAsync();
        await Expect(supervisor.RowOf(MemberNo, "분쟁").GetByTestId("case-row-assignee")).ToHaveTextAsync("이상담");
        await portal.ScreenshotAsync(supervisor.Page, "13-case-queue-assigned");

        // Compliance sees the overdue dispute on the breach dashboard (default period: the last 30 days of due dates), untold.
        var compliance = new CaseQueuePage(await portal.SignedInPageAsync("compliance"));
        await compliance.GotoAsync("/cases/breaches");
        var breach = compliance.Page.GetByTestId("breach-rows").Locator("tbody tr").Filter(new() { HasText = number });
        await Expect(breach).ToHaveCountAsync(1);
        await compliance.WaitForCircuitAsync();
        await Expect(breach.GetByTestId("breach-told")).ToContainTextAsync("아니오");
        await Expect(breach.GetByTestId("breach-days")).ToHaveTextAsync(new Regex("^[1-9][0-9]*일$"));
        await compliance.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(compliance.Page, "13-case-breaches");

        var agent = new CaseQueuePage(await portal.SignedInPageAsync("agent"));
        await agent.GotoAsync("/cases/breaches");
        await Expect(new AccessDeniedPage(agent.Page).Heading).ToBeVisibleAsync();
        await agent.OpenAsync(); // the queue itself is open to every role
        await Expect(agent.Page.GetByTestId("case-assign")).ToHaveCountAsync(0); // assigning is a Supervisor's
    }
}
