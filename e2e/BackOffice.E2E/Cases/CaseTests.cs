using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Cases;

/// <summary>Issue 13 end to end: an Agent opens a dispute from the member page, sees the due date with its derivation,
/// sends the delay notice and closes the case with the result notice; closing without a result text is refused.</summary>
[Collection(PortalCollection.Name)]
public class CaseTests(PortalFixture portal)
{
    [Fact]
    public async Task An_agent_opens_a_dispute_sends_the_delay_notice_and_closes_it_with_the_result_notice()
    {
        var page = await portal.SignedInPageAsync("agent");
        var member = new MemberPage(page);
        await member.OpenAsync("M00000007");

        var dialog = await OpenCaseDialog.OpenFromMemberAsync(page);
        await dialog.ChooseTypeAsync("Dispute");
        await dialog.Subject.FillAsync("버스 요금 이중 결제 이의");
        await dialog.Description.FillAsync("같은 날 같은 노선에서 두 번 빠져나갔다고 함");
        await dialog.CardChoices.First.CheckAsync(); // M00000007 has a card: the case is about it
        await portal.ScreenshotWhenStillAsync(page, "80a-open-case-dialog");
        await dialog.Confirm.ClickAsync();

        var @case = new CasePage(page);
        await @case.ArrivedAsync();
        await Expect(@case.Status).ToHaveTextAsync("처리 중");
        // The due date and the rule that produced it, on the page (not in a tooltip).
        await Expect(@case.Derivation).ToContainTextAsync("접수 ");
        await Expect(@case.Derivation).ToContainTextAsync("15일");
        await Expect(@case.Derivation).ToContainTextAsync("민법 제157조");
        await Expect(@case.Rule).ToContainTextAsync("분쟁 처리 15일");
        await Expect(page.GetByTestId("case-linked-cards")).ToContainTextAsync("****");
        await Expect(@case.History).ToContainTextAsync("접수 안내");
        await Expect(@case.NoticeState).ToContainTextAsync("접수 안내 20");

        var due = DateOnly.ParseExact((await @case.Due.Locator("strong").InnerTextAsync()).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var promised = due.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await @case.SendDelayNoticeAsync("가맹점 거래 확인 회신 대기", promised);
        await Expect(@case.History).ToContainTextAsync("지연 안내");
        await Expect(@case.NoticeState).ToContainTextAsync($"새 일정 {promised}");
        await Expect(@case.DelayBanner).ToHaveCountAsync(0);

        // A failure path: the result text is what the member reads, so a closing without it is refused.
        await @case.CloseAsync("Upheld", "");
        await Expect(@case.Error).ToHaveTextAsync("회원에게 안내할 처리 결과를 10자 이상 입력하세요.");
        await Expect(@case.Status).ToHaveTextAsync("처리 중");

        await @case.CloseAsync("Upheld", "이중 결제가 확인되어 1,450원을 환불했습니다.");
        await Expect(@case.Status).ToHaveTextAsync("종결");
        await Expect(@case.Outcome).ToContainTextAsync("인용");
        await Expect(@case.History).ToContainTextAsync("결과 안내");
        await Expect(@case.Notices).Not.ToHaveCountAsync(0);
        await @case.CheckAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(page, "80-case-page");

        // The member's tab lists the case.
        await member.OpenAsync("M00000007");
        await member.Tab("민원·사건").ClickAsync();
        await Expect(page.GetByTestId("member-case-row").Filter(new() { HasText = @case.Number })).ToContainTextAsync("종결");
    }
}
