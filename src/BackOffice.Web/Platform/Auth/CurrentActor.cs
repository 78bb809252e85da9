using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// The actor of the current circuit as the server authenticated it. Services ask it on every command and
/// check the role themselves, so hiding a button is never the only guard.
/// </summary>
public class CurrentActor(AuthenticationStateProvider authenticationState)
{
    public virtual async Task<Actor> GetAsync()
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        return FromPrincipal(state.User);
    }

    public static Actor FromPrincipal(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            throw new ForbiddenException("로그인이 필요합니다.");
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new ForbiddenException("로그인이 필요합니다.");
        var name = user.FindFirstValue(IdentitySetup.DisplayNameClaim) ?? user.Identity.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new Actor(id, name, roles);
    }
}
