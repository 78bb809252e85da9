using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.Calendar;

/// <summary>
/// Loads the holiday table into a <see cref="BusinessCalendar"/> for business-day arithmetic (refund payout dates,
/// replacement shipping, defect checks). The table is small (about 20 rows a year), so it is read whole on each call
/// and an Admin's change applies to the next calculation. Callers authorize their own commands.
/// </summary>
public sealed class BusinessCalendarSource(IDbContextFactory<AppDbContext> factory)
{
    public async Task<BusinessCalendar> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var holidays = await db.PublicHolidays.AsNoTracking().ToListAsync(ct);
        return new BusinessCalendar(holidays);
    }
}
