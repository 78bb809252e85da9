namespace BackOffice.Data.Platform.Calendar;

/// <summary>
/// Business days: Monday to Friday that are not public holidays. A plain class over a set of dates so
/// that rules and tests use it without a database; <c>BusinessCalendarSource</c> loads it from the table.
/// </summary>
public sealed class BusinessCalendar(IEnumerable<PublicHoliday> holidays)
{
    private readonly Dictionary<DateOnly, PublicHoliday> _holidays =
        holidays.GroupBy(h => h.Date).ToDictionary(g => g.Key, g => g.First());

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.ContainsKey(day);

    public PublicHoliday? HolidayOn(DateOnly day) => _holidays.GetValueOrDefault(day);

    /// <summary>The day that is <paramref name="businessDays"/> business days after <paramref name="start"/> (start itself not counted).</summary>
    public DateOnly AddBusinessDays(DateOnly start, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        var day = start;
        var counted = 0;
        while (counted < businessDays)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day)) counted++;
        }
        return day;
    }

    /// <summary>The days skipped between start and the result of <see cref="AddBusinessDays"/>, for explaining a deadline.</summary>
    public IReadOnlyList<string> SkippedDays(DateOnly start, DateOnly end)
    {
        var skipped = new List<string>();
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (HolidayOn(day) is { } holiday) skipped.Add($"{day:MM-dd} {holiday.Name}");
            else if (!IsBusinessDay(day)) skipped.Add($"{day:MM-dd} 주말");
        }
        return skipped;
    }

    /// <summary>" (공휴일 제외: 12-25 성탄절)" when public holidays were skipped, for deadline rules; weekends go unsaid.</summary>
    public string HolidayNote(DateOnly start, DateOnly end)
    {
        var holidays = SkippedDays(start, end).Where(d => !d.EndsWith("주말", StringComparison.Ordinal)).ToList();
        return holidays.Count == 0 ? "" : $" (공휴일 제외: {string.Join(", ", holidays)})";
    }

    public int CountBusinessDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
            if (IsBusinessDay(day)) count++;
        return count;
    }
}
