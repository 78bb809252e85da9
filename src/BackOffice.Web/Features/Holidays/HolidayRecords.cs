namespace BackOffice.Web.Features.Holidays;

public sealed record HolidayRow(long Id, DateOnly Date, string Name, bool IsSubstitute)
{
    public string Weekday => HolidayRules.Weekday(Date);
}

/// <summary>The business-day calculator's answer and the days it stepped over, for explaining a deadline.</summary>
public sealed record BusinessDayResult(DateOnly Start, int BusinessDays, DateOnly Result, IReadOnlyList<string> SkippedDays);
