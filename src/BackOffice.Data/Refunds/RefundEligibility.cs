using System.Text.RegularExpressions;

namespace BackOffice.Data.Refunds;

/// <summary>
/// Decides whether a refund is allowed and computes amount and fee from the program policy in force: every threshold,
/// base, percentage and fee comes from <see cref="ProgramPolicy"/>, and every explanation cites the clause the policy
/// gives for it (<see cref="ProgramPolicy.CitationOf"/>, the channel's <see cref="RefundChannelRule.Citation"/>) or says
/// "운영 정책". Integer arithmetic only: a percentage is compared as used × 100 ≥ threshold × base, so exactly 60 % passes.
/// </summary>
public static partial class RefundEligibility
{
    private static readonly TimeSpan Kst = KoreanTime.Offset;

    public static RefundDecision Decide(RefundCase c, ProgramPolicy policy) => c.Kind switch
    {
        RefundKind.ChargeCancel => ChargeCancel(c, policy),
        RefundKind.BalanceRefund => BalanceRefund(c, policy),
        RefundKind.ExpiredCard => Expired(c, policy),
        RefundKind.DisasterOrDefect => WithFee(c, policy, c.CurrentBalance,
            $"천재지변·카드 결함 → 잔액 전액 환불 가능 ({Cite(policy, nameof(ProgramPolicy.DisasterRefundWithoutFee))})", policy.DisasterRefundWithoutFee),
        RefundKind.BeforeWithdrawal => WithFee(c, policy, c.CurrentBalance, "회원 탈퇴 전 잔액 환불 (탈퇴 후에는 잔액이 소멸, 001 §5)"),
        _ => No(policy, "알 수 없는 환불 유형입니다."),
    };

    private static RefundDecision ChargeCancel(RefundCase c, ProgramPolicy policy)
    {
        if (c.Charge is not { } charge) return No(policy, "취소할 충전 건을 선택하세요.");
        if (!c.CardUsable) return No(policy, "유효한 카드의 충전만 취소할 수 있습니다 (정지·만료 카드).");
        var chargedLocal = charge.ChargedAt.ToOffset(Kst).DateTime;
        var window = $"{ChargeCancelWindow.Explain(chargedLocal, policy.ChargeCancelDays, policy.ChargeCancelCounting)} ({Cite(policy, nameof(ProgramPolicy.ChargeCancelDays))})";
        var last = ChargeCancelWindow.LastMoment(chargedLocal, policy.ChargeCancelDays, policy.ChargeCancelCounting);
        if (c.Now.ToOffset(Kst).DateTime > last) return No(policy, $"{window} → 기간이 지나 취소할 수 없습니다.");
        // A payment at the very instant of the charge is use of it too (>=, not >): only a charge nothing was taken from
        // since it reached the card is "unused".
        var spentSince = c.History.Any(m => m.At >= charge.ChargedAt && m.Kind == CardMovementKind.MoneyOut);
        if (spentSince) return No(policy, $"{window} · 충전 후 사용 내역이 있어 취소할 수 없습니다 (미사용 충전만, 부분 취소 불가).");
        if (c.CurrentBalance < charge.ChargedAmount) return No(policy, "카드 잔액이 충전 금액보다 적어 취소할 수 없습니다 (부분 취소 불가).");
        var discount = charge.ChargedAmount - charge.PaidAmount;
        var note = discount > 0 ? $" · 할인 {Won(discount)}은 환불되지 않음 (실제 결제액 {Won(charge.PaidAmount)})" : "";
        return new RefundDecision(true, charge.PaidAmount, 0, policy.Version, policy.Id, $"{window} · 미사용 → 충전 취소 가능{note} · 수수료 0원");
    }

    private static RefundDecision BalanceRefund(RefundCase c, ProgramPolicy policy)
    {
        if (c.CurrentBalance <= 0) return No(policy, "환불할 잔액이 없습니다.");
        var thresholdClause = Cite(policy, nameof(ProgramPolicy.RefundUsedPercentThreshold));
        // 0 = a normal card's balance is refunded at any time, less the channel's fee (003 하나로 제11조2, 캐시비 제9조①1).
        if (policy.RefundUsedPercentThreshold <= 0)
            return WithFee(c, policy, c.CurrentBalance, $"정상카드 잔액 환불: 사용률 조건 없음 ({thresholdClause})");

        if (Measure(c, policy) is not { } m) return No(policy, MissingBase(policy.UsedPercentBase));
        var small = policy.SmallFaceValueLimit > 0 && m.Base <= policy.SmallFaceValueLimit;
        var threshold = small ? policy.SmallFaceValueUsedPercentThreshold : policy.RefundUsedPercentThreshold;
        var percent = (int)(m.Used * 100 / m.Base); // shown rounded down; the comparison below is exact
        var basis = $"사용률 {percent}% ({Won(m.Used, false)} / {Won(m.Base, false)}, 기준: {m.Label})";
        var rule = small ? $"{threshold}% ({m.BaseName} {Won(policy.SmallFaceValueLimit)} 이하)" : $"{threshold}%";
        var clause = small ? Cite(policy, nameof(ProgramPolicy.SmallFaceValueUsedPercentThreshold)) : thresholdClause;
        if (m.Used * 100 < (long)threshold * m.Base)
            return No(policy, $"{basis} < {rule} → 환불 불가 ({m.BaseName}의 {threshold}% 이상 사용 후 환불 가능, {clause})");
        return WithFee(c, policy, c.CurrentBalance, $"{basis} ≥ {rule} → 환불 가능 ({clause})");
    }

    private sealed record Measurement(long Used, long Base, string Label, string BaseName);

    /// <summary>How much of the base has been used, by the program's <see cref="UsedPercentBase"/>; null when the base is unknown.</summary>
    private static Measurement? Measure(RefundCase c, ProgramPolicy policy)
    {
        switch (policy.UsedPercentBase)
        {
            case UsedPercentBase.ChargedAmount:
                {
                    // 004 제12조②3: the share used of the amount charged (the last charge). The balance left on the card
                    // counts as left of that charge first (older money is spent first), so used = charged − min(balance,
                    // charged). Base and the small-card test both read the charged amount; the balance after the charge
                    // (which may hold older money) is never the base.
                    var charge = c.History.LastOrDefault(m => m.Kind == CardMovementKind.MoneyAdded);
                    if (charge is null || charge.Amount <= 0) return null;
                    var used = charge.Amount - Math.Min(c.CurrentBalance, charge.Amount);
                    return new Measurement(used, charge.Amount, $"{charge.At.ToOffset(Kst):yyyy-MM-dd} 충전액", "충전액");
                }
            case UsedPercentBase.FaceValue:
                {
                    // 002: the share used of the voucher's face value, not of what was charged.
                    if (c.FaceValue <= 0) return null;
                    var used = c.FaceValue - Math.Min(c.CurrentBalance, c.FaceValue);
                    return new Measurement(used, c.FaceValue, "권면금액", "권면금액");
                }
            default:
                {
                    // 000 환불: measured from the last time money was added (top-up, e-money move, payment cancel).
                    var lastAdded = c.History.LastOrDefault(m => m.Kind == CardMovementKind.MoneyAdded);
                    if (lastAdded is null || lastAdded.BalanceAfter <= 0) return null;
                    var used = Math.Max(0, lastAdded.BalanceAfter - c.CurrentBalance);
                    return new Measurement(used, lastAdded.BalanceAfter, $"{lastAdded.At.ToOffset(Kst):yyyy-MM-dd} 충전 이후", "잔액");
                }
        }
    }

    private static string MissingBase(UsedPercentBase b) => b == UsedPercentBase.FaceValue
        ? "권면금액이 없어 사용률을 계산할 수 없습니다."
        : "충전 내역이 없어 사용률을 계산할 수 없습니다.";

    private static RefundDecision Expired(RefundCase c, ProgramPolicy policy)
    {
        var today = DateOnly.FromDateTime(c.Now.ToOffset(Kst).DateTime);
        if (today <= c.ExpiresOn) return No(policy, $"유효기간({c.ExpiresOn:yyyy-MM-dd})이 지나지 않았습니다. 잔액 환불 조건을 확인하세요.");
        var percentClause = Cite(policy, nameof(ProgramPolicy.ExpiredCardRefundPercent));
        if (policy.ExpiredCardRefundPercent <= 0)
            return No(policy, $"유효기간({c.ExpiresOn:yyyy-MM-dd})이 지난 카드·상품권은 환불 불가 ({percentClause})");
        var from = c.LastUsedAt ?? c.SoldAt;
        var prescribed = PrescribedFrom(from, policy.PrescriptionYears);
        var fromText = $"{(c.LastUsedAt is null ? "판매·충전월" : "최종사용월")} {from.ToOffset(Kst):yyyy-MM}";
        var prescriptionClause = Cite(policy, nameof(ProgramPolicy.PrescriptionYears));
        if (today >= prescribed)
            return No(policy, $"소멸시효 완성 ({fromText}로부터 {policy.PrescriptionYears}년 → {prescribed:yyyy-MM-dd}부터 소멸) → 환불 불가 ({prescriptionClause})");
        var amount = c.CurrentBalance * policy.ExpiredCardRefundPercent / 100; // sub-won truncated
        return WithFee(c, policy, amount,
            $"유효기간 {c.ExpiresOn:yyyy-MM-dd} 경과, 소멸시효 완성일 {prescribed:yyyy-MM-dd} 전 ({fromText}로부터 {policy.PrescriptionYears}년, {prescriptionClause}) → 잔액 {Won(c.CurrentBalance)}의 {policy.ExpiredCardRefundPercent}% = {Won(amount)} 환불 가능 ({percentClause})");
    }

    /// <summary>
    /// The first day a balance is prescribed. 004 제5조① counts "최종사용월로부터 … 5년": the period runs from the month,
    /// not the day, and the month of last use counts whole (initial month not cut short). So the years run from the end
    /// of that month: last use 2021-03-15 (or 2021-03-01, or 2021-03-31) → 5 years complete at the end of 2026-03-31 →
    /// prescribed from 2026-04-01; on 2026-03-31 the balance is still owed.
    /// </summary>
    public static DateOnly PrescribedFrom(DateTimeOffset lastUseOrSale, int years)
    {
        var local = DateOnly.FromDateTime(lastUseOrSale.ToOffset(Kst).DateTime);
        return new DateOnly(local.Year, local.Month, 1).AddMonths(1).AddYears(years);
    }

    private static RefundDecision WithFee(RefundCase c, ProgramPolicy policy, long amount, string basis, bool feeFree = false)
    {
        if (amount <= 0) return No(policy, $"{basis} · 환불할 금액이 없습니다.");
        if (policy.ChannelRule(c.Channel) is not { } rule)
            return No(policy, $"{basis} · 이 프로그램은 {RefundChannelNames.Of(c.Channel)} 환불을 하지 않습니다 (가능: {string.Join(", ", policy.RefundChannels.Select(r => RefundChannelNames.Of(r.Channel)))}).");
        if (rule.Cap > 0 && amount > rule.Cap)
            return No(policy, $"{basis} · {RefundChannelNames.Of(c.Channel)} 환불은 {Won(rule.Cap)}까지입니다 ({Short(rule.Citation)}) → {Others(policy, c.Channel, amount)}");
        if (feeFree) return new RefundDecision(true, amount, 0, policy.Version, policy.Id, $"{basis} · 수수료 0원");
        var (fee, feeText) = RefundFee.Compute(rule, amount);
        // 캐시비 제9조①1: "잔액이 회사가 정한 환급수수료보다 적은 경우에는 … 직접 방문". A balance EQUAL to the fee is
        // refused too: the store would keep the whole balance as its fee and pay 0 won, which refunds nothing, while a
        // fee-free channel (직접 방문, 제9조①6나 "직접 방문 접수: 없음") pays the member the whole balance. So the rule
        // is "the payout must be more than 0 won": amount ≤ fee → the fee-free channels.
        if (rule.FeeKind != RefundFeeKind.None && amount <= fee)
            return No(policy, $"{basis} · 잔액 {Won(amount)}이 수수료 {Won(fee)} 이하라 {RefundChannelNames.Of(c.Channel)}에서 환불하면 지급액이 없습니다 ({Short(rule.Citation)}) → {Others(policy, c.Channel, amount, feeFreeOnly: true)}");
        var feeClause = rule.FeeKind == RefundFeeKind.None ? "" : $" ({Short(rule.Citation)})";
        return new RefundDecision(true, amount, fee, policy.Version, policy.Id, $"{basis} · {feeText}{feeClause}");
    }

    /// <summary>Where the member can go instead, by the channels the policy lists.</summary>
    private static string Others(ProgramPolicy policy, RefundChannel refused, long amount, bool feeFreeOnly = false)
    {
        var others = policy.RefundChannels
            .Where(r => r.Channel != refused && (r.Cap == 0 || amount <= r.Cap) && (!feeFreeOnly || r.FeeKind == RefundFeeKind.None))
            .Select(r => RefundChannelNames.Of(r.Channel)).ToList();
        return others.Count == 0
            ? "이 프로그램에는 다른 환불 경로가 없습니다."
            : $"{string.Join(" 또는 ", others)} 접수로 환불하세요.";
    }

    private static RefundDecision No(ProgramPolicy policy, string why) => new(false, 0, 0, policy.Version, policy.Id, why);

    /// <summary>The clause of a policy parameter, short (e.g. "003 하나로 제11조2"), or "운영 정책".</summary>
    public static string Cite(ProgramPolicy policy, string parameter) => Short(policy.CitationOf(parameter));

    /// <summary>A citation without its parenthesised quotes: "003 캐시비 제9조①1 (편의점…) · 제9조①6나 (…)" → "003 캐시비 제9조①1 · 제9조①6나".</summary>
    public static string Short(string citation)
    {
        var s = Parenthesised().Replace(citation, "").Trim();
        return s.Length == 0 ? citation : s;
    }

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthesised();

    internal static string Won(long amount, bool suffix = true) => suffix ? KoreanWon.Format(amount) : KoreanWon.Number(amount);
}
