using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class AdminPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task An_admin_creates_staff_then_disabling_it_asks_for_a_reason_ends_its_session_and_shows_in_the_audit_log()
    {
        var admin = await portal.SignedInPageAsync("admin");
        await admin.GotoAsync("/admin/staff");
        await PortalFixture.WaitForCircuitAsync(admin);
        await admin.GetByTestId("create-staff").ClickAsync();
        await admin.GetByTestId("new-username").FillAsync("e2estaff");
        await admin.GetByTestId("new-displayname").FillAsync("종단테스트");
        await admin.GetByTestId("new-password").FillAsync("e2e-staff-password");
        await admin.GetByTestId("create-staff-submit").ClickAsync();
        var row = admin.Locator("[data-testid=staff-row][data-username=e2estaff]");
        await Expect(row.GetByTestId("staff-status")).ToHaveTextAsync("사용 중");
        await Expect(admin.Locator("[data-testid=staff-row][data-username=admin]").GetByTestId("staff-disable")).ToBeDisabledAsync();

        var staff = await portal.NewPageAsync();
        await PortalFixture.SignInAsync(staff, "e2estaff", "e2e-staff-password");
        await Expect(staff.GetByTestId("current-user")).ToContainTextAsync("종단테스트");
        await PortalFixture.WaitForCircuitAsync(staff);

        await row.GetByTestId("staff-disable").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "예", Exact = true }).ClickAsync();
        await Expect(admin.GetByTestId("disable-reason-error")).ToHaveTextAsync("사용 중지 사유를 입력하세요.");
        await admin.GetByTestId("disable-reason").FillAsync("종단 테스트 퇴사 처리");
        await portal.ScreenshotAsync(admin, "10-staff-disable-confirm");
        await admin.GetByRole(AriaRole.Button, new() { Name = "예", Exact = true }).ClickAsync();
        await Expect(row.GetByTestId("staff-status")).ToHaveTextAsync("사용 중지");

        // The revalidating provider (3 s in these tests) sees the new security stamp and ends the open circuit.
        await Expect(staff).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 20_000 });

        await admin.GotoAsync("/audit");
        await PortalFixture.WaitForCircuitAsync(admin);
        await admin.GetByTestId("audit-action").SelectOptionAsync("staff.disable");
        await admin.GetByTestId("audit-apply").ClickAsync();
        var record = admin.GetByTestId("audit-row").First;
        await Expect(record).ToContainTextAsync("직원 계정 비활성화");
        await Expect(record).ToContainTextAsync("직원 e2estaff");
        await Expect(record).ToContainTextAsync("종단 테스트 퇴사 처리");
        await portal.ScreenshotAsync(admin, "11-audit-log");
    }

    [Fact]
    public async Task Any_staff_member_reads_holidays_and_uses_the_business_day_calculator_but_only_admins_see_the_audit_log()
    {
        var agent = await portal.SignedInPageAsync("agent");
        await agent.GotoAsync("/admin/holidays");
        await PortalFixture.WaitForCircuitAsync(agent);
        await agent.GetByTestId("holiday-year").SelectOptionAsync("2026");
        await Expect(agent.Locator("[data-testid=holiday-row][data-date='2026-09-25']")).ToContainTextAsync("추석");
        await Expect(agent.GetByTestId("holiday-add-form")).Not.ToBeVisibleAsync();

        await agent.GetByTestId("calc-start").FillAsync("2026-09-23");
        await agent.GetByTestId("calc-days").FillAsync("3");
        await agent.GetByTestId("calc-run").ClickAsync();
        await Expect(agent.GetByTestId("calc-result")).ToContainTextAsync("2026-09-30 (수)");
        await Expect(agent.GetByTestId("calc-skipped")).ToContainTextAsync("09-25 추석");
        await portal.ScreenshotAsync(agent, "12-holidays");

        await agent.GotoAsync("/audit");
        await Expect(agent.GetByTestId("audit-grid")).Not.ToBeVisibleAsync();
        await Expect(agent.Locator("body")).ToContainTextAsync("권한");
    }
}
