using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BackOffice.Tests.SignIn;

/// <summary>
/// The real SignInService, UserManager and cookie handlers on a real database: each call runs as one HTTP request
/// (its own scope and HttpContext), the cookies the response sets are sent with the next request like a browser does.
/// </summary>
public class SignInServiceTests
{
    private const string Password = "a-long-staff-passphrase";
    private const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static TheoryData<string> Providers => TestDatabase.Providers();

    private sealed class Browser(Harness h, string address = "203.0.113.7")
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public bool Has(string cookieName) => _cookies.ContainsKey(cookieName);
        public bool SignedIn => Has("backoffice.auth");

        public async Task<T> RequestAsync<T>(Func<SignInService, Task<T>> call)
        {
            await using var scope = h.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Scheme = "https";
            context.Request.Host = new HostString("backoffice.test");
            context.Request.Headers.Cookie = string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
            var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = context;
            try
            {
                var result = await call(scope.ServiceProvider.GetRequiredService<SignInService>());
                foreach (var header in SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.Select(v => v ?? "").ToList()))
                {
                    if (header.Expires is { } expires && expires < DateTimeOffset.UtcNow || header.Value.Length == 0)
                        _cookies.Remove(header.Name.ToString());
                    else
                        _cookies[header.Name.ToString()] = header.Value.ToString();
                }
                return result;
            }
            finally
            {
                accessor.HttpContext = null;
            }
        }

        public Task<SignInOutcome> PasswordAsync(string user, string password) => RequestAsync(s => s.PasswordAsync(user, password));
        public Task<SignInOutcome> CodeAsync(string? code, bool recovery = false) => RequestAsync(s => s.CodeAsync(code, recovery));
    }

    private static async Task<StaffUser> NewUserAsync(Harness h, string userName, bool enrolled = true, bool mustChange = false)
    {
        await using var scope = h.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = userName, DisplayName = "시험직원", CreatedAt = h.Clock.GetUtcNow(), MustChangePassword = mustChange };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (enrolled) await DemoStaff.EnsureAuthenticatorAsync(scope.ServiceProvider, users, user, Key);
        return user;
    }

    private static string WrongCode()
    {
        var accepted = new[] { -30, 0, 30 }.Select(s => Totp.Code(Key, DateTimeOffset.UtcNow.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
    }

    private static async Task<List<AuditRecord>> AuditAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return await db.AuditRecords.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Password_then_code_signs_in_and_a_wrong_code_or_no_password_step_does_not(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await NewUserAsync(h, "mfauser01");
        var browser = new Browser(h);

        // The code step without the password step: nobody to sign in.
        Assert.Equal(SignInNext.Refused, (await browser.CodeAsync(Totp.Code(Key))).Next);

        Assert.Equal(SignInNext.Code, (await browser.PasswordAsync("mfauser01", Password)).Next);
        Assert.True(browser.Has("Identity.TwoFactorUserId"));
        Assert.False(browser.SignedIn);

        var wrong = await browser.CodeAsync(WrongCode());
        Assert.Equal((SignInNext.Refused, SignInService.Refused), (wrong.Next, wrong.Message));
        Assert.False(browser.SignedIn);

        Assert.Equal(SignInNext.Done, (await browser.CodeAsync(Totp.Code(Key))).Next);
        Assert.True(browser.SignedIn);
        Assert.False(browser.Has("Identity.TwoFactorUserId"));

        var audit = await AuditAsync(h);
        Assert.Equal(["staff.signin.refused", "staff.signin"], audit.Select(a => a.Action));
        Assert.Equal("인증 코드 오류 (1회)", audit[0].Reason);
        Assert.All(audit, a => Assert.Contains("203.0.113.7", a.After));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_failure_gives_the_one_message_and_is_audited_with_the_address_and_never_the_password(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var disabled = await NewUserAsync(h, "mfauser02");
        await NewUserAsync(h, "mfauser03");
        await using (var db = await h.DbAsync())
        {
            await db.Users.Where(u => u.Id == disabled.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
        }
        var browser = new Browser(h, "198.51.100.23");
        var typedId = "nobody-" + new string('x', 60);

        var outcomes = new[]
        {
            await browser.PasswordAsync(typedId, "secret-typed-password"),
            await browser.PasswordAsync("mfauser03", "secret-typed-password"),
            await browser.PasswordAsync("mfauser02", Password),
        };
        Assert.All(outcomes, o => Assert.Equal((SignInNext.Refused, SignInService.Refused), (o.Next, o.Message)));

        var audit = await AuditAsync(h);
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal("staff.signin.refused", a.Action));
        Assert.Equal(["없는 아이디", "비밀번호 오류 (1회)", "사용 중지된 계정"], audit.Select(a => a.Reason));
        Assert.Equal(typedId[..32], audit[0].EntityId);
        Assert.All(audit, a => Assert.Contains("198.51.100.23", a.After));
        Assert.All(audit, a => Assert.DoesNotContain("secret-typed-password", a.After + a.Before + a.Reason));
        Assert.All(audit, a => Assert.DoesNotContain(Password, a.After + a.Before + a.Reason));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Five_failures_lock_for_fifteen_minutes_then_thirty_on_the_next_lockout_with_the_same_message(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await NewUserAsync(h, "mfauser04");
        var browser = new Browser(h);

        async Task FailFiveAsync()
        {
            // Wrong passwords and wrong codes count together.
            for (var i = 0; i < 3; i++) await browser.PasswordAsync("mfauser04", "wrong-password-" + i);
            Assert.Equal(SignInNext.Code, (await browser.PasswordAsync("mfauser04", Password)).Next);
            await browser.CodeAsync(WrongCode());
            await browser.CodeAsync(WrongCode());
        }

        await FailFiveAsync();
        Assert.Equal(SignInService.Refused, (await browser.PasswordAsync("mfauser04", Password)).Message);
        h.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(SignInNext.Refused, (await browser.PasswordAsync("mfauser04", Password)).Next);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SignInNext.Code, (await browser.PasswordAsync("mfauser04", Password)).Next);

        await FailFiveAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(SignInNext.Refused, (await browser.PasswordAsync("mfauser04", Password)).Next);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SignInNext.Code, (await browser.PasswordAsync("mfauser04", Password)).Next);
        Assert.Equal(SignInNext.Done, (await browser.CodeAsync(Totp.Code(Key))).Next);

        var locks = (await AuditAsync(h)).Where(a => a.Action == "staff.locked").Select(a => a.Reason).ToList();
        Assert.Equal(["5회 연속 실패: 1번째 잠금, 15분", "5회 연속 실패: 2번째 잠금, 30분"], locks);
        Assert.Contains(await AuditAsync(h), a => a.Action == "staff.signin.refused" && a.Reason == "잠긴 계정");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_account_without_an_authenticator_enrols_then_gets_ten_recovery_codes_that_work_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await NewUserAsync(h, "mfauser05", enrolled: false);
        var browser = new Browser(h);

        Assert.Equal(SignInNext.Enrol, (await browser.PasswordAsync("mfauser05", Password)).Next);
        var enrolment = await browser.RequestAsync(s => s.EnrolmentAsync());
        Assert.NotNull(enrolment);
        Assert.Equal(enrolment.Key, (await browser.RequestAsync(s => s.EnrolmentAsync()))!.Key); // the same key on a reload
        Assert.Equal($"otpauth://totp/BackOffice:mfauser05?secret={enrolment.Key}&issuer=BackOffice&digits=6", enrolment.Uri);

        Assert.Null(await browser.RequestAsync(s => s.CompleteEnrolmentAsync(WrongCode())));
        Assert.False(browser.SignedIn);
        var codes = await browser.RequestAsync(s => s.CompleteEnrolmentAsync(Totp.Code(enrolment.Key)));
        Assert.NotNull(codes);
        Assert.Equal(10, codes.Count);
        Assert.True(browser.SignedIn);

        var second = new Browser(h);
        Assert.Equal(SignInNext.Code, (await second.PasswordAsync("mfauser05", Password)).Next);
        Assert.Equal(SignInNext.Done, (await second.CodeAsync(codes[0].ToLowerInvariant(), recovery: true)).Next);

        var third = new Browser(h);
        await third.PasswordAsync("mfauser05", Password);
        Assert.Equal(SignInNext.Refused, (await third.CodeAsync(codes[0], recovery: true)).Next);

        var audit = await AuditAsync(h);
        Assert.Contains(audit, a => a.Action == "staff.mfa.enrol");
        Assert.Contains(audit, a => a.Action == "staff.signin.recovery" && a.Reason == "복구 코드 사용 (남은 코드 9개)");
        Assert.Contains(audit, a => a.Action == "staff.signin.refused" && a.Reason == "복구 코드 오류 (1회)");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_admin_reset_turns_mfa_off_with_a_reason_in_the_audit_and_the_next_sign_in_enrols_again(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var user = await NewUserAsync(h, "mfauser06");
        h.Actor.Current = TestActor.Admin;
        var mfa = h.Get<StaffMfaService>();

        Assert.Equal("초기화 사유를 5자 이상 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => mfa.ResetAsync(user.Id, "분실"))).Message);
        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => mfa.ResetAsync(user.Id, "휴대폰 분실 확인"));
        h.Actor.Current = TestActor.Admin;
        await mfa.ResetAsync(user.Id, "휴대폰 분실 확인");
        Assert.Equal("인증 앱이 등록되지 않은 계정입니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => mfa.ResetAsync(user.Id, "휴대폰 분실 확인"))).Message);

        var audit = Assert.Single(await AuditAsync(h), a => a.Action == "staff.mfa.reset");
        Assert.Equal(("admin-id", user.Id, "휴대폰 분실 확인"), (audit.ActorId, audit.EntityId, audit.Reason));

        var browser = new Browser(h);
        Assert.Equal(SignInNext.Enrol, (await browser.PasswordAsync("mfauser06", Password)).Next);
        Assert.NotEqual(Key, (await browser.RequestAsync(s => s.EnrolmentAsync()))!.Key);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Staff_change_their_own_password_and_must_change_is_cleared(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await NewUserAsync(h, "mfauser07", mustChange: true);
        var browser = new Browser(h);
        await browser.PasswordAsync("mfauser07", Password);
        await browser.CodeAsync(Totp.Code(Key));
        Assert.True(browser.SignedIn);

        // The cookie carries the must-change claim; the change page runs as the signed-in user.
        async Task<string?> ChangeAsync(string current, string next, string confirm) =>
            await browser.RequestAsync(async s =>
            {
                var http = h.Get<IHttpContextAccessor>().HttpContext!;
                var auth = await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.AuthenticateAsync(http, IdentityConstants.ApplicationScheme);
                http.User = auth.Principal!;
                return await s.ChangePasswordAsync(current, next, confirm);
            });

        Assert.Equal("현재 비밀번호가 올바르지 않습니다.", await ChangeAsync("not-my-password", "my own new passphrase", "my own new passphrase"));
        Assert.Equal("널리 쓰이는 비밀번호라 사용할 수 없습니다. 다른 비밀번호를 입력하세요.", await ChangeAsync(Password, "password1234", "password1234"));
        Assert.Equal("아이디가 들어간 비밀번호는 사용할 수 없습니다.", await ChangeAsync(Password, "mfauser07-forever", "mfauser07-forever"));
        Assert.Equal("새 비밀번호와 확인이 다릅니다.", await ChangeAsync(Password, "my own new passphrase", "my own new passphrase!"));
        Assert.Null(await ChangeAsync(Password, "my own new passphrase", "my own new passphrase"));

        await using var db = await h.DbAsync();
        Assert.False(await db.Users.Where(u => u.UserName == "mfauser07").Select(u => u.MustChangePassword).SingleAsync());
        Assert.Contains(await AuditAsync(h), a => a.Action == "staff.password" && a.Reason == "첫 로그인 변경");
        Assert.Equal(SignInNext.Code, (await new Browser(h).PasswordAsync("mfauser07", "my own new passphrase")).Next);
    }
}
