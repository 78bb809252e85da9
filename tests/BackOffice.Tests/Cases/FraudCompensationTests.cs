namespace BackOffice.Tests.Cases;

/// <summary>
/// The fraud compensation rule against seed 004 제13조④⑤ with the seed's numbers (60 days before the report, the member's
/// handling fee at most 20,000원 per card for use before the report). Each row names its clause.
/// </summary>
public class FraudCompensationTests
{
    private static DateTimeOffset Kst(int month, int day, int hour = 12, int minute = 0) => new(2026, month, day, hour, minute, 0, KoreanTime.Offset);

    // The loss report: 2026-11-20 10:00 KST; 60 days before → the window's first day is 2026-09-21 (the receipt's FraudWindowFrom).
    private static readonly DateTimeOffset Reported = Kst(11, 20, 10);

    public static TheoryData<string, (int Month, int Day, int Hour, long Amount)[], FraudExclusion[], long, long, long> Rows() => new()
    {
        // clause, uses (KST), exclusions, eligible, member share, compensation
        { "004 제13조④ 단서: 신고 전 사용이 2만원 이하 → 전액 회원 부담", [(11, 10, 12, 15_000)], [], 15_000, 15_000, 0 },
        { "004 제13조④ 단서: 신고 전 사용 8만원 → 회원 부담 최고 2만원", [(11, 1, 12, 50_000), (11, 15, 12, 30_000)], [], 80_000, 20_000, 60_000 },
        { "004 제13조④: 60일 전(09-21) 이전 사용은 보상 대상 아님", [(9, 20, 23, 40_000), (10, 1, 12, 30_000)], [], 30_000, 20_000, 10_000 },
        { "004 제13조④: 60일 전 당일 00:00 사용은 보상 대상 (신고 접수증의 시작일)", [(9, 21, 0, 25_000)], [], 25_000, 20_000, 5_000 },
        { "004 제13조①: 신고 시각 이후 사용은 카드사 부담 (회원 부담 없음)", [(11, 20, 10, 12_000), (11, 19, 12, 5_000)], [], 17_000, 5_000, 12_000 },
        { "004 제13조⑤4: 신고 지연 → 신고 전 사용 전액 회원 부담, 신고 후는 ⑤ 괄호로 카드사 부담", [(11, 1, 12, 50_000), (11, 21, 9, 7_000)], [FraudExclusion.LateReport], 57_000, 50_000, 7_000 },
        { "004 제13조⑤3: 가족 사용 → 신고 전 사용 전액 회원 부담", [(11, 1, 12, 100_000)], [FraudExclusion.FamilyOrHousemate], 100_000, 100_000, 0 },
        { "004 제13조④: 사용 없음 → 보상 0", [], [], 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_rule_follows_the_clauses(string clause, (int Month, int Day, int Hour, long Amount)[] uses, FraudExclusion[] exclusions, long eligible, long share, long compensation)
    {
        var list = uses.Select((u, i) => new FraudUse(i + 1, Kst(u.Month, u.Day, u.Hour), u.Amount)).ToList();

        var result = FraudCompensation.Assess(Reported, new DateOnly(2026, 9, 21), 60, 20_000, null, list, exclusions);

        Assert.True((eligible, share, compensation) == (result.EligibleAmount, result.MemberShare, result.Compensation), clause);
        Assert.Equal(list.Sum(u => u.Amount), result.ClaimedAmount);
        Assert.Contains("004 제13조④", result.Calculation);
        Assert.Contains($"보상액 = {eligible:N0}원 − {share:N0}원 = {compensation:N0}원", result.Calculation);
    }

    [Fact]
    public void Without_the_receipts_window_the_start_is_the_report_day_minus_the_days()
    {
        var result = FraudCompensation.Assess(Reported, null, 60, 20_000, null, [new FraudUse(1, Kst(9, 20, 23, 59), 10_000), new FraudUse(2, Kst(9, 21, 0), 10_000)], []);

        Assert.Equal(Kst(9, 21, 0), result.WindowStart);
        Assert.Equal([FraudUseClass.BeforeWindow, FraudUseClass.BeforeReport], result.Lines.Select(l => l.Class));
    }

    [Fact]
    public void A_registration_later_than_sixty_days_before_starts_the_window_004_13_4_bracket()
    {
        var registered = Kst(11, 1, 0);
        var result = FraudCompensation.Assess(Reported, new DateOnly(2026, 9, 21), 60, 20_000, registered,
            [new FraudUse(1, Kst(10, 15), 30_000), new FraudUse(2, Kst(11, 5), 40_000)], []);

        Assert.Equal((40_000L, 20_000L, 20_000L), (result.EligibleAmount, result.MemberShare, result.Compensation));
        Assert.Contains("소지자 정보 등록 시점부터", result.Calculation);
    }

    [Fact]
    public void An_exclusion_names_its_clause_in_the_calculation()
    {
        var result = FraudCompensation.Assess(Reported, null, 60, 20_000, null, [new FraudUse(1, Kst(11, 1), 30_000)], [FraudExclusion.Intent, FraudExclusion.Intent]);

        Assert.Contains("004 제13조⑤1", result.Calculation);
        Assert.Equal(30_000, result.MemberShare);
    }
}
