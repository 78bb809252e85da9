using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Staff;

/// <summary>
/// Admin reset of a staff member's authenticator (issue 10 item 3): the key and recovery codes are removed, MFA is
/// off until the account enrols again at its next sign-in, its open sessions end (new security stamp), and the
/// reset is audited with its reason, in one transaction.
/// </summary>
public sealed class StaffMfaService(
    IServiceScopeFactory scopeFactory, WriteGate gate, CurrentActor currentActor, TimeProvider clock, StepUpRegistry stepUps)
{
    public const int MinReasonLength = 5;
    public const int MaxReasonLength = 200;

    public static string? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < MinReasonLength ? $"초기화 사유를 {MinReasonLength}자 이상 입력하세요."
        : reason.Trim().Length > MaxReasonLength ? $"사유는 {MaxReasonLength}자 이내로 입력하세요."
        : null;

    public async Task ResetAsync(string userId, string reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageStaff);
        if (ReasonProblem(reason) is { } problem) throw new BusinessRuleException(problem);
        if (string.IsNullOrWhiteSpace(userId)) throw new BusinessRuleException("직원 계정을 선택하세요.");
        if (userId == actor.Id) throw new BusinessRuleException("자기 자신의 인증 앱은 초기화할 수 없습니다. 다른 시스템 관리자에게 요청하세요.");

        using (await gate.EnterAsync(ct))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var user = await users.FindByIdAsync(userId) ?? throw new BusinessRuleException("직원 계정을 찾을 수 없습니다.");
                var hadKey = !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user));
                if (!hadKey && !user.TwoFactorEnabled) throw new BusinessRuleException("인증 앱이 등록되지 않은 계정입니다.");
                var recoveryLeft = await users.CountRecoveryCodesAsync(user);
                await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
                await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
                user.TwoFactorEnabled = false;
                var result = await users.UpdateSecurityStampAsync(user);
                if (!result.Succeeded) throw new BusinessRuleException(StaffRules.Describe(result.Errors));
                db.Record(actor, clock.GetUtcNow(), "staff.mfa.reset", "StaffUser", user.Id,
                    before: new { twoFactorEnabled = true, authenticator = hadKey, recoveryCodesLeft = recoveryLeft },
                    after: new { twoFactorEnabled = false, authenticator = false, recoveryCodesLeft = 0 },
                    reason: reason.Trim());
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                stepUps.Forget(user.Id);
            }
            catch (DbUpdateException)
            {
                throw new BusinessRuleException("다른 사용자가 동시에 이 계정을 변경했습니다. 목록을 새로 고친 뒤 다시 시도하세요.");
            }
        }
    }
}
