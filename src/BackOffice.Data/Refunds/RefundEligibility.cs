namespace BackOffice.Data.Refunds;

/// <summary>
/// Decides whether a refund is allowed and computes amount and fee from the program policy in force.
/// Integer arithmetic only: a percentage is compared as used × 100 ≥ threshold × base, so exactly 60 % passes.
/// </summary>
public static class RefundEligibility
{
    private static readonly TimeSpan Kst = KoreanTime.Offset;
    /// <summary>Prescription of prepaid balances: 5 years from last use, or from sale/charge if never used (004 제5조①).</summary>
    public const int PrescriptionYears = 5;

    public static RefundDecision Decide(RefundCase c, ProgramPolicy policy) => c.Kind switch
    {
        RefundKind.ChargeCancel => ChargeCancel(c, policy),
        RefundKind.BalanceRefund => BalanceRefund(c, policy),
        RefundKind.ExpiredCard => Expired(c, policy),
        RefundKind.DisasterOrDefect => WithFee(c, policy, c.CurrentBalance, "천재지변·카드 결함 → 잔액 전액 환불 가능", policy.DisasterRefundWithoutFee),
        RefundKind.BeforeWithdrawal => WithFee(c, policy, c.CurrentBalance, "회원 탈퇴 전 잔액 환불 (탈퇴 후에는 잔액이 소멸, 001 §5)"),
        _ => No(policy, "알 수 없는 환불 유형입니다."),
    };

    private static RefundDecision ChargeCancel(RefundCase c, ProgramPolicy policy)
    {
        if (c.Charge is not { } charge) return No(policy, "취소할 충전 건을 선택하세요.");
        if (!c.CardUsable) return No(policy, "유효한 카드의 충전만 취소할 수 있습니다 (정지·만료 카드).");
        var chargedLocal = charge.ChargedAt.ToOffset(Kst).DateTime;
        var window = ChargeCancelWindow.Explain(chargedLocal, policy.ChargeCancelDays, policy.ChargeCancelCounting);
        var last = ChargeCancelWindow.LastMoment(chargedLocal, policy.ChargeCancelDays, policy.ChargeCancelCounting);
        if (c.Now.ToOffset(Kst).DateTime > last) return No(policy, $"{window} → 기간이 지나 취소할 수 없습니다.");
        var spentSince = c.History.Any(m => m.At > charge.ChargedAt && m.Kind == CardMovementKind.MoneyOut);
        if (spentSince) return No(policy, $"{window} · 충전 후 사용 내역이 있어 취소할 수 없습니다 (미사용 충전만, 부분 취소 불가).");
        if (c.CurrentBalance < charge.ChargedAmount) return No(policy, "카드 잔액이 충전 금액보다 적어 취소할 수 없습니다 (부분 취소 불가).");
        var discount = charge.ChargedAmount - charge.PaidAmount;
        var note = discount > 0 ? $" · 할인 {Won(discount)}은 환불되지 않음 (실제 결제액 {Won(charge.PaidAmount)})" : "";
        return new RefundDecision(true, charge.PaidAmount, 0, policy.Version, policy.Id, $"{window} · 미사용 → 충전 취소 가능{note} · 수수료 0원");
    }

    private static RefundDecision BalanceRefund(RefundCase c, ProgramPolicy policy)
    {
        if (c.CurrentBalance <= 0) return No(policy, "환불할 잔액이 없습니다.");
        var lastAdded = c.History.LastOrDefault(m => m.Kind == CardMovementKind.MoneyAdded);
        if (lastAdded is null) return No(policy, "충전 내역이 없어 사용률을 계산할 수 없습니다.");
        var baseAmount = lastAdded.BalanceAfter;
        var used = Math.Max(0, baseAmount - c.CurrentBalance);
        var small = policy.SmallFaceValueLimit > 0 && lastAdded.Amount <= policy.SmallFaceValueLimit;
        var threshold = small ? policy.SmallFaceValueUsedPercentThreshold : policy.RefundUsedPercentThreshold;
        var percent = (int)(used * 100 / baseAmount); // shown rounded down; the comparison below is exact
        var basis = $"사용률 {percent}% ({Won(used, false)} / {Won(baseAmount, false)}, 기준: {lastAdded.At.ToOffset(Kst):yyyy-MM-dd} 충전 이후)";
        var rule = small ? $"{threshold}% (충전액 {Won(policy.SmallFaceValueLimit)} 이하)" : $"{threshold}%";
        if (used * 100 < (long)threshold * baseAmount) return No(policy, $"{basis} < {rule} → 환불 불가 (잔액의 {threshold}% 이상 사용 후 환불 가능)");
        return WithFee(c, policy, c.CurrentBalance, $"{basis} ≥ {rule} → 환불 가능");
    }

    private static RefundDecision Expired(RefundCase c, ProgramPolicy policy)
    {
        var today = DateOnly.FromDateTime(c.Now.ToOffset(Kst).DateTime);
        if (today <= c.ExpiresOn) return No(policy, $"유효기간({c.ExpiresOn:yyyy-MM-dd})이 지나지 않았습니다. 잔액 환불 조건을 확인하세요.");
        var from = c.LastUsedAt ?? c.SoldAt;
        var prescribed = DateOnly.FromDateTime(from.ToOffset(Kst).DateTime).AddYears(PrescriptionYears);
        if (today >= prescribed)
            return No(policy, $"소멸시효 완성 ({(c.LastUsedAt is null ? "판매일" : "최종 사용일")} {from.ToOffset(Kst):yyyy-MM-dd} + {PrescriptionYears}년 = {prescribed:yyyy-MM-dd}) → 환불 불가 (004 제5조①)");
        var amount = c.CurrentBalance * policy.ExpiredCardRefundPercent / 100; // sub-won truncated (004 제4조②)
        return WithFee(c, policy, amount,
            $"유효기간 {c.ExpiresOn:yyyy-MM-dd} 경과, 소멸시효 {prescribed:yyyy-MM-dd} 전 → 잔액 {Won(c.CurrentBalance)}의 {policy.ExpiredCardRefundPercent}% = {Won(amount)} 환불 가능");
    }

    private static RefundDecision WithFee(RefundCase c, ProgramPolicy policy, long amount, string basis, bool feeFree = false)
    {
        if (amount <= 0) return No(policy, $"{basis} · 환불할 금액이 없습니다.");
        if (policy.ChannelRule(c.Channel) is not { } rule)
            return No(policy, $"{basis} · 이 프로그램은 {RefundChannelNames.Of(c.Channel)} 환불을 하지 않습니다 (가능: {string.Join(", ", policy.RefundChannels.Select(r => RefundChannelNames.Of(r.Channel)))}).");
        if (rule.Cap > 0 && amount > rule.Cap)
            return No(policy, $"{basis} · {RefundChannelNames.Of(c.Channel)} 환불은 {Won(rule.Cap)}까지입니다 ({rule.Citation}) → 다른 환불 경로를 선택하세요.");
        if (feeFree) return new RefundDecision(true, amount, 0, policy.Version, policy.Id, $"{basis} · 수수료 0원");
        var (fee, feeText) = RefundFee.Compute(rule, amount);
        if (rule.FeeKind == RefundFeeKind.Flat && amount < fee)
            return No(policy, $"{basis} · 잔액 {Won(amount)}이 수수료 {Won(fee)}보다 적어 {RefundChannelNames.Of(c.Channel)}에서 환불할 수 없습니다 → 직접 방문 접수 ({rule.Citation}).");
        return new RefundDecision(true, amount, fee, policy.Version, policy.Id, $"{basis} · {feeText}");
    }

    private static RefundDecision No(ProgramPolicy policy, string why) => new(false, 0, 0, policy.Version, policy.Id, why);

    internal static string Won(long amount, bool suffix = true) => suffix ? KoreanWon.Format(amount) : KoreanWon.Number(amount);
}
