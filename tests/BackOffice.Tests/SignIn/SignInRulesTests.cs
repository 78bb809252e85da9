using Microsoft.AspNetCore.Http;

namespace BackOffice.Tests.SignIn;

/// <summary>Issue 10 items 3 and 4 as table-driven rules.</summary>
public class SignInRulesTests
{
    /// <summary>Item 4 "lockout for 15 minutes, doubling on repeat" (capped at 30 days).</summary>
    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(4, 120)]
    [InlineData(10, 7680)]
    [InlineData(12, 30720)] // 15 × 2^11 minutes, still under the 30-day cap (43,200 minutes)
    [InlineData(13, 43200)]
    [InlineData(1000, 43200)]
    [InlineData(0, 15)]
    public void A_lockout_lasts_fifteen_minutes_and_doubles_on_each_repeat_up_to_the_cap(int lockoutNumber, double minutes)
        => Assert.Equal(minutes, LockoutPolicy.Duration(TimeSpan.FromMinutes(15), lockoutNumber).TotalMinutes);

    /// <summary>Item 4 "12+ characters, checked against a list of common passwords that the project ships"; not the user name.</summary>
    [Theory]
    [InlineData("", "kim01", "새 비밀번호를 입력하세요.")]
    [InlineData("short-pass", "kim01", "비밀번호는 12자 이상이어야 합니다.")]
    [InlineData("password1234", "kim01", "널리 쓰이는 비밀번호라 사용할 수 없습니다. 다른 비밀번호를 입력하세요.")]
    [InlineData("PASSWORD1234", "kim01", "널리 쓰이는 비밀번호라 사용할 수 없습니다. 다른 비밀번호를 입력하세요.")]
    [InlineData("qwertyuiop123", "kim01", "널리 쓰이는 비밀번호라 사용할 수 없습니다. 다른 비밀번호를 입력하세요.")]
    [InlineData("123456789012", "kim01", "널리 쓰이는 비밀번호라 사용할 수 없습니다. 다른 비밀번호를 입력하세요.")]
    [InlineData("backoffice2026", "kim01", "널리 쓰이는 비밀번호라 사용할 수 없습니다. 다른 비밀번호를 입력하세요.")]
    [InlineData("financeuser-2026!", "financeuser", "아이디가 들어간 비밀번호는 사용할 수 없습니다.")]
    [InlineData("aaaaaaaaaaab", "kim01", "비밀번호에 서로 다른 문자를 더 많이 사용하세요.")]
    [InlineData("봄비가 내리는 인천 부두", "kim01", null)]
    [InlineData("correct-horse-battery-staple", "kim01", null)]
    public void A_new_password_needs_twelve_characters_not_common_and_not_the_user_name(string password, string userName, string? problem) =>
        Assert.Equal(problem, PasswordPolicy.Problem(password, userName));

    [Fact]
    public void The_shipped_common_password_list_has_ten_thousand_entries_and_not_the_demo_password()
    {
        Assert.Equal(10_000, PasswordPolicy.CommonCount);
        Assert.False(PasswordPolicy.IsCommon(DemoStaff.Password));
    }

    /// <summary>Item 3: the enrolment URI is the one authenticator apps read; the key is shown in groups of four.</summary>
    [Fact]
    public void The_enrolment_uri_names_the_issuer_and_user_and_the_key_is_grouped_for_typing()
    {
        Assert.Equal("otpauth://totp/BackOffice:kim01?secret=JBSWY3DPEHPK3PXP&issuer=BackOffice&digits=6", Authenticator.Uri("kim01", "JBSWY3DPEHPK3PXP"));
        Assert.Equal("jbsw y3dp ehpk 3pxp", Authenticator.Grouped("JBSWY3DPEHPK3PXP"));
        Assert.StartsWith("data:image/png;base64,", Authenticator.QrDataUrl(Authenticator.Uri("kim01", "JBSWY3DPEHPK3PXP")));
    }

    /// <summary>RFC 6238 appendix B (SHA-1 seed "12345678901234567890", last 6 digits), to trust the tests' code helper.</summary>
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void The_test_code_helper_matches_the_rfc_6238_vectors(long unixSeconds, string code) =>
        Assert.Equal(code, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Theory]
    [InlineData(null, "인증 코드를 입력하세요.")]
    [InlineData("  ", "인증 코드를 입력하세요.")]
    [InlineData("12345", "인증 코드는 숫자 6자리입니다.")]
    [InlineData("12a456", "인증 코드는 숫자 6자리입니다.")]
    [InlineData("123 456", null)]
    [InlineData("123456", null)]
    public void The_code_dialog_checks_six_digits_before_asking_the_server(string? code, string? problem) =>
        Assert.Equal(problem, StepUpRules.CodeProblem(code));

    /// <summary>Item 4: an account that must change its password reaches only the account pages and static files.</summary>
    [Theory]
    [InlineData("/account/password", true)]
    [InlineData("/account/logout", true)]
    [InlineData("/_framework/blazor.web.js", true)]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", true)]
    [InlineData("/app.css", true)]
    [InlineData("/", false)]
    [InlineData("/members", false)]
    [InlineData("/_blazor", false)]
    [InlineData("/refunds/payouts/P-1/file", false)]
    public void Must_change_password_lets_only_account_pages_and_files_through(string path, bool passes) =>
        Assert.Equal(passes, AccountEndpoints.MayPassBeforePasswordChange(new PathString(path)));
}
