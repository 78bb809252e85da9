namespace BackOffice.Tests.Platform;

public class BusinessCalendarTests
{
    private readonly BusinessCalendar _calendar = new(KoreanHolidays.Seed());

    [Fact]
    public void Weekends_and_public_holidays_are_not_business_days()
    {
        Assert.True(_calendar.IsBusinessDay(new DateOnly(2026, 11, 20)));   // Friday
        Assert.False(_calendar.IsBusinessDay(new DateOnly(2026, 11, 21)));  // Saturday
        Assert.False(_calendar.IsBusinessDay(new DateOnly(2026, 9, 25)));   // 추석
        Assert.False(_calendar.IsBusinessDay(new DateOnly(2026, 6, 3)));    // 지방선거일
    }

    [Theory]
    [InlineData("2026-03-02", "삼일절 대체공휴일")]   // 3/1 was a Sunday
    [InlineData("2026-05-25", "부처님오신날 대체공휴일")]
    [InlineData("2026-08-17", "광복절 대체공휴일")]    // 8/15 was a Saturday
    [InlineData("2026-10-05", "개천절 대체공휴일")]
    [InlineData("2027-02-09", "설날 대체공휴일")]      // 설날 2/7 fell on a Sunday
    [InlineData("2025-10-08", "추석 대체공휴일")]
    [InlineData("2027-12-27", "성탄절 대체공휴일")]
    [InlineData("2027-07-19", "제헌절 대체공휴일")]   // 제헌절 2027-07-17 is a Saturday (법 2026-01-29 개정)
    public void Substitute_holidays_are_in_the_seed(string date, string name)
    {
        var holiday = _calendar.HolidayOn(DateOnly.Parse(date));
        Assert.NotNull(holiday);
        Assert.Equal(name, holiday.Name);
        Assert.True(holiday.IsSubstitute);
    }

    [Fact]
    public void Three_business_days_skip_the_Chuseok_holidays_and_the_weekend()
    {
        // Wed 2026-09-23 + 3 business days: 24–26 추석, 27 Sunday → 28, 29, 30.
        var due = _calendar.AddBusinessDays(new DateOnly(2026, 9, 23), 3);
        Assert.Equal(new DateOnly(2026, 9, 30), due);
        Assert.Contains("09-25 추석", _calendar.SkippedDays(new DateOnly(2026, 9, 23), due));
    }

    [Fact]
    public void The_long_October_2025_break_is_skipped_in_one_go()
    {
        // Thu 2025-10-02 + 1: 3 개천절, 4–5 weekend, 6–7 추석, 8 substitute, 9 한글날 → Fri 10-10.
        Assert.Equal(new DateOnly(2025, 10, 10), _calendar.AddBusinessDays(new DateOnly(2025, 10, 2), 1));
    }

    [Fact]
    public void Counting_business_days_matches_adding_them()
    {
        var start = new DateOnly(2026, 12, 23);
        var end = _calendar.AddBusinessDays(start, 10);
        Assert.Equal(10, _calendar.CountBusinessDays(start, end));
        Assert.Equal(0, _calendar.AddBusinessDays(start, 0).CompareTo(start));
    }

    [Fact]
    public void A_holiday_added_by_staff_counts_at_once()
    {
        var extra = new PublicHoliday { Date = new DateOnly(2026, 11, 23), Name = "임시공휴일" };
        var calendar = new BusinessCalendar([.. KoreanHolidays.Seed(), extra]);
        Assert.Equal(new DateOnly(2026, 11, 24), calendar.AddBusinessDays(new DateOnly(2026, 11, 20), 1));
    }

    [Theory]
    // 공휴일에 관한 법률 (2026-01-29 개정): 제헌절 is a public holiday again from 2026.
    [InlineData("2026-07-16", 1, "2026-07-20")] // Thu + 1: Fri 07-17 제헌절, weekend → Mon
    [InlineData("2027-07-16", 1, "2027-07-20")] // Fri + 1: Sat 07-17 제헌절, Sun, Mon 07-19 substitute → Tue
    [InlineData("2025-07-16", 1, "2025-07-17")] // 2025: 제헌절 was not a holiday
    public void Constitution_Day_is_a_holiday_from_2026_with_its_substitute_in_2027(string start, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), _calendar.AddBusinessDays(DateOnly.Parse(start), days));
    }
}
