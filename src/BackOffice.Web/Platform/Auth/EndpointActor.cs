using Microsoft.AspNetCore.Components.Authorization;

namespace BackOffice.Web.Platform.Auth;

public static class EndpointActor
{
    /// <summary>
    /// Outside a circuit nobody has told the authentication state who is asking: a plain HTTP endpoint (a file download)
    /// hands it the request's user, so the services check roles exactly as they do for the interactive screens.
    /// </summary>
    public static void UseRequestUser(this AuthenticationStateProvider authentication, HttpContext http)
    {
        if (authentication is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
    }
}
