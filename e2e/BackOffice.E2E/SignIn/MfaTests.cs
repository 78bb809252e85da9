using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.SignIn;

/// <summary>Issue 10 item 3 through the browser: enrolment, codes, recovery codes, the admin reset, antiforgery on logout.</summary>
[Collection(PortalCollection.Name)]
public class MfaTests(PortalFixture portal)
{
    private const string MfaUser = "e2emfa";
    private const string MfaPassword = "e2e-mfa-password-long";

    /// <summary>A code that is not the current one (nor the two neighbours on each side that Identity also accepts).</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = new[] { -60, -30, 0, 30, 60 }.Select(s => Totp.Code(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
    }

    [Fact]
    public async Task A_new_account_enrols_at_first_sign_in_then_signs_in_with_a_code_or_a_recovery_code_once_and_an_admin_reset_makes_it_enrol_again()
    {
        var staff = new StaffPage(await portal.SignedInPageAsync("admin"));
        await staff.OpenAsync();
        await staff.CreateAsync(MfaUser, "인증테스트", MfaPassword);

        // First sign-in: the password leads to the enrolment page with a QR code and the key for typing.
        var signIn = new SignInPage(await portal.NewPageAsync());
        await signIn.SignInAsync(MfaUser, MfaPassword);
        await Expect(signIn.Page).ToHaveURLAsync(new Regex("/account/enrol"));
        await Expect(signIn.EnrolQr).ToBeVisibleAsync();
        var key = await signIn.EnrolKeyAsync();
        Assert.Matches("^[A-Z2-7]{32}$", key);
        await portal.ScreenshotAsync(signIn.Page, "01d-mfa-enrol");
        await signIn.CheckAccessibilityAsync();

        await signIn.SubmitCodeAsync(WrongCode(key));
        await Expect(signIn.Error).ToHaveTextAsync(SignInPage.Refused);
        Assert.Equal(key, await signIn.EnrolKeyAsync()); // the same key after a refusal

        await signIn.SubmitCodeAsync(Totp.Code(key));
        await Expect(signIn.RecoveryCodes).ToHaveCountAsync(10);
        var recovery = await signIn.RecoveryCodes.AllInnerTextsAsync();
        await portal.ScreenshotAsync(signIn.Page, "01e-mfa-recovery-codes");
        await signIn.CheckAccessibilityAsync();
        await signIn.EnrolContinue.ClickAsync();
        await Expect(signIn.Page.GetByTestId("current-user")).ToContainTextAsync("인증테스트");
        Totp.Enrolled[MfaUser] = key;

        // Next sign-in: password, then the code from the app.
        var again = new SignInPage(await portal.NewPageAsync());
        await again.SignInAsync(MfaUser, MfaPassword);
        await Expect(again.Page).ToHaveURLAsync(new Regex("/account/login/code"));
        await again.SubmitCodeAsync(Totp.Code(key));
        await Expect(again.Page.GetByTestId("current-user")).ToContainTextAsync("인증테스트");

        // A recovery code works once.
        var byRecovery = new SignInPage(await portal.NewPageAsync());
        await byRecovery.SignInAsync(MfaUser, MfaPassword);
        await byRecovery.UseRecovery.ClickAsync();
        await Expect(byRecovery.Page.GetByRole(AriaRole.Heading, new() { Name = "복구 코드로 로그인" })).ToBeVisibleAsync();
        await byRecovery.CheckAccessibilityAsync();
        await byRecovery.SubmitCodeAsync(recovery[0].Trim());
        await Expect(byRecovery.Page.GetByTestId("current-user")).ToContainTextAsync("인증테스트");

        var reused = new SignInPage(await portal.NewPageAsync());
        await reused.SignInAsync(MfaUser, MfaPassword);
        await reused.UseRecovery.ClickAsync();
        // Wait for the recovery page: typing into the code page's field before the link's navigation ends loses the code.
        await Expect(reused.Page.GetByRole(AriaRole.Heading, new() { Name = "복구 코드로 로그인" })).ToBeVisibleAsync();
        await reused.SubmitCodeAsync(recovery[0].Trim());
        await Expect(reused.Error).ToHaveTextAsync(SignInPage.Refused);

        // The admin resets the authenticator with a reason: the next sign-in enrols again, with a new key.
        await staff.OpenAsync();
        await staff.Row(MfaUser).GetByTestId("staff-reset-mfa").ClickAsync();
        await staff.AnswerYesAsync();
        await Expect(staff.Page.GetByTestId("reset-mfa-error")).ToHaveTextAsync("초기화 사유를 5자 이상 입력하세요.");
        await staff.Page.GetByTestId("reset-mfa-reason").FillAsync("휴대폰 분실 (종단 테스트)");
        await staff.CheckAccessibilityAsync();
        await staff.AnswerYesAsync();
        await Expect(staff.Snackbar).ToContainTextAsync("인증테스트의 인증 앱을 초기화했습니다.");

        var reEnrol = new SignInPage(await portal.NewPageAsync());
        await reEnrol.SignInAsync(MfaUser, MfaPassword);
        await Expect(reEnrol.Page).ToHaveURLAsync(new Regex("/account/enrol"));
        Assert.NotEqual(key, await reEnrol.EnrolKeyAsync());
        await PortalFixture.SecondStepAsync(reEnrol.Page, MfaUser);
        await Expect(reEnrol.Page.GetByTestId("current-user")).ToContainTextAsync("인증테스트");
    }

    [Fact]
    public async Task A_demo_account_signs_in_with_the_code_of_its_fixed_key_and_a_wrong_code_is_refused_with_the_one_message()
    {
        var signIn = new SignInPage(await portal.NewPageAsync());
        await signIn.SignInAsync("compliance", PortalFixture.DemoPassword);
        await Expect(signIn.Page).ToHaveURLAsync(new Regex("/account/login/code"));
        await portal.ScreenshotAsync(signIn.Page, "01f-mfa-code");
        await signIn.CheckAccessibilityAsync();

        await signIn.SubmitCodeAsync(WrongCode(Totp.DemoKeys["compliance"]));
        await Expect(signIn.Error).ToHaveTextAsync(SignInPage.Refused);
        await Expect(signIn.Page.GetByTestId("current-user")).ToHaveCountAsync(0);

        await signIn.SubmitCodeAsync(Totp.Code(Totp.DemoKeys["compliance"]));
        await Expect(signIn.Page.GetByTestId("current-user")).ToContainTextAsync("한준법");
    }

    [Fact]
    public async Task A_logout_post_without_the_antiforgery_token_is_refused_and_the_session_stays()
    {
        var page = await portal.SignedInPageAsync("agent2");
        var response = await page.APIRequest.PostAsync("/account/logout", new() { MaxRedirects = 0 });
        Assert.Equal(400, response.Status);

        await page.ReloadAsync();
        await Expect(page.GetByTestId("current-user")).ToContainTextAsync("이상담");

        // The real button (a form with the token) signs out.
        await PortalFixture.WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }
}
