using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Staff;

/// <summary>Issue 10: an Admin's grant of a money role waits for a second Admin, who approves it on the staff page.</summary>
[Collection(PortalCollection.Name)]
public class StaffChangeTests(PortalFixture portal)
{
    [Fact]
    public async Task An_admins_finance_grant_waits_until_a_second_admin_approves_it()
    {
        var admin = new StaffPage(await portal.SignedInPageAsync("admin"));
        await admin.OpenAsync();
        await admin.CreateAsync("e2efin", "재무후보", "e2e-finance-password");
        await Expect(admin.RoleNames("e2efin")).ToHaveTextAsync("상담원");

        await admin.AddRoleAsync("e2efin", "재무", "재무팀 전입");
        await admin.ExpectSnackbarAsync("재무 역할은 다른 시스템 관리자의 승인을 기다립니다");
        // It waits: the roles are unchanged and the requester cannot approve their own request.
        await Expect(admin.RoleNames("e2efin")).ToHaveTextAsync("상담원");
        await Expect(admin.ChangeRow("e2efin")).ToContainTextAsync("재무");
        await Expect(admin.ApproveChange("e2efin")).ToBeDisabledAsync();
        await Expect(admin.ChangeRefusal("e2efin")).ToHaveTextAsync("본인이 요청한 권한 변경은 승인하거나 반려할 수 없습니다. 다른 시스템 관리자가 처리해야 합니다.");
        await portal.ScreenshotAsync(admin.Page, "30-staff-change-waiting");
        await admin.CheckAccessibilityAsync();

        var admin2 = new StaffPage(await portal.SignedInPageAsync("admin2"));
        await admin2.OpenAsync();
        await Expect(admin2.ApproveChange("e2efin")).ToBeEnabledAsync();
        await admin2.ApproveChange("e2efin").ClickAsync();
        await admin2.AnswerYesAsync();
        await admin2.ExpectSnackbarAsync("재무후보의 역할이 상담원, 재무(으)로 바뀌었습니다.");
        await Expect(admin2.ChangeRow("e2efin")).ToHaveCountAsync(0);
        await Expect(admin2.RoleNames("e2efin")).ToHaveTextAsync("상담원, 재무");
        await portal.ScreenshotAsync(admin2.Page, "31-staff-change-approved");
    }
}
