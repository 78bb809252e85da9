using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// Session limits for the staff cookie and the open screens (issue 10 item 5): the cookie is <c>Secure</c> outside
/// Development (SameAsRequest in Development so http://localhost works), HttpOnly and SameSite=Strict; each sign-in is
/// stamped with its time and a random session id; the cookie is refused past the idle or absolute limit
/// (<see cref="SessionLimits"/>), and open circuits end through <see cref="StaffAuthenticationStateProvider"/>.
/// Call after <see cref="IdentitySetup.AddStaffIdentity"/>.
/// </summary>
public static class SessionSetup
{
    public static IServiceCollection AddSessionLimits(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var limits = SessionLimitOptions.From(configuration);
        services.AddSingleton(limits);
        services.AddSingleton<SessionActivity>();
        services.AddScoped<CircuitHandler, SessionCircuitHandler>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // The cookie lives at most as long as the absolute limit; idleness is judged from the activity record, not
            // by sliding the cookie (a user working on one Blazor screen sends no HTTP requests to slide it).
            options.ExpireTimeSpan = limits.Absolute;
            options.SlidingExpiration = false;

            var signingIn = options.Events.OnSigningIn;
            options.Events.OnSigningIn = async context =>
            {
                Stamp(context);
                await signingIn(context);
            };
            var validate = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                if (!await CheckAsync(context)) return;
                await validate(context);
            };
        });
        // The security-stamp check rebuilds the principal from the database: keep the session claims.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            var refreshing = options.OnRefreshingPrincipal;
            options.OnRefreshingPrincipal = async context =>
            {
                CopySessionClaims(context.CurrentPrincipal, context.NewPrincipal);
                if (refreshing is not null) await refreshing(context);
            };
        });
        return services;
    }

    /// <summary>
    /// A new sign-in gets a new session id and start time; a re-issue of the same session (password change, role
    /// change: <c>RefreshSignInAsync</c> keeps the cookie's properties) keeps them, so it does not reset the limits.
    /// </summary>
    private static void Stamp(CookieSigningInContext context)
    {
        var items = context.Properties.Items;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionActivity>();
        if (!items.TryGetValue(SessionLimits.IdClaim, out var id) || id is null ||
            SessionLimits.Parse(items.TryGetValue(SessionLimits.StartedClaim, out var started) ? started : null) is null)
        {
            id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            items[SessionLimits.IdClaim] = id;
            items[SessionLimits.StartedClaim] = SessionLimits.Format(clock.GetUtcNow());
            sessions.Start(id);
        }
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            foreach (var type in new[] { SessionLimits.IdClaim, SessionLimits.StartedClaim })
            {
                foreach (var old in identity.FindAll(type).ToList()) identity.RemoveClaim(old);
                identity.AddClaim(new Claim(type, items[type]!));
            }
        }
    }

    /// <summary>Refuses (and signs out) a cookie past either limit; otherwise the request counts as activity.</summary>
    private static async Task<bool> CheckAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionActivity>();
        var principal = context.Principal;
        var id = principal is null ? null : SessionLimits.SessionId(principal);
        var started = principal is null ? null : SessionLimits.StartedAt(principal);
        var state = SessionState.Expired; // a cookie without session claims predates the rule
        if (id is not null && started is not null)
            state = sessions.Touch(id, started.Value, context.Properties.IssuedUtc ?? started.Value);
        if (state == SessionState.Active) return true;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return false;
    }

    private static void CopySessionClaims(ClaimsPrincipal? from, ClaimsPrincipal? to)
    {
        if (from is null || to?.Identity is not ClaimsIdentity identity) return;
        foreach (var type in new[] { SessionLimits.IdClaim, SessionLimits.StartedClaim })
        {
            var claim = from.FindFirst(type);
            if (claim is not null && identity.FindFirst(type) is null) identity.AddClaim(new Claim(type, claim.Value));
        }
    }
}
