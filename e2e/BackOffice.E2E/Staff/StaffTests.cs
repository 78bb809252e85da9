using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Staff;

[Collection(PortalCollection.Name)]
public class StaffTests(PortalFixture portal)
{
    [Fact]
    public async Task An_admin_creates_staff_then_disabling_it_asks_for_a_reason_ends_its_session_and_shows_in_the_audit_log()
    {
        var staffPage = new StaffPage(await portal.SignedInPageAsync("admin"));
        await staffPage.OpenAsync();
        await staffPage.CheckAccessibilityAsync();

        await staffPage.OpenCreateDialogAsync();
        await staffPage.CreateSubmit.ClickAsync();
        await Expect(staffPage.CreateError).ToHaveTextAsync("아이디는 영문자와 숫자 4~15자로 입력하세요.");
        await staffPage.FillNewStaffAsync("e2estaff", "종단테스트", "e2e-staff-password");
        await portal.ScreenshotAsync(staffPage.Page, "14-staff-create");
        await staffPage.CheckAccessibilityAsync();
        await staffPage.CreateSubmit.ClickAsync();
        await Expect(staffPage.CreateDialog).ToHaveCountAsync(0);
        await Expect(staffPage.Snackbar).ToContainTextAsync("종단테스트 계정을 만들었습니다.");
        await staffPage.ExpectSnackbarAsync("종단테스트 계정을 만들었습니다.");
        await Expect(staffPage.Status("e2estaff")).ToHaveTextAsync("사용 중");
        await Expect(staffPage.DisableButton("admin")).ToBeDisabledAsync();

        var staff = await portal.NewPageAsync();
        await PortalFixture.SignInAsync(staff, "e2estaff", "e2e-staff-password");
        await Expect(staff.GetByTestId("current-user")).ToContainTextAsync("종단테스트");
        await PortalFixture.WaitForCircuitAsync(staff);

        await staffPage.DisableButton("e2estaff").ClickAsync();
        await Expect(staffPage.DisableDialog).ToBeVisibleAsync();
        await staffPage.AnswerYesAsync();
        await Expect(staffPage.DisableReasonError).ToHaveTextAsync("사용 중지 사유를 입력하세요.");
        await staffPage.DisableReason.FillAsync("종단 테스트 퇴사 처리");
        await portal.ScreenshotAsync(staffPage.Page, "10-staff-disable-confirm");
        await staffPage.CheckAccessibilityAsync();
        await staffPage.AnswerYesAsync();
        await Expect(staffPage.DisableDialog).ToHaveCountAsync(0);
        await Expect(staffPage.Status("e2estaff")).ToHaveTextAsync("사용 중지");
        await Expect(staffPage.Row("e2estaff").GetByTestId("staff-enable")).ToBeVisibleAsync();
        await staffPage.ExpectSnackbarAsync("종단테스트 계정을 사용 중지했습니다.");
        await staffPage.CheckAccessibilityAsync();

        // The revalidating provider (3 s in these tests) sees the new security stamp and ends the open circuit.
        await Expect(staff).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 20_000 });

        var audit = new AuditLogPage(staffPage.Page);
        await audit.OpenAsync();
        await audit.ChooseActionAsync("직원 계정 비활성화");
        await audit.Apply.ClickAsync();
        var record = audit.Rows.First;
        await Expect(record).ToContainTextAsync("직원 계정 비활성화");
        await Expect(record).ToContainTextAsync("직원 e2estaff");
        await Expect(record).ToContainTextAsync("종단 테스트 퇴사 처리");
        // The filter reached the server: no other action is left in the table.
        await Expect(audit.Rows.Filter(new() { HasNotText = "직원 계정 비활성화" })).ToHaveCountAsync(0);
        await portal.ScreenshotAsync(audit.Page, "11-audit-log");
        await audit.CheckAccessibilityAsync();
    }
}
