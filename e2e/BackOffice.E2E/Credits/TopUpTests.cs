using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Credits;

/// <summary>
/// Issue 15 "Done when" end to end: an Agent finds M90001502 (<c>DemoTopUps</c>), opens "크레딧 충전", opens the waiting
/// virtual account, is refused a past date in Korean, moves the deadline with a reason, sees the new deadline and the
/// history line, then on "처리 이력" the audit line and the deadline notice; the fraud button is not shown to an Agent.
/// </summary>
[Collection(PortalCollection.Name)]
public class TopUpTests(PortalFixture portal)
{
    private const string MemberNo = "M90001502";
    private const string VirtualAccountSuffix = "-900201";

    private static DateOnly TodayKst() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);

    [Fact]
    public async Task An_agent_moves_a_virtual_account_deadline_and_sees_the_notice_on_the_timeline()
    {
        var page = new TopUpPage(await portal.SignedInPageAsync("agent"));
        await page.OpenMemberAsync(MemberNo);
        await page.ShowTabAsync();
        await page.OpenTopUpAsync(VirtualAccountSuffix);
        await Expect(page.Status).ToHaveTextAsync("입금대기");
        await Expect(page.DeadlineRule).ToContainTextAsync("001 §2.2.2");
        await Expect(page.FraudButton).ToHaveCountAsync(0); // an Agent has no 부정 결제 승인 취소

        await page.OpenDeadlineDialogAsync();
        await page.SubmitDeadlineAsync(TodayKst().AddDays(-1), "고객 요청 확인");
        await Expect(page.DeadlineError).ToContainTextAsync("지난 날짜입니다");

        var newDay = TodayKst().AddDays(10);
        await page.SubmitDeadlineAsync(newDay, "급여일 이후 입금하겠다는 고객 요청");
        await Expect(page.DeadlineDialog).ToHaveCountAsync(0);
        var day = newDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.Deadline).ToHaveTextAsync(day);
        await Expect(page.DeadlineRule).ToContainTextAsync("고객 요청");
        await Expect(page.HistoryRows.Filter(new() { HasText = "입금 기한 변경" })).ToContainTextAsync($"→ {day}");
        await portal.ScreenshotWhenStillAsync(page.Page, "150-topup-deadline-moved");

        await page.MemberLink.ClickAsync();
        await Expect(page.Heading).ToContainTextAsync(MemberNo, new() { Timeout = 20_000 });
        await page.WaitForCircuitAsync();
        await page.TimelineTab.ClickAsync();
        // The notice line carries the same words and may sort first within the minute: the audit line is the one by the agent.
        await Expect(page.TimelineItems.Filter(new() { HasText = "가상계좌 입금 기한 변경" }).Filter(new() { HasText = "김상담" })).Not.ToHaveCountAsync(0);
        // The notice shows once the outbox sent it (every 30 seconds): reload until it is there.
        var notice = page.TimelineItems.Filter(new() { HasText = TopUpNoticeKey });
        for (var i = 0; i < 12 && await notice.CountAsync() == 0; i++)
        {
            await page.Page.WaitForTimeoutAsync(5_000);
            await page.Page.ReloadAsync();
            await Expect(page.Heading).ToContainTextAsync(MemberNo, new() { Timeout = 20_000 });
            await page.WaitForCircuitAsync();
            await page.TimelineTab.ClickAsync();
            await Expect(page.TimelineItems.First).ToBeVisibleAsync();
        }
        await Expect(notice.First).ToBeVisibleAsync();
        await portal.ScreenshotWhenStillAsync(page.Page, "151-topup-deadline-notice-timeline");
    }

    private const string TopUpNoticeKey = "가상계좌 입금 기한 변경 (v1)";
}
