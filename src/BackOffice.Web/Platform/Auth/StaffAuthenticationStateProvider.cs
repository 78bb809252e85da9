using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// Re-checks the signed-in staff member on an interval (30 s by default): a disabled or locked account, or
/// one whose security stamp changed (roles, password), loses its open circuits within a minute. So does a session
/// past its idle or absolute limit (<see cref="SessionActivity"/>): the open screen goes to the sign-in page.
/// </summary>
public sealed class StaffAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, TimeSpan interval)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsCurrentAsync(authenticationState);

    /// <summary>The revalidation check: the session within its limits, the account enabled and unchanged.</summary>
    public async Task<bool> IsCurrentAsync(AuthenticationState authenticationState)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        // Registered by AddSessionLimits (the portal); hosts without it (the service tests) skip the session rule.
        var sessions = scope.ServiceProvider.GetService<SessionActivity>();
        if (sessions is not null && sessions.StateOf(authenticationState.User) != SessionState.Active) return false;
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var stampClaimType = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        return await IsStillValidAsync(userManager, authenticationState.User, stampClaimType);
    }

    public static async Task<bool> IsStillValidAsync(UserManager<StaffUser> userManager, ClaimsPrincipal principal, string stampClaimType)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null || user.IsDisabled || await userManager.IsLockedOutAsync(user)) return false;
        if (!userManager.SupportsUserSecurityStamp) return true;
        var principalStamp = principal.FindFirstValue(stampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user);
        return principalStamp == userStamp;
    }
}
