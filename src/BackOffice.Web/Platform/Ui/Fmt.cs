using System.Globalization;

namespace BackOffice.Web.Platform.Ui;

/// <summary>Formats for KRW, dates and times: "12,345원", "2026-11-22", "2026-11-22 14:03".</summary>
public static class Fmt
{
    public static string Won(long amount) => KoreanWon.Format(amount);

    public static string SignedWon(long amount) => (amount > 0 ? "+" : "") + Won(amount);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.ToKst().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) => instant.ToKst().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string DateTimeSeconds(DateTimeOffset instant) => instant.ToKst().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
