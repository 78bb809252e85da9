using System.Globalization;

namespace BackOffice.Web.Infrastructure;

/// <summary>Korea Standard Time (UTC+9, no daylight saving) and the display formats the portal uses.</summary>
public static class KoreanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ko-KR");

    public static DateTimeOffset ToKst(this DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateTimeOffset NowKst(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly TodayKst(this TimeProvider clock) => DateOnly.FromDateTime(clock.NowKst().DateTime);

    /// <summary>Start of a KST calendar day as an instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}

/// <summary>Formats for KRW, dates and times: "12,345원", "2026-11-22", "2026-11-22 14:03".</summary>
public static class Fmt
{
    public static string Won(long amount) => BackOffice.Data.Ledger.KoreanWon.Format(amount);

    public static string SignedWon(long amount) => (amount > 0 ? "+" : "") + Won(amount);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.ToKst().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) => instant.ToKst().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string DateTimeSeconds(DateTimeOffset instant) => instant.ToKst().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
