using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>Loads what a clock needs (the holiday calendar and the outage days) and computes a case's due date.</summary>
public static class CaseClockSource
{
    /// <summary>The KST days touched by outages that blocked statements, from <paramref name="from"/> on.</summary>
    public static async Task<IReadOnlySet<DateOnly>> OutageDaysAsync(AppDbContext db, DateOnly from, CancellationToken ct)
    {
        var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), KoreanTime.Offset);
        var outages = await db.ServiceOutages.AsNoTracking().Where(o => o.BlocksStatements && o.EndsAt >= since).ToListAsync(ct);
        return outages.SelectMany(o => o.Days()).ToHashSet();
    }

    /// <summary>The due date of a case with the rule, the calendar, the outages and its closed pauses.</summary>
    public static async Task<CaseDue?> ComputeAsync(AppDbContext db, CaseClockRule rule, DateOnly? startsOn, long? caseId, CancellationToken ct)
    {
        if (startsOn is not { } start) return null;
        var calendar = new BusinessCalendar(await db.PublicHolidays.AsNoTracking().ToListAsync(ct));
        var outages = await OutageDaysAsync(db, start, ct);
        var pauses = caseId is { } id
            ? await db.CasePauses.AsNoTracking().Where(p => p.CaseId == id && p.Until != null)
                .Select(p => new ClockPause(p.From, p.Until!.Value)).ToListAsync(ct)
            : [];
        return CaseClock.Compute(rule, start, calendar, outages, pauses);
    }
}
