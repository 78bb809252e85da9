namespace BackOffice.Tests.Cases;

/// <summary>The legal clocks (issue 13 item 2). The clocks part extends this table.</summary>
public class CaseClockTests
{
    private static readonly BusinessCalendar Calendar = new(KoreanHolidays.Seed());

    [Theory]
    // 접수 2026-09-18 + 15일 = 10-03 개천절 (토) → 10-04 일 → 10-05 대체공휴일 → 10-06 (003 하나로 제23조②, 민법 제157조·제161조)
    [InlineData("dispute.hanaro", "2026-09-18", "2026-10-06")]
    // 접수 2026-11-02 (월) + 14일 = 11-16 (월) (003 하나로 제17조①)
    [InlineData("error.hanaro", "2026-11-02", "2026-11-16")]
    public void Due_dates_follow_the_rule(string rule, string received, string expected)
    {
        var due = CaseClock.Compute(CaseClockRules.Get(rule), DateOnly.Parse(received, KoreanTime.Culture), Calendar);
        Assert.Equal(DateOnly.Parse(expected, KoreanTime.Culture), due.DueOn);
        Assert.Contains("민법 제157조", due.Derivation, StringComparison.Ordinal);
    }
}
