namespace BackOffice.Tests.Credits;

/// <summary>001 §2.1 (minimum top-up) and §4 (one-year validity), each row citing its clause.</summary>
public class CreditRulesTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.CreditsPolicy();

    private static DateTimeOffset Kst(int y, int m, int d, int h = 12) => new(y, m, d, h, 0, 0, KoreanTime.Offset);

    public static TheoryData<string, bool, long, bool> Minimums => new()
    {
        { "001 §2.1 개인회원 최소 1,000 C", false, 1_000, true },
        { "001 §2.1 개인회원 999 C는 미만", false, 999, false },
        { "001 §2.1 법인회원 최소 5,000 C", true, 5_000, true },
        { "001 §2.1 법인회원 4,999 C는 미만", true, 4_999, false },
        { "원장 한도 초과", false, LedgerPosting.MaxPostingAmount + 1, false },
    };

    [Theory]
    [MemberData(nameof(Minimums))]
    public void A_top_up_below_the_members_minimum_is_refused(string clause, bool corporate, long amount, bool allowed)
    {
        var ex = Record.Exception(() => CreditRules.ValidateTopUp(Policy, corporate, amount));
        Assert.True(allowed == (ex is null), clause);
        if (ex is not null) Assert.IsType<BusinessRuleException>(ex);
    }

    public static TheoryData<string, DateTimeOffset, DateTimeOffset?, DateOnly, string> Expiries => new()
    {
        // case 1: unused, a year after the top-up; 민법 제157조·제160조: through the same date a year later.
        { "001 §4 case 1", Kst(2026, 3, 10), null, new DateOnly(2027, 3, 10), "case 1" },
        { "001 §4 case 1, 23:59 KST counts as that day", Kst(2026, 3, 10, 23), null, new DateOnly(2027, 3, 10), "case 1" },
        { "001 §4 case 1, leap day → 2월 말", Kst(2028, 2, 29), null, new DateOnly(2029, 2, 28), "case 1" },
        // case 2: in use, a year after the member's last use.
        { "001 §4 case 2", Kst(2026, 3, 10), Kst(2026, 8, 1), new DateOnly(2027, 8, 1), "case 2" },
        // a use before this top-up does not shorten it: the top-up date counts.
        { "001 §4 case 1 (use before the top-up)", Kst(2026, 3, 10), Kst(2026, 1, 1), new DateOnly(2027, 3, 10), "case 1" },
    };

    [Theory]
    [MemberData(nameof(Expiries))]
    public void Credits_are_usable_for_a_year_after_the_top_up_or_the_last_use(string clause, DateTimeOffset toppedUp, DateTimeOffset? lastUse, DateOnly lastDay, string caseName)
    {
        var (day, rule) = CreditRules.Expiry(toppedUp, lastUse, Policy);
        Assert.Equal(lastDay, day);
        Assert.Contains(caseName, rule, StringComparison.Ordinal);
        Assert.Contains("001 §4", rule, StringComparison.Ordinal);
        Assert.Contains($"{lastDay:yyyy-MM-dd}까지 사용 가능", rule, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(clause));
    }
}
