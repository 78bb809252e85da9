using System.Security.Cryptography;

namespace BackOffice.Web.Platform;

/// <summary>
/// Security headers on every response (issue 10 item 8, ASVS 5.0 V3.4): a Content-Security-Policy fit for Blazor Server
/// and MudBlazor, nosniff, no referrer, no framing, no powerful browser features.
/// <list type="bullet">
/// <item>Scripts only from the portal; the one inline script (Blazor's import map) carries a per-response nonce
/// (<see cref="Nonce"/>, rendered by App.razor).</item>
/// <item>Styles: MudBlazor sets inline <c>style</c> attributes, so <c>'unsafe-inline'</c> for styles only.</item>
/// <item>Connections: <c>'self'</c> covers the Blazor WebSocket to the same host and port.</item>
/// </list>
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "BackOffice.CspNonce";

    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>The nonce of this response's Content-Security-Policy, for an inline script.</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
}
