using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Numbers;

/// <summary>
/// Business numbers (request, case, batch and report numbers) from a per-day counter in the database:
/// <c>{prefix}{yyyyMMdd}-{NNNNNN}</c>, 1, 2, 3, … per series and Korean day.
/// <para>Call it inside the command's <see cref="DbWriter"/> transaction. The counter row is incremented by one
/// atomic statement (<see cref="ProviderCommands.NextCounterValue"/>), which keeps the row locked until the command
/// commits: two parallel commands never get the same number, and a command that rolls back (a refusal, a retry,
/// a crash) gives its number back, so the numbers of a day have no gaps.</para>
/// </summary>
public static class BusinessNumbers
{
    public const string Table = "BusinessNumberCounters";
    public const int MaxSeriesLength = 40;

    /// <summary>The next number (1, 2, …) of <paramref name="series"/> on <paramref name="day"/>.</summary>
    public static async Task<long> NextAsync(AppDbContext db, string series, DateOnly day, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(series) || series.Length > MaxSeriesLength)
            throw new ArgumentException($"A series name of 1 to {MaxSeriesLength} characters is required.", nameof(series));
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Business numbers are taken inside the command's DbWriter transaction.");
        var values = await db.Database
            .SqlQuery<long>(ProviderCommands.NextCounterValue(db.Database.ProviderName, series, day))
            .ToListAsync(ct);
        return values.Single();
    }

    /// <summary>The next number of <paramref name="series"/>, formatted as <c>{prefix}{yyyyMMdd}-{NNNNNN}</c>.</summary>
    public static async Task<string> NextNumberAsync(AppDbContext db, string series, string prefix, DateOnly day, CancellationToken ct) =>
        Format(prefix, day, await NextAsync(db, series, day, ct));

    /// <summary><c>F</c>, 2026-11-20, 1 → <c>F20261120-000001</c>.</summary>
    public static string Format(string prefix, DateOnly day, long number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}{day:yyyyMMdd}-{number:D6}");
}
