namespace BackOffice.Data.Refunds;

/// <summary>The fee a refund channel charges: none, a percentage of each started unit (003 하나로 제11조2), or flat (003 캐시비 제9조①1나).</summary>
public static class RefundFee
{
    public static (long Fee, string Text) Compute(RefundChannelRule rule, long amount)
    {
        switch (rule.FeeKind)
        {
            case RefundFeeKind.PercentPerStartedUnit:
                {
                    // Under one unit counts as one unit: 9,000 won → 2 % of 10,000 = 200 won.
                    var units = (amount + rule.FeeUnit - 1) / rule.FeeUnit;
                    var fee = Math.Min(units * rule.FeeUnit * rule.FeePercent / 100, amount);
                    return (fee, $"수수료 {RefundEligibility.Won(fee)} ({RefundEligibility.Won(units * rule.FeeUnit)}의 {rule.FeePercent}%, {RefundEligibility.Won(rule.FeeUnit)} 단위 올림)");
                }
            case RefundFeeKind.Flat:
                return (rule.FeeFlat, $"수수료 {RefundEligibility.Won(rule.FeeFlat)} (정액)");
            default:
                return (0, "수수료 0원");
        }
    }
}
