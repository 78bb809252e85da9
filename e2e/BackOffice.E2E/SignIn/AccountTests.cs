using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.SignIn;

[Collection(PortalCollection.Name)]
public class AccountTests(PortalFixture portal)
{
    /// <summary>Only the lock test signs in as this account (it creates it), so locking it touches no other test.</summary>
    private const string LockUser = "e2elock";
    private const string LockPassword = "e2e-lock-password";

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_comes_back_after()
    {
        var signIn = new SignInPage(await portal.NewPageAsync());
        await signIn.Page.GotoAsync("/members");
        await Expect(signIn.Page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(signIn.Heading).ToBeVisibleAsync();
        await portal.ScreenshotAsync(signIn.Page, "01-sign-in");
        await signIn.CheckAccessibilityAsync();

        await signIn.SubmitAsync("agent", PortalFixture.DemoPassword);
        await Expect(signIn.Code).ToBeVisibleAsync();
        await signIn.CheckAccessibilityAsync();
        await PortalFixture.SecondStepAsync(signIn.Page, "agent");
        await Expect(signIn.Page.GetByRole(AriaRole.Heading, new() { Name = "고객 조회" })).ToBeVisibleAsync();
        await Expect(signIn.Page.GetByTestId("current-user")).ToContainTextAsync("김상담");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var signIn = new SignInPage(await portal.NewPageAsync());
        await signIn.SignInAsync("finance", "not-the-password-at-all");
        await Expect(signIn.Error).ToHaveTextAsync(SignInPage.Refused);
        await signIn.CheckAccessibilityAsync();

        await signIn.SignInAsync("nobody-here", "not-the-password-at-all");
        await Expect(signIn.Error).ToHaveTextAsync(SignInPage.Refused);

        await signIn.SignInAsync("finance", "");
        await Expect(signIn.FieldErrors).ToHaveTextAsync("비밀번호를 입력하세요.");
        await signIn.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password_with_the_same_message_until_an_admin_unlocks_it()
    {
        var staff = new StaffPage(await portal.SignedInPageAsync("admin"));
        await staff.OpenAsync();
        await staff.CreateAsync(LockUser, "잠금테스트", LockPassword);

        var signIn = new SignInPage(await portal.NewPageAsync());
        for (var i = 1; i <= 4; i++)
        {
            await signIn.SignInAsync(LockUser, $"wrong-password-{i}");
            await Expect(signIn.Error).ToHaveTextAsync(SignInPage.Refused);
        }
        await signIn.SignInAsync(LockUser, "wrong-password-5");
        await Expect(signIn.Error).ToHaveTextAsync(SignInPage.Refused);

        // Locked: the right password gets the very same sentence (no hint that the account exists or is locked).
        await signIn.SignInAsync(LockUser, LockPassword);
        await Expect(signIn.Error).ToHaveTextAsync(SignInPage.Refused);
        await portal.ScreenshotAsync(signIn.Page, "01b-locked");
        await signIn.CheckAccessibilityAsync();

        await staff.OpenAsync();
        await Expect(staff.Status(LockUser)).ToHaveTextAsync("잠김");
        await staff.CheckAccessibilityAsync();
        await staff.UnlockButton(LockUser).ClickAsync();
        await staff.ConfirmAsync("예");
        await Expect(staff.Snackbar).ToContainTextAsync("잠금테스트 계정의 잠금을 해제했습니다.");
        await Expect(staff.Status(LockUser)).ToHaveTextAsync("사용 중");
        await Expect(staff.UnlockButton(LockUser)).ToHaveCountAsync(0);

        await PortalFixture.SignInAsync(signIn.Page, LockUser, LockPassword);
        await Expect(signIn.Page.GetByTestId("current-user")).ToContainTextAsync("잠금테스트");
    }

    [Fact]
    public async Task A_refused_endpoint_shows_access_denied_and_unknown_or_failed_pages_say_so_in_korean()
    {
        var page = await portal.SignedInPageAsync("agent");
        // The transfer-file endpoint is for Finance only; the cookie handler sends anyone else to access denied.
        await page.GotoAsync("/refunds/payouts/PB-NONE/file");
        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        var denied = new AccessDeniedPage(page);
        await Expect(denied.Heading).ToBeVisibleAsync();
        await Expect(denied.Notice).ToContainTextAsync("이 화면을 볼 수 있는 역할이 없습니다.");
        await Expect(denied.HomeLink).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "01c-access-denied");
        await denied.CheckAccessibilityAsync();

        var status = new StatusPages(page);
        await page.GotoAsync(StatusPages.NotFoundPath);
        await Expect(status.NotFoundHeading).ToBeVisibleAsync();
        await Expect(status.NotFoundNotice).ToContainTextAsync("주소를 확인하거나");
        await status.CheckAccessibilityAsync();

        await page.GotoAsync(StatusPages.ErrorPath);
        await Expect(status.ErrorHeading).ToBeVisibleAsync();
        await Expect(status.ErrorNotice).ToContainTextAsync("시스템 관리자에게 문의하세요");
        await status.CheckAccessibilityAsync();
    }
}
