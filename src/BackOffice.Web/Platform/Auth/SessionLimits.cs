using System.Globalization;
using System.Security.Claims;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// The operator's session limits (configuration <c>Auth:IdleMinutes</c>, default 15, and <c>Auth:AbsoluteHours</c>,
/// default 9; fractions are allowed, so a test portal can use a few seconds).
/// </summary>
public sealed record SessionLimitOptions(TimeSpan Idle, TimeSpan Absolute)
{
    public static readonly SessionLimitOptions Default = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(9));

    public static SessionLimitOptions From(IConfiguration configuration)
    {
        var idle = configuration.GetValue("Auth:IdleMinutes", Default.Idle.TotalMinutes);
        var absolute = configuration.GetValue("Auth:AbsoluteHours", Default.Absolute.TotalHours);
        if (idle <= 0 || absolute <= 0) throw new InvalidOperationException("Auth:IdleMinutes and Auth:AbsoluteHours must be positive.");
        return new SessionLimitOptions(TimeSpan.FromMinutes(idle), TimeSpan.FromHours(absolute));
    }
}

public enum SessionState
{
    Active,
    /// <summary>No user activity for longer than the idle limit.</summary>
    Idle,
    /// <summary>Signed in longer ago than the absolute limit, however active.</summary>
    Expired,
}

/// <summary>
/// The session-limit rule (issue 10 item 5; ASVS 5.0 V7.3.1 idle and V7.3.2 absolute timeouts): a session ends when
/// the time since the last user activity is more than the idle limit, or the time since sign-in is more than the
/// absolute limit. Exactly at a limit the session is still current.
/// </summary>
public static class SessionLimits
{
    /// <summary>Claim (and cookie property) with the sign-in time, Unix milliseconds UTC.</summary>
    public const string StartedClaim = "bo_session_started";
    /// <summary>Claim (and cookie property) with a random id of this sign-in, the key of its activity record.</summary>
    public const string IdClaim = "bo_session_id";

    public static SessionState Check(DateTimeOffset startedAt, DateTimeOffset lastActivity, DateTimeOffset now, SessionLimitOptions limits)
    {
        if (now - startedAt > limits.Absolute) return SessionState.Expired;
        if (now - lastActivity > limits.Idle) return SessionState.Idle;
        return SessionState.Active;
    }

    public static string Format(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static DateTimeOffset? StartedAt(ClaimsPrincipal principal) => Parse(principal.FindFirst(StartedClaim)?.Value);

    public static string? SessionId(ClaimsPrincipal principal) => principal.FindFirst(IdClaim)?.Value;
}
