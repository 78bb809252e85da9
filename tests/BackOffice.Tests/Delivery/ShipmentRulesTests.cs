namespace BackOffice.Tests.Delivery;

/// <summary>The fee of a card application and the delivery clock (000 발급신청).</summary>
public class ShipmentRulesTests
{
    private static readonly BusinessCalendar Calendar = new(KoreanHolidays.Seed());

    private static ProgramPolicy Policy() => ProgramPresets.LocalCurrencyPolicy();

    [Theory]
    [InlineData(0, 0L, "1회에 한해 무료 (000 발급신청)")] // 000 발급신청: the welcome card is free once per member and program
    [InlineData(1, 3_000L, "추가 카드 발급 수수료 3,000원")] // 운영 정책: AdditionalCardFee in the presets
    [InlineData(3, 3_000L, "카드 3장이 이미 발급되어")]
    public void The_welcome_card_is_free_once_per_member_and_program(int earlierCards, long fee, string rule)
    {
        var decision = ShipmentRules.ApplicationFee(Policy(), earlierCards);
        Assert.Equal(fee, decision.Fee);
        Assert.Contains(rule, decision.Rule);
    }

    [Theory]
    // application day, expected by (+7 business days, the day itself not counted; 000 발급신청)
    [InlineData("2026-12-01", "2026-12-10")]
    [InlineData("2026-12-18", "2026-12-30")] // over a weekend and 성탄절 (12-25)
    [InlineData("2026-09-22", "2026-10-06")] // over 추석 (09-24..26), 개천절 대체공휴일 (10-05)
    [InlineData("2026-12-05", "2026-12-15")] // a Saturday application counts from the Monday
    public void Expected_delivery_counts_business_days_from_the_application_day(string applied, string expected)
    {
        var result = ShipmentRules.Expected(Calendar, Policy(), DateOnly.Parse(applied));
        Assert.Equal(DateOnly.Parse(expected), result.ExpectedBy);
        Assert.Contains($"신청 {applied} + 7영업일 = {expected}", result.Rule);
        Assert.Contains("000 발급신청", result.Rule);
    }

    [Fact]
    public void A_holiday_in_the_window_is_named() =>
        Assert.Contains("12-25 성탄절", ShipmentRules.Expected(Calendar, Policy(), new DateOnly(2026, 12, 18)).Rule);

    [Theory]
    // start (dispatch/batch/application), today, overdue: after start + 7 business days
    [InlineData("2026-12-01", "2026-12-10", false)] // the 7th business day itself is not late
    [InlineData("2026-12-01", "2026-12-11", true)]
    [InlineData("2026-12-18", "2026-12-30", false)]
    [InlineData("2026-12-18", "2026-12-31", true)]
    public void A_card_is_overdue_after_seven_business_days(string start, string today, bool overdue)
    {
        Assert.Equal(overdue, ShipmentRules.IsOverdue(Calendar, DateOnly.Parse(start), DateOnly.Parse(today), 7));
        // The database pre-filter agrees: the start is on or before the latest overdue start exactly when overdue.
        Assert.Equal(overdue, DateOnly.Parse(start) <= ShipmentRules.OverdueIfStartedOnOrBefore(Calendar, DateOnly.Parse(today), 7));
    }
}
