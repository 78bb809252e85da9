using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// Re-authentication before money actions (issue 10 item 3): a fresh TOTP code, verified with Identity's real
/// authenticator provider against the actor's own account, lets that actor through for a short window
/// (<see cref="SignInSecurityOptions.StepUpMinutes"/>, 5 minutes by default, on the injected clock).
/// The verification is remembered per account in <see cref="StepUpRegistry"/> (a singleton), so the transfer-file
/// download, which runs outside the circuit, sees a code entered in the circuit.
/// </summary>
public class StepUp(
    IServiceScopeFactory scopeFactory, StepUpRegistry registry, TimeProvider clock, IOptions<SignInSecurityOptions> options, DbWriter writer)
{
    public const string Required = "OTP 재인증이 필요합니다. 인증 앱의 6자리 코드를 다시 입력하세요.";
    public const string WrongCode = "인증 코드가 올바르지 않습니다.";

    /// <summary>Verifies <paramref name="code"/> for the actor; true and remembered when right, false otherwise.</summary>
    public virtual async Task<bool> VerifyAsync(Actor actor, string? code)
    {
        var clean = Authenticator.CleanCode(code);
        if (clean.Length != 6 || !clean.All(char.IsAsciiDigit)) return false;
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(actor.Id);
        if (user is null || user.IsDisabled || !user.TwoFactorEnabled) return false;
        if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, clean))
        {
            await writer.ExecuteAsync((db, _) =>
            {
                db.Record(actor, clock.GetUtcNow(), "staff.stepup.refused", "StaffUser", actor.Id, reason: "인증 코드 오류");
                return Task.CompletedTask;
            });
            return false;
        }
        registry.Remember(actor.Id, clock.GetUtcNow());
        return true;
    }

    /// <summary>Whether the actor verified a code within the window.</summary>
    public bool IsFresh(Actor actor) =>
        registry.VerifiedAt(actor.Id) is { } at && clock.GetUtcNow() - at < options.Value.StepUpWindow && clock.GetUtcNow() >= at;

    /// <summary>Called first by every money command; refuses in Korean without a fresh verification.</summary>
    public virtual Task RequireAsync(Actor actor, string purpose)
    {
        if (!IsFresh(actor)) throw new ForbiddenException($"{Required} ({purpose})");
        return Task.CompletedTask;
    }

    /// <summary>Ends the window at once (sign-out, MFA reset).</summary>
    public void Forget(string actorId) => registry.Forget(actorId);
}

/// <summary>When each account last verified a step-up code (memory only: a restart asks again).</summary>
public sealed class StepUpRegistry
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _verified = new(StringComparer.Ordinal);

    public void Remember(string actorId, DateTimeOffset at) => _verified[actorId] = at;

    public DateTimeOffset? VerifiedAt(string actorId) => _verified.TryGetValue(actorId, out var at) ? at : null;

    public void Forget(string actorId) => _verified.TryRemove(actorId, out _);
}
