using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BackOffice.Web.Features.SignIn;

/// <summary>Where the sign-in goes after a step.</summary>
public enum SignInNext
{
    /// <summary>Refused: show <see cref="SignInService.Refused"/>.</summary>
    Refused,
    /// <summary>Password right, account enrolled: ask for the authenticator code.</summary>
    Code,
    /// <summary>Password right, no authenticator yet: enrol first.</summary>
    Enrol,
    /// <summary>Signed in.</summary>
    Done,
}

public sealed record SignInOutcome(SignInNext Next)
{
    public bool Succeeded => Next is not SignInNext.Refused;
    public string? Message => Next == SignInNext.Refused ? SignInService.Refused : null;
}

/// <summary>The key an account is enrolling with, as the enrolment page shows it.</summary>
public sealed record Enrolment(string UserName, string Key, string GroupedKey, string Uri, string QrDataUrl);

/// <summary>
/// Staff sign-in (issue 10 items 3 and 4): password, then an authenticator (TOTP) code or a recovery code; an
/// account without an authenticator enrols on the way in. Between the two steps the account id travels in
/// Identity's short-lived two-factor cookie. Every failure gives the same sentence (<see cref="Refused"/>) and is
/// audited with the remote address; wrong passwords and codes count towards a lockout of 15 minutes that doubles
/// on each repeat (<see cref="LockoutPolicy"/>), judged on the injected clock.
/// </summary>
public sealed class SignInService(
    SignInManager<StaffUser> signInManager, UserManager<StaffUser> userManager, DbWriter writer, TimeProvider clock,
    IHttpContextAccessor http, IOptions<SignInSecurityOptions> options, StepUpRegistry stepUps)
{
    /// <summary>The one sentence for every failure, so the screen never tells which accounts exist or why.</summary>
    public const string Refused = "로그인할 수 없습니다. 아이디, 비밀번호, 인증 코드를 확인하세요.";

    public const string AmrClaim = "amr";
    public const string MustChangePasswordClaim = "must_change_password";
    private const string TokenProvider = "BackOffice";
    private const string LockoutCountToken = "LockoutCount";
    private const string EntityType = "StaffUser";
    private const int TypedIdInAudit = 32;

    private HttpContext Http => http.HttpContext ?? throw new InvalidOperationException("Sign-in runs in a request.");

    /// <summary>Step 1: the password. Leaves the two-factor cookie when right.</summary>
    public async Task<SignInOutcome> PasswordAsync(string userName, string password)
    {
        var user = await userManager.FindByNameAsync(userName);
        if (user is null)
        {
            // No account: the audit names the typed id (cut short), never the password.
            await AuditAsync(null, "staff.signin.refused", "없는 아이디", userName.Length > TypedIdInAudit ? userName[..TypedIdInAudit] : userName);
            return new(SignInNext.Refused);
        }
        if (await RefusedBeforeCheckAsync(user)) return new(SignInNext.Refused);
        if (!await userManager.CheckPasswordAsync(user, password))
        {
            await FailAsync(user, "비밀번호 오류");
            return new(SignInNext.Refused);
        }

        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        await Http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
        return new(await IsEnrolledAsync(user) ? SignInNext.Code : SignInNext.Enrol);
    }

    /// <summary>Step 2: a 6-digit authenticator code, or one of the recovery codes.</summary>
    public async Task<SignInOutcome> CodeAsync(string? code, bool recovery)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null || await RefusedBeforeCheckAsync(user)) return new(SignInNext.Refused);
        if (!await IsEnrolledAsync(user)) return new(SignInNext.Enrol);

        bool right;
        if (recovery)
        {
            var clean = (code ?? "").Trim().ToUpperInvariant();
            right = clean.Length > 0 && (await userManager.RedeemTwoFactorRecoveryCodeAsync(user, clean)).Succeeded;
        }
        else
        {
            right = await VerifyTotpAsync(user, code);
        }
        if (!right)
        {
            await FailAsync(user, recovery ? "복구 코드 오류" : "인증 코드 오류");
            return new(SignInNext.Refused);
        }
        await CompleteAsync(user, recovery ? "staff.signin.recovery" : "staff.signin",
            recovery ? $"복구 코드 사용 (남은 코드 {await userManager.CountRecoveryCodesAsync(user)}개)" : null);
        return new(SignInNext.Done);
    }

    /// <summary>The key the pending account enrols with (made on first view, the same on a reload); null when there is nothing to enrol.</summary>
    public async Task<Enrolment?> EnrolmentAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.IsDisabled || IsLocked(user) || await IsEnrolledAsync(user)) return null;
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        }
        var uri = Authenticator.Uri(user.UserName!, key);
        return new Enrolment(user.UserName!, key, Authenticator.Grouped(key), uri, Authenticator.QrDataUrl(uri));
    }

    /// <summary>Confirms the enrolment with a code from the new authenticator; signs in and returns the recovery codes (shown once).</summary>
    public async Task<IReadOnlyList<string>?> CompleteEnrolmentAsync(string? code)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null || await RefusedBeforeCheckAsync(user) || await IsEnrolledAsync(user)) return null;
        if (string.IsNullOrEmpty(await userManager.GetAuthenticatorKeyAsync(user)) || !await VerifyTotpAsync(user, code))
        {
            await FailAsync(user, "등록 확인 코드 오류");
            return null;
        }
        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount))?.ToList() ?? [];
        await AuditAsync(user, "staff.mfa.enrol", null, user.Id);
        await CompleteAsync(user, "staff.signin", "인증 앱 등록");
        return codes;
    }

    /// <summary>Staff change their own password (also what MustChangePassword asks for). Returns a Korean problem, or null when done.</summary>
    public async Task<string?> ChangePasswordAsync(string currentPassword, string newPassword, string confirmation)
    {
        var user = await userManager.GetUserAsync(Http.User);
        if (user is null || user.IsDisabled) return "로그인이 필요합니다.";
        if (newPassword != confirmation) return "새 비밀번호와 확인이 다릅니다.";
        if (PasswordPolicy.Problem(newPassword, user.UserName) is { } problem) return problem;
        if (newPassword == currentPassword) return "현재 비밀번호와 다른 비밀번호를 입력하세요.";
        var changed = await userManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await AuditAsync(user, "staff.password.refused", "현재 비밀번호 오류", user.Id);
                return "현재 비밀번호가 올바르지 않습니다.";
            }
            return StaffRules.Describe(changed.Errors);
        }
        var wasForced = user.MustChangePassword;
        if (wasForced)
        {
            user.MustChangePassword = false;
            await userManager.UpdateAsync(user);
        }
        await AuditAsync(user, "staff.password", wasForced ? "첫 로그인 변경" : null, user.Id);
        // A new cookie without the must-change claim and with the new security stamp (other sessions end).
        await signInManager.RefreshSignInAsync(user);
        return null;
    }

    public async Task SignOutAsync()
    {
        var id = userManager.GetUserId(Http.User);
        if (id is not null) stepUps.Forget(id);
        await signInManager.SignOutAsync();
    }

    private Task<bool> IsEnrolledAsync(StaffUser user) => IsEnrolledAsync(userManager, user);

    public static async Task<bool> IsEnrolledAsync(UserManager<StaffUser> users, StaffUser user) =>
        user.TwoFactorEnabled && !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user));

    private async Task<bool> VerifyTotpAsync(StaffUser user, string? code)
    {
        var clean = Authenticator.CleanCode(code);
        return clean.Length == 6 && clean.All(char.IsAsciiDigit)
            && await userManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, clean);
    }

    private bool IsLocked(StaffUser user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();

    private async Task<bool> RefusedBeforeCheckAsync(StaffUser user)
    {
        if (user.IsDisabled)
        {
            await AuditAsync(user, "staff.signin.refused", "사용 중지된 계정", user.Id);
            return true;
        }
        if (IsLocked(user))
        {
            await AuditAsync(user, "staff.signin.refused", "잠긴 계정", user.Id);
            return true;
        }
        return false;
    }

    /// <summary>Counts a wrong password or code; the fifth in a row locks the account for the doubling time.</summary>
    private async Task FailAsync(StaffUser user, string reason)
    {
        var settings = options.Value;
        user.AccessFailedCount++;
        if (user.AccessFailedCount < settings.MaxFailedAttempts)
        {
            await userManager.UpdateAsync(user);
            await AuditAsync(user, "staff.signin.refused", $"{reason} ({user.AccessFailedCount}회)", user.Id);
            return;
        }
        var previous = int.TryParse(await userManager.GetAuthenticationTokenAsync(user, TokenProvider, LockoutCountToken), CultureInfo.InvariantCulture, out var n) ? n : 0;
        var lockoutNumber = previous + 1;
        var duration = LockoutPolicy.Duration(settings.LockoutBase, lockoutNumber);
        user.AccessFailedCount = 0;
        user.LockoutEnd = clock.GetUtcNow() + duration;
        await userManager.SetAuthenticationTokenAsync(user, TokenProvider, LockoutCountToken, lockoutNumber.ToString(CultureInfo.InvariantCulture));
        await userManager.UpdateSecurityStampAsync(user);
        await AuditAsync(user, "staff.signin.refused", $"{reason} ({settings.MaxFailedAttempts}회)", user.Id);
        await AuditAsync(user, "staff.locked", $"{settings.MaxFailedAttempts}회 연속 실패: {lockoutNumber}번째 잠금, {duration.TotalMinutes:0}분", user.Id);
    }

    private async Task CompleteAsync(StaffUser user, string action, string? reason)
    {
        if (user.AccessFailedCount != 0 || user.LockoutEnd is not null)
        {
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
            await userManager.UpdateAsync(user);
        }
        await userManager.RemoveAuthenticationTokenAsync(user, TokenProvider, LockoutCountToken);
        await Http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AmrClaim, "mfa")]);
        await AuditAsync(user, action, reason, user.Id);
    }

    /// <summary>Every sign-in event with the remote address; an unknown id is recorded as typed (cut short), never a password.</summary>
    private Task AuditAsync(StaffUser? user, string action, string? reason, string entityId)
    {
        var address = Http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var actor = user is null
            ? new Actor("anonymous", "(알 수 없는 아이디)", new HashSet<string>())
            : new Actor(user.Id, user.DisplayName, new HashSet<string>());
        return writer.ExecuteAsync((db, _) =>
        {
            db.Record(actor, clock.GetUtcNow(), action, EntityType, entityId,
                after: new { remoteAddress = address, userName = user?.UserName ?? entityId }, reason: reason);
            return Task.CompletedTask;
        });
    }
}
