using Microsoft.AspNetCore.Antiforgery;

namespace BackOffice.Web.Platform.Auth;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post with an antiforgery token, so a link or form on another site cannot sign staff out:
        // a post without a valid token is refused with 400 (issue 10 item 4).
        endpoints.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery, SignInService signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Text("요청을 확인할 수 없습니다. 화면을 새로 고친 뒤 다시 로그아웃하세요.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            await signIn.SignOutAsync();
            return Results.LocalRedirect(SignInPaths.Login);
        }).DisableAntiforgery();
    }

    /// <summary>
    /// An account flagged <see cref="StaffUser.MustChangePassword"/> (its cookie carries the claim) reaches only the
    /// account pages and static files until it has chosen its own password; a page request goes to
    /// <see cref="SignInPaths.Password"/>, anything else (the circuit hub, downloads) is refused.
    /// </summary>
    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(SignInService.MustChangePasswordClaim, "true") && !MayPassBeforePasswordChange(context.Request.Path))
            {
                if (HttpMethods.IsGet(context.Request.Method))
                    context.Response.Redirect(SignInPaths.Password);
                else
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next(context);
        });

    public static bool MayPassBeforePasswordChange(PathString path)
    {
        if (path.StartsWithSegments("/account") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")) return true;
        var value = path.Value ?? "";
        var last = value[(value.LastIndexOf('/') + 1)..];
        return last.Contains('.', StringComparison.Ordinal);
    }
}
