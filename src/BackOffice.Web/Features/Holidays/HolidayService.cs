using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Holidays;

/// <summary>The public-holiday table: every staff member reads it and uses the calculator; only Admins change it.</summary>
public sealed class HolidayService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, BusinessCalendarSource calendars, CurrentActor currentActor,
    TimeProvider clock)
{
    private const string EntityType = "PublicHoliday";

    /// <summary>Years that have holidays, plus this year and next so an Admin can start a new year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await RequireStaffAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var dates = await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct);
        var thisYear = clock.TodayKst().Year;
        return dates.Select(d => d.Year).Append(thisYear).Append(thisYear + 1).Distinct().Order().ToList();
    }

    public async Task<IReadOnlyList<HolidayRow>> ListAsync(int year, CancellationToken ct = default)
    {
        await RequireStaffAsync();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= to)
            .OrderBy(h => h.Date)
            .Select(h => new HolidayRow(h.Id, h.Date, h.Name, h.IsSubstitute))
            .ToListAsync(ct);
    }

    public async Task AddAsync(DateOnly? date, string? name, bool isSubstitute, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageHolidays);
        if ((HolidayRules.DateProblem(date) ?? HolidayRules.NameProblem(name)) is { } problem) throw new BusinessRuleException(problem);
        var day = date!.Value;
        var holidayName = name!.Trim();

        // A racing insert of the same date hits the unique index; DbWriter re-runs this, and the check below then refuses it.
        await writer.ExecuteAsync(async (db, token) =>
        {
            if (await db.PublicHolidays.AsNoTracking().FirstOrDefaultAsync(h => h.Date == day, token) is { } existing)
                throw new BusinessRuleException($"이미 등록된 날짜입니다: {Fmt.Date(existing.Date)} {existing.Name}");
            db.PublicHolidays.Add(new PublicHoliday { Date = day, Name = holidayName, IsSubstitute = isSubstitute });
            db.Record(actor, clock.GetUtcNow(), "holiday.add", EntityType, Fmt.Date(day),
                after: new { date = Fmt.Date(day), name = holidayName, isSubstitute });
        }, ct);
    }

    public async Task RemoveAsync(long holidayId, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageHolidays);

        await writer.ExecuteAsync(async (db, token) =>
        {
            var holiday = await db.PublicHolidays.FirstOrDefaultAsync(h => h.Id == holidayId, token)
                ?? throw new BusinessRuleException("이미 삭제된 공휴일입니다. 목록을 새로 고치세요.");
            db.PublicHolidays.Remove(holiday);
            db.Record(actor, clock.GetUtcNow(), "holiday.remove", EntityType, Fmt.Date(holiday.Date),
                before: new { date = Fmt.Date(holiday.Date), name = holiday.Name, isSubstitute = holiday.IsSubstitute });
        }, ct);
    }

    public async Task<BusinessDayResult> CalculateAsync(DateOnly? start, int? businessDays, CancellationToken ct = default)
    {
        await RequireStaffAsync();
        if ((HolidayRules.DateProblem(start) ?? HolidayRules.BusinessDaysProblem(businessDays)) is { } problem)
            throw new BusinessRuleException(problem);
        var calendar = await calendars.LoadAsync(ct);
        var result = calendar.AddBusinessDays(start!.Value, businessDays!.Value);
        return new BusinessDayResult(start.Value, businessDays.Value, result, calendar.SkippedDays(start.Value, result));
    }

    private async Task RequireStaffAsync() =>
        (await currentActor.GetAsync()).Require(Permission.ViewCalendar);
}
