using Microsoft.AspNetCore.Identity;

namespace BackOffice.Web.Features.SignIn;

public sealed record SignInOutcome(bool Succeeded, string? Message);

/// <summary>Password sign-in with lockout after five failures, refusal of disabled accounts, and an audit record.</summary>
public sealed class SignInService(
    SignInManager<StaffUser> signInManager, UserManager<StaffUser> userManager, DbWriter writer, TimeProvider clock)
{
    private const string Invalid = "아이디 또는 비밀번호가 올바르지 않습니다.";

    public async Task<SignInOutcome> PasswordSignInAsync(string userName, string password)
    {
        var user = await userManager.FindByNameAsync(userName);
        if (user is null) return new SignInOutcome(false, Invalid);
        if (user.IsDisabled)
        {
            await AuditAsync(user, "staff.signin.refused", "비활성화된 계정");
            return new SignInOutcome(false, "사용이 중지된 계정입니다. 시스템 관리자에게 문의하세요.");
        }

        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await AuditAsync(user, "staff.signin", null);
            return new SignInOutcome(true, null);
        }
        if (result.IsLockedOut)
        {
            await AuditAsync(user, "staff.locked", "비밀번호 5회 오류");
            return new SignInOutcome(false, "비밀번호를 5회 잘못 입력하여 계정이 잠겼습니다. 시스템 관리자에게 잠금 해제를 요청하세요.");
        }
        // The same sentence as for an unknown id: the screen must not tell which ids exist.
        return new SignInOutcome(false, Invalid);
    }

    private Task AuditAsync(StaffUser user, string action, string? reason) =>
        writer.ExecuteAsync((db, _) =>
        {
            db.Record(new Actor(user.Id, user.DisplayName, new HashSet<string>()), clock.GetUtcNow(), action, "StaffUser", user.Id, reason: reason);
            return Task.CompletedTask;
        });
}
