using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Home;

public sealed record DashboardFigures(int Members, int ActiveCards, int StoppedCards, int EntriesToday, PublicHoliday? NextHoliday, bool TodayIsBusinessDay,
    int RefundsAwaitingApproval, int RefundsOverdue);

public sealed record LedgerCheckSummary(DateTimeOffset RanAt, int AccountsChecked, int Problems, bool IsConsistent, string Summary);

public sealed record StaffAlertRow(long Id, string Title, string Message, DateTimeOffset RaisedAt, DateTimeOffset LastSeenAt);

public sealed record DashboardAlerts(LedgerCheckSummary? LastLedgerCheck, IReadOnlyList<StaffAlertRow> Alerts);

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
                || r.Status == RefundStatus.InPayout) && r.OverdueSince != null, ct));
    }

    /// <summary>The last stored ledger check and the open staff alerts the signed-in user's permissions cover.</summary>
    public async Task<DashboardAlerts> AlertsAsync(CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var last = await db.LedgerCheckRuns.AsNoTracking().OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var open = await db.StaffAlerts.AsNoTracking().Where(a => a.ResolvedAt == null).OrderByDescending(a => a.RaisedAt).ToListAsync(ct);
        return new DashboardAlerts(
            last is null ? null : new LedgerCheckSummary(last.RanAt, last.AccountsChecked, last.Mismatches + last.UnbalancedEntries, last.IsConsistent, last.Summary),
            open.Where(a => actor.Can(a.Permission)).Select(a => new StaffAlertRow(a.Id, a.Title, a.Message, a.RaisedAt, a.LastSeenAt)).ToList());
    }
}
