namespace BackOffice.Tests.CardIntake;

/// <summary>
/// Defect settlement deadlines and the broken-card warranty per preset (issue 11 point 9). Each row names the clause the
/// rule cites: 하나로 15 calendar days (003 하나로 제11조3), 캐시비 10 business days (003 캐시비 제9조①4), others the
/// operator's setting; a calendar-day period ending on a Saturday or public holiday ends on the next day (민법 제161조).
/// </summary>
public class CardIntakeRulesTests
{
    private readonly BusinessCalendar _calendar = new(KoreanHolidays.Seed());

    private static ProgramPolicy Preset(string code) => code switch
    {
        ProgramPresets.LocalCurrency => ProgramPresets.LocalCurrencyPolicy(),
        ProgramPresets.Hanaro => ProgramPresets.HanaroPolicy(),
        ProgramPresets.Cashbee => ProgramPresets.CashbeePolicy(),
        ProgramPresets.CardCompanyPrepaid => ProgramPresets.CardCompanyPolicy(),
        _ => ProgramPresets.VoucherPolicy(),
    };

    [Fact]
    public void The_local_card_balance_is_verified_within_15_calendar_days()
    {
        // 15 days is LOCAL's operator setting; Thu 11-19 + 15 = Fri 12-04, a business day, so nothing moves.
        var due = CardIntakeRules.BalanceDeadline(ProgramPresets.LocalCurrencyPolicy(), new DateOnly(2026, 11, 19), _calendar);
        Assert.Equal(new DateOnly(2026, 12, 4), due.DueBy);
        Assert.Equal("접수 2026-11-19 + 15일 = 2026-12-04 (운영 정책)", due.Rule);
    }

    [Fact]
    public void The_transit_card_is_paid_within_10_business_days_across_Chuseok()
    {
        // 캐시비 제9조①4: Tue 2026-09-22 + 10 business days: 24–26 추석, 10-05 개천절 substitute, 10-09 한글날 and weekends are skipped.
        var due = CardIntakeRules.BalanceDeadline(ProgramPresets.CashbeePolicy(), new DateOnly(2026, 9, 22), _calendar);
        Assert.Equal(new DateOnly(2026, 10, 12), due.DueBy);
        Assert.Contains("+ 10영업일 = 2026-10-12", due.Rule);
        Assert.Contains("10-09 한글날", due.Rule);
        Assert.Contains("09-25 추석", due.Rule);
        Assert.EndsWith("(003 캐시비 제9조①4 (접수 후 영업일 기준 10일 이내))", due.Rule);
    }

    public static TheoryData<string, string, string, string, string> Deadlines => new()
    {
        // program, clause, intake day, due by, rule
        { ProgramPresets.Hanaro, "003 하나로 제11조3", "2026-11-19", "2026-12-04",
            "접수 2026-11-19 + 15일 = 2026-12-04 (003 하나로 제11조3 (접수일로부터 15일 이내))" },
        { ProgramPresets.Hanaro, "003 하나로 제11조3 + 민법 제161조 (day 15 a Saturday)", "2026-11-20", "2026-12-07",
            "접수 2026-11-20 + 15일 = 2026-12-05 → 12-05 주말, 12-06 주말이므로 2026-12-07로 연장 (민법 제161조) (003 하나로 제11조3 (접수일로부터 15일 이내))" },
        { ProgramPresets.Hanaro, "003 하나로 제11조3 + 민법 제161조 (day 15 on 성탄절)", "2026-12-10", "2026-12-28",
            "접수 2026-12-10 + 15일 = 2026-12-25 → 12-25 성탄절, 12-26 주말, 12-27 주말이므로 2026-12-28로 연장 (민법 제161조) (003 하나로 제11조3 (접수일로부터 15일 이내))" },
        { ProgramPresets.Cashbee, "003 캐시비 제9조①4", "2026-11-19", "2026-12-03",
            "접수 2026-11-19 + 10영업일 = 2026-12-03 (003 캐시비 제9조①4 (접수 후 영업일 기준 10일 이내))" },
        { ProgramPresets.CardCompanyPrepaid, "운영 정책 (004 gives no defect deadline)", "2026-11-19", "2026-12-04",
            "접수 2026-11-19 + 15일 = 2026-12-04 (운영 정책)" },
        { ProgramPresets.LocalCurrency, "운영 정책 + 민법 제161조", "2026-11-20", "2026-12-07",
            "접수 2026-11-20 + 15일 = 2026-12-05 → 12-05 주말, 12-06 주말이므로 2026-12-07로 연장 (민법 제161조) (운영 정책)" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void The_defect_settlement_deadline_follows_each_programs_terms(string program, string clause, string intake, string dueBy, string rule)
    {
        var due = CardIntakeRules.BalanceDeadline(Preset(program), DateOnly.Parse(intake), _calendar);
        Assert.True((DateOnly.Parse(dueBy), rule) == (due.DueBy, due.Rule), $"{clause}: got {due.DueBy:yyyy-MM-dd} / {due.Rule}");
    }

    [Fact]
    public void The_deadline_cites_the_policys_own_clause_for_the_days() =>
        Assert.All(new[] { ProgramPresets.Hanaro, ProgramPresets.Cashbee, ProgramPresets.LocalCurrency }, code =>
            Assert.EndsWith($"({Preset(code).CitationOf(nameof(ProgramPolicy.DefectBalanceVerifyDays))})",
                CardIntakeRules.BalanceDeadline(Preset(code), new DateOnly(2026, 11, 19), _calendar).Rule));

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
        // 003 캐시비 제9조①4: the card price of a 고장 card within 2 years of purchase (하나로 has no such clause).
        var decision = CardIntakeRules.Warranty(ProgramPresets.CashbeePolicy(), DefectKind.Broken, DateOnly.Parse(issued), null, new DateOnly(2026, 11, 20));
        Assert.Equal(price, decision.CardPriceRefund);
        Assert.Contains("003 캐시비 제9조①4", decision.Explanation);
    }

    [Fact]
    public void A_damaged_card_pays_and_gets_no_card_price()
    {
        // 003 캐시비 제9조①6: never the card price for a 파손 card.
        var decision = CardIntakeRules.Warranty(ProgramPresets.CashbeePolicy(), DefectKind.Damaged, new DateOnly(2026, 10, 1), null, new DateOnly(2026, 11, 20));
        Assert.Equal((false, 2_500L, 0L), (decision.FreeReplacement, decision.Fee, decision.CardPriceRefund));
        Assert.Contains("카드 가격 환급 없음 (003 캐시비 제9조①6)", decision.Explanation);
    }

    public static TheoryData<string, string, DefectKind, string, string?, bool, long, long, string> Warranties => new()
    {
        // program, clause, kind, issued, first use, free, fee, card price back, explanation contains
        { ProgramPresets.Hanaro, "003 하나로 제11조3: 고장 within 1 year of first use", DefectKind.Broken, "2024-01-01", "2025-11-20", true, 0, 0,
            "최초 사용일 2025-11-20 + 12개월 = 2026-11-20 이내 → 무상 교체 (003 하나로 제11조3 (최초 사용 후 1년 이내 고장카드 교체))" },
        { ProgramPresets.Hanaro, "003 하나로 제11조3: a day past the year", DefectKind.Broken, "2024-01-01", "2025-11-19", false, 2_500, 0,
            "경과 → 재발급 수수료 2,500원 (003 하나로 제11조3" },
        { ProgramPresets.Hanaro, "003 하나로 제11조3: never used, the year has not started", DefectKind.Broken, "2023-01-01", null, true, 0, 0,
            "사용 이력 없음" },
        { ProgramPresets.Hanaro, "하나로: no card-price clause", DefectKind.Damaged, "2026-10-01", null, false, 2_500, 0,
            "파손(소지자 과실) → 재발급 수수료 2,500원 (운영 정책) (정책 v1)" },
        { ProgramPresets.Cashbee, "003 캐시비 제9조①4: card price within 2 years of purchase", DefectKind.Broken, "2024-11-20", "2026-01-05", true, 0, 2_500,
            "구입 2024-11-20 + 24개월 = 2026-11-20 이내 → 카드 가격 2,500원 환급 (003 캐시비 제9조①4" },
        { ProgramPresets.Cashbee, "003 캐시비 제9조①4: a day past 2 years", DefectKind.Broken, "2024-11-19", "2026-01-05", true, 0, 0,
            "경과 → 카드 가격 환급 없음 (003 캐시비 제9조①4" },
        { ProgramPresets.Cashbee, "003 캐시비 제9조①6: never for 파손", DefectKind.Damaged, "2026-10-01", "2026-10-02", false, 2_500, 0,
            "카드 가격 환급 없음 (003 캐시비 제9조①6)" },
    };

    [Theory]
    [MemberData(nameof(Warranties))]
    public void The_broken_card_warranty_and_card_price_follow_each_programs_terms(
        string program, string clause, DefectKind kind, string issued, string? firstUse, bool free, long fee, long price, string explanation)
    {
        var d = CardIntakeRules.Warranty(Preset(program), kind, DateOnly.Parse(issued), firstUse is null ? null : DateOnly.Parse(firstUse), new DateOnly(2026, 11, 20));
        Assert.True((free, fee, price) == (d.FreeReplacement, d.Fee, d.CardPriceRefund), $"{clause}: got {d.FreeReplacement}/{d.Fee}/{d.CardPriceRefund}");
        Assert.Contains(explanation, d.Explanation);
    }
}
