namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// Issue 10 item 4: a lockout lasts the base time (15 minutes), doubling on each repeated lockout
/// (15, 30, 60, … minutes), capped at 30 days so the arithmetic stays finite.
/// </summary>
public static class LockoutPolicy
{
    public static readonly TimeSpan Cap = TimeSpan.FromDays(30);

    /// <param name="lockoutNumber">1 for the first lockout, 2 for the second in a row, ….</param>
    public static TimeSpan Duration(TimeSpan baseDuration, int lockoutNumber)
    {
        if (lockoutNumber < 1) lockoutNumber = 1;
        var factor = lockoutNumber > 30 ? double.MaxValue : Math.Pow(2, lockoutNumber - 1);
        var minutes = baseDuration.TotalMinutes * factor;
        return minutes >= Cap.TotalMinutes ? Cap : TimeSpan.FromMinutes(minutes);
    }
}
