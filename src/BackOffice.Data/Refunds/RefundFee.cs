namespace BackOffice.Data.Refunds;

/// <summary>Refund fees by program: none (000); a percentage of each started unit (003 하나로 제11조2); a flat store fee (003 캐시비 제9조).</summary>
public static class RefundFee
{
    public static (long Fee, string Text) Compute(ProgramPolicy policy, long amount, RefundChannel channel)
    {
        switch (policy.RefundFeeKind)
        {
            case RefundFeeKind.PercentPerStartedUnit when channel == RefundChannel.BankAccount || policy.RefundFeeFlat == 0:
                {
                    // Under one unit counts as one unit: 9,000 won → 2 % of 10,000 = 200 won.
                    var units = (amount + policy.RefundFeeUnit - 1) / policy.RefundFeeUnit;
                    var fee = units * policy.RefundFeeUnit * policy.RefundFeePercent / 100;
                    fee = Math.Min(fee, amount);
                    return (fee, $"수수료 {RefundEligibility.Won(fee)} ({RefundEligibility.Won(units * policy.RefundFeeUnit)}의 {policy.RefundFeePercent}%, {RefundEligibility.Won(policy.RefundFeeUnit)} 단위 올림)");
                }
            case RefundFeeKind.PercentPerStartedUnit or RefundFeeKind.FlatAtStore when channel == RefundChannel.Store:
                {
                    var fee = Math.Min(policy.RefundFeeFlat, amount);
                    return (fee, $"매장 환불 수수료 {RefundEligibility.Won(fee)}");
                }
            default:
                return (0, "수수료 0원");
        }
    }
}
