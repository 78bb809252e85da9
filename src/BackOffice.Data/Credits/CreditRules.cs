namespace BackOffice.Data.Credits;

/// <summary>The credit rules of seed 001 that are plain arithmetic: the minimum top-up and the one-year validity.</summary>
public static class CreditRules
{
    public const string TopUpClause = "001 §2.1";
    public const string ValidityClause = "001 §4";

    /// <summary>001 §2.1: 개인회원 최소 1,000 C, 법인회원 최소 5,000 C (the values come from the policy version).</summary>
    public static (long Minimum, string Rule) MinimumTopUp(ProgramPolicy policy, bool corporate) => corporate
        ? (policy.CreditMinTopUpCorporate, $"법인회원 최소 {policy.CreditMinTopUpCorporate:N0} C ({policy.CitationOf(nameof(ProgramPolicy.CreditMinTopUpCorporate))})")
        : (policy.CreditMinTopUpIndividual, $"개인회원 최소 {policy.CreditMinTopUpIndividual:N0} C ({policy.CitationOf(nameof(ProgramPolicy.CreditMinTopUpIndividual))})");

    /// <summary>Refuses in Korean a top-up below the member's minimum or above the ledger's ceiling.</summary>
    public static void ValidateTopUp(ProgramPolicy policy, bool corporate, long amount)
    {
        var (minimum, rule) = MinimumTopUp(policy, corporate);
        if (amount < minimum) throw new BusinessRuleException($"충전 금액 {amount:N0} C은(는) 최소 충전액보다 적습니다: {rule}.");
        if (amount > LedgerPosting.MaxPostingAmount) throw new BusinessRuleException($"충전 금액이 한도({LedgerPosting.MaxPostingAmount:N0} C)를 넘습니다.");
    }

    /// <summary>
    /// The last day a credit lot can be used (001 §4): case 1, unused, a year after the top-up; case 2, in use, a year after
    /// the member's last use of credits. So the period runs from the later of the lot's top-up and the member's last use.
    /// Counting follows 민법 제157조 (the first day is not counted) and 제160조 (a period in years ends the day before the
    /// corresponding day): top-up 2026-03-10 → usable through 2027-03-10, expired from 2027-03-11.
    /// </summary>
    public static (DateOnly LastDay, string Rule) Expiry(DateTimeOffset toppedUpAt, DateTimeOffset? memberLastUseAt, ProgramPolicy policy)
    {
        var months = policy.CreditValidityMonths;
        var clause = policy.CitationOf(nameof(ProgramPolicy.CreditValidityMonths));
        var usedLater = memberLastUseAt is { } used && used > toppedUpAt;
        var from = usedLater ? memberLastUseAt!.Value.ToKstDate() : toppedUpAt.ToKstDate();
        var last = from.AddMonths(months);
        var period = months % 12 == 0 ? $"{months / 12}년" : $"{months}개월";
        var rule = usedLater
            ? $"마지막 사용 {from:yyyy-MM-dd} → {period} → {last:yyyy-MM-dd}까지 사용 가능 ({clause} case 2, 민법 제157조·제160조)"
            : $"충전 {from:yyyy-MM-dd} → {period} → {last:yyyy-MM-dd}까지 사용 가능 ({clause} case 1, 민법 제157조·제160조)";
        return (last, rule);
    }
}
