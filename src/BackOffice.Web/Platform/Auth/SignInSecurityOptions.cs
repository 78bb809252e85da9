namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// Operator settings for sign-in hardening and step-up (configuration section <c>Auth</c>). The defaults are the
/// issue 10 values; Development and the end-to-end run raise the rate limit and may shorten the lockout.
/// </summary>
public sealed class SignInSecurityOptions
{
    public const string Section = "Auth";

    /// <summary>The first lockout lasts this long; each repeated lockout doubles it.</summary>
    public double LockoutMinutes { get; set; } = 15;

    /// <summary>Wrong passwords or codes in a row before the account locks.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a verified step-up code lets money actions through.</summary>
    public double StepUpMinutes { get; set; } = 5;

    /// <summary>Sign-in form posts allowed per remote address and minute.</summary>
    public int SignInPostsPerMinute { get; set; } = 10;

    public TimeSpan LockoutBase => TimeSpan.FromMinutes(LockoutMinutes);
    public TimeSpan StepUpWindow => TimeSpan.FromMinutes(StepUpMinutes);
}
