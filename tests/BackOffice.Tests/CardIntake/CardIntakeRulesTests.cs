namespace BackOffice.Tests.CardIntake;

public class CardIntakeRulesTests
{
    private readonly BusinessCalendar _calendar = new(KoreanHolidays.Seed());

    [Fact]
    public void The_local_card_balance_is_verified_within_15_calendar_days()
    {
        var due = CardIntakeRules.BalanceDeadline(ProgramPresets.LocalCurrencyPolicy(), new DateOnly(2026, 11, 20), _calendar);
        Assert.Equal(new DateOnly(2026, 12, 5), due.DueBy);
        Assert.Equal("접수 2026-11-20 + 15일 = 2026-12-05 (003 하나로 제11조3)", due.Rule);
    }

    [Fact]
    public void The_transit_card_is_paid_within_10_business_days_across_Chuseok()
    {
        // Tue 2026-09-22 + 10 business days: 24–26 추석, 10-05 개천절 substitute, 10-09 한글날 and weekends are skipped.
        var due = CardIntakeRules.BalanceDeadline(ProgramPresets.HanaroPolicy(), new DateOnly(2026, 9, 22), _calendar);
        Assert.Equal(new DateOnly(2026, 10, 12), due.DueBy);
        Assert.Contains("+ 10영업일 = 2026-10-12", due.Rule);
        Assert.Contains("10-09 한글날", due.Rule);
        Assert.Contains("09-25 추석", due.Rule);
    }

    [Fact]
    public void A_replacement_is_sent_within_5_business_days() =>
        Assert.Equal(new DateOnly(2026, 11, 27), CardIntakeRules.ReplacementDeadline(ProgramPresets.LocalCurrencyPolicy(), new DateOnly(2026, 11, 20), _calendar).DueBy);

    [Theory]
    [InlineData("2025-11-20", true)]   // exactly a year after first use
    [InlineData("2025-11-19", false)]
    public void A_broken_card_is_free_within_a_year_of_first_use(string firstUse, bool free)
    {
        var decision = CardIntakeRules.Warranty(ProgramPresets.LocalCurrencyPolicy(), DefectKind.Broken, new DateOnly(2025, 1, 1), DateOnly.Parse(firstUse), new DateOnly(2026, 11, 20));
        Assert.Equal(free, decision.FreeReplacement);
        Assert.Equal(free ? 0 : 3_000, decision.Fee);
    }

    [Theory]
    [InlineData("2024-11-20", 2_500)]  // two years after purchase: card price still paid back
    [InlineData("2024-11-19", 0)]
    public void A_broken_transit_card_gets_its_price_back_within_two_years_of_purchase(string issued, long price)
    {
        var decision = CardIntakeRules.Warranty(ProgramPresets.HanaroPolicy(), DefectKind.Broken, DateOnly.Parse(issued), null, new DateOnly(2026, 11, 20));
        Assert.Equal(price, decision.CardPriceRefund);
    }

    [Fact]
    public void A_damaged_card_pays_and_gets_no_card_price()
    {
        var decision = CardIntakeRules.Warranty(ProgramPresets.HanaroPolicy(), DefectKind.Damaged, new DateOnly(2026, 10, 1), null, new DateOnly(2026, 11, 20));
        Assert.Equal((false, 2_500L, 0L), (decision.FreeReplacement, decision.Fee, decision.CardPriceRefund));
        Assert.Contains("카드 가격 환급 없음", decision.Explanation);
    }
}
