using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Holidays;

[Collection(PortalCollection.Name)]
public class HolidaysTests(PortalFixture portal)
{
    [Fact]
    public async Task Any_staff_member_reads_holidays_and_uses_the_business_day_calculator_but_only_admins_see_the_audit_log()
    {
        var holidays = new HolidaysPage(await portal.SignedInPageAsync("agent"));
        await holidays.OpenAsync();
        await holidays.ChooseYearAsync(2026);
        await Expect(holidays.Row("2026-09-25")).ToContainTextAsync("추석");
        await Expect(holidays.Table).ToBeVisibleAsync();
        await Expect(holidays.AddForm).Not.ToBeVisibleAsync();

        await holidays.CalculateAsync("2026-09-23", 3);
        await Expect(holidays.CalcResult).ToContainTextAsync("2026-09-30 (수)");
        await Expect(holidays.CalcSkipped).ToContainTextAsync("09-25 추석");
        await portal.ScreenshotAsync(holidays.Page, "12-holidays");
        await holidays.CheckAccessibilityAsync();

        var audit = new AuditLogPage(holidays.Page);
        await audit.Page.GotoAsync(AuditLogPage.Path);
        var denied = new AccessDeniedPage(audit.Page);
        await Expect(denied.Heading).ToBeVisibleAsync();
        await Expect(audit.Grid).Not.ToBeVisibleAsync();
        await Expect(audit.Page.Locator("body")).ToContainTextAsync("권한");
        await audit.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task An_admin_adds_a_holiday_that_the_calculator_skips_and_removes_it_after_a_confirmation()
    {
        var holidays = new HolidaysPage(await portal.SignedInPageAsync("admin"));
        await holidays.OpenAsync();
        await Expect(holidays.AddForm).ToBeVisibleAsync();

        await holidays.Add.ClickAsync();
        await Expect(holidays.Error).ToHaveTextAsync("날짜를 입력하세요.");

        await holidays.AddAsync("2031-05-07", "종단 테스트 휴일");
        await Expect(holidays.Snackbar).ToContainTextAsync("2031-05-07 종단 테스트 휴일");
        await Expect(holidays.Snackbar.First).ToHaveCSSAsync("opacity", Staff.StaffPage.ShownOpacity);
        await Expect(holidays.Row("2031-05-07")).ToContainTextAsync("종단 테스트 휴일");
        await Expect(holidays.Year).ToHaveValueAsync("2031년");
        await holidays.CheckAccessibilityAsync();

        // 2031-05-06 is a Tuesday: the next business day steps over the new Wednesday holiday.
        await holidays.CalculateAsync("2031-05-06", 1);
        await Expect(holidays.CalcResult).ToContainTextAsync("2031-05-08 (목)");
        await Expect(holidays.CalcSkipped).ToContainTextAsync("종단 테스트 휴일");

        await holidays.RemoveButton("2031-05-07").ClickAsync();
        await Expect(holidays.Dialog).ToContainTextAsync("2031-05-07 (수) 종단 테스트 휴일");
        await holidays.CheckAccessibilityAsync();
        await holidays.ConfirmAsync("예");
        await Expect(holidays.Row("2031-05-07")).ToHaveCountAsync(0);
        await Expect(holidays.Snackbar.Last).ToContainTextAsync("삭제되었습니다");
    }
}
