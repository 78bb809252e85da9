using Microsoft.AspNetCore.Identity;

namespace BackOffice.Web.Platform.Auth;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post with an antiforgery token, so a link on another site cannot sign staff out.
        endpoints.MapPost("/account/logout", async (SignInManager<StaffUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }
}
