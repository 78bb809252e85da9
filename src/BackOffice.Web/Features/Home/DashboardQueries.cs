using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Home;

public sealed record DashboardFigures(int Members, int ActiveCards, int StoppedCards, int EntriesToday, PublicHoliday? NextHoliday, bool TodayIsBusinessDay,
    int RefundsAwaitingApproval, int RefundsOverdue);

public sealed class DashboardQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, TimeProvider clock)
{
    public async Task<DashboardFigures> GetAsync(CancellationToken ct = default)
    {
        await currentActor.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.TodayKst();
        var start = KoreanTime.StartOfDay(today);
        var holidays = await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= today.AddDays(-7)).OrderBy(h => h.Date).ToListAsync(ct);
        var calendar = new BusinessCalendar(holidays);
        return new DashboardFigures(
            await db.Members.CountAsync(ct),
            await db.Cards.CountAsync(c => c.Status == CardStatus.Active, ct),
            await db.Cards.CountAsync(c => c.Status != CardStatus.Active, ct),
            await db.JournalEntries.CountAsync(e => e.OccurredAt >= start, ct),
            holidays.FirstOrDefault(h => h.Date >= today),
            calendar.IsBusinessDay(today),
            await db.RefundRequests.CountAsync(r => r.Status == RefundStatus.PendingApproval, ct),
            await db.RefundRequests.CountAsync(r => (r.Status == RefundStatus.PendingApproval || r.Status == RefundStatus.Approved
                || r.Status == RefundStatus.InPayout) && r.DueBy < today, ct));
    }
}
