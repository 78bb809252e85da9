namespace BackOffice.Data.Cases;

/// <summary>A computed due date and the derivation the screen shows beside it.</summary>
public sealed record CaseDue(DateOnly DueOn, string Derivation, int OutageDaysSkipped, int PausedDaysSkipped);

/// <summary>A pause of the clock: days from <paramref name="From"/> up to, not including, <paramref name="Until"/>.</summary>
public sealed record ClockPause(DateOnly From, DateOnly Until);

/// <summary>
/// Computes a case's due date (issue 13 item 2). The first day is not counted (민법 제157조 초일 불산입): counting starts the
/// day after <c>startsOn</c>. Outage days (where the rule says so) and paused days (where the rule allows a pause) are not counted. A period ending on a
/// Saturday, Sunday or public holiday ends on the next business day (민법 제161조). A plain class: tests pass the calendar.
/// </summary>
public static class CaseClock
{
    public static CaseDue Compute(CaseClockRule rule, DateOnly startsOn, BusinessCalendar calendar,
        IReadOnlySet<DateOnly>? outageDays = null, IReadOnlyList<ClockPause>? pauses = null)
    {
        outageDays ??= new HashSet<DateOnly>();
        // A pause counts only where the rule allows one (waiting for the member's documents); a stray pause record on
        // another case type must not move a statutory deadline.
        pauses = rule.AllowsPause && pauses is not null ? pauses : [];
        var skippedOutages = new List<DateOnly>();
        var paused = 0;
        var day = startsOn;
        var counted = 0;
        while (counted < rule.Span)
        {
            day = day.AddDays(1);
            if (pauses.Any(p => day >= p.From && day < p.Until)) { paused++; continue; }
            if (rule.SkipsOutageDays && outageDays.Contains(day)) { skippedOutages.Add(day); continue; }
            if (rule.Unit == ClockUnit.BusinessDays && !calendar.IsBusinessDay(day)) continue;
            counted++;
        }

        var parts = new List<string>
        {
            $"{StartLabel(rule.Start)} {startsOn:yyyy-MM-dd}",
            rule.Unit == ClockUnit.BusinessDays ? $"{rule.Span}영업일" : $"{rule.Span}일",
        };
        if (skippedOutages.Count > 0) parts.Add($"장애일 {skippedOutages.Count}일 제외({string.Join(", ", skippedOutages.Select(d => d.ToString("MM-dd")))})");
        if (paused > 0) parts.Add($"자료 대기 정지 {paused}일 제외");
        parts.Add($"{day:yyyy-MM-dd}{DayNote(day, calendar)}");
        var moved = false;
        if (!calendar.IsBusinessDay(day))
        {
            while (!calendar.IsBusinessDay(day)) day = day.AddDays(1);
            parts.Add($"다음 영업일 {day:yyyy-MM-dd}");
            moved = true;
        }
        var law = moved ? "민법 제157조 초일 불산입, 제161조" : "민법 제157조 초일 불산입";
        return new CaseDue(day, $"{string.Join(" → ", parts)} ({law}) · {rule.Label}: {rule.Citation}", skippedOutages.Count, paused);
    }

    public static string StartLabel(ClockStart start) => start switch
    {
        ClockStart.IdentityConfirmed => "본인 확인",
        ClockStart.FoundByOperator => "오류 인지",
        _ => "접수",
    };

    private static string DayNote(DateOnly day, BusinessCalendar calendar)
    {
        if (calendar.HolidayOn(day) is { } holiday) return $"({holiday.Name})";
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => "(토)",
            DayOfWeek.Sunday => "(일)",
            _ => "",
        };
    }
}
