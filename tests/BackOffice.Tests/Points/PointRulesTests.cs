namespace BackOffice.Tests.Points;

/// <summary>004 포인트 제5조①④: 60 months from the day earned, removed with the month.</summary>
public class PointRulesTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.CardCompanyPolicy();

    public static TheoryData<string, DateTimeOffset, DateOnly, DateOnly, string> Rows => new()
    {
        { "004 제5조① 60개월, ④ 월 단위", new(2022, 3, 15, 9, 0, 0, KoreanTime.Offset), new DateOnly(2027, 3, 15), new DateOnly(2027, 3, 31), "2027-03" },
        { "004 제5조④ 월말 적립", new(2022, 1, 31, 9, 0, 0, KoreanTime.Offset), new DateOnly(2027, 1, 31), new DateOnly(2027, 1, 31), "2027-01" },
        { "KST day: 15:30 UTC is the next day in Korea", new(2022, 2, 28, 15, 30, 0, TimeSpan.Zero), new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), "2027-03" },
        { "윤년 2월 29일 → 2월 말", new(2024, 2, 29, 9, 0, 0, KoreanTime.Offset), new DateOnly(2029, 2, 28), new DateOnly(2029, 2, 28), "2029-02" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Points_are_valid_60_months_and_removed_with_the_month(string clause, DateTimeOffset earned, DateOnly validThrough, DateOnly lastDay, string month)
    {
        var expiry = PointRules.Expiry(earned, Policy);
        Assert.Equal((validThrough, lastDay), (expiry.ValidThrough, expiry.LastDay));
        Assert.Equal(month, PointRules.ExpiryMonth(expiry.LastDay));
        Assert.Contains("004 포인트 제5조①", expiry.Rule, StringComparison.Ordinal);
        Assert.Contains($"{month} 소멸", expiry.Rule, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(clause));
    }
}
