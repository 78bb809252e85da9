using System.Globalization;

namespace BackOffice.Data.Platform.Time;

/// <summary>Korea Standard Time (UTC+9, no daylight saving) and the display formats the portal uses.</summary>
public static class KoreanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ko-KR");

    public static DateTimeOffset ToKst(this DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The KST calendar day of an instant.</summary>
    public static DateOnly ToKstDate(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateTimeOffset NowKst(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly TodayKst(this TimeProvider clock) => DateOnly.FromDateTime(clock.NowKst().DateTime);

    /// <summary>Start of a KST calendar day as an instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
