namespace BackOffice.Data.Refunds;

public enum RefundKind
{
    /// <summary>충전 취소: an unused charge within the program's window.</summary>
    ChargeCancel = 0,
    /// <summary>잔액 환불: at any time or after enough has been used, by <see cref="ProgramPolicy.RefundUsedPercentThreshold"/> and <see cref="ProgramPolicy.UsedPercentBase"/>.</summary>
    BalanceRefund = 1,
    /// <summary>유효기간 만료 카드: validity passed, prescription not complete.</summary>
    ExpiredCard = 2,
    /// <summary>천재지변·카드 결함: always refundable in full; fee-free where <see cref="ProgramPolicy.DisasterRefundWithoutFee"/> (its citation says where from).</summary>
    DisasterOrDefect = 3,
    /// <summary>회원 탈퇴 전 환불: balances are forfeited at withdrawal, so they are refunded before it (001 §5).</summary>
    BeforeWithdrawal = 4,
    /// <summary>부정사용 보상금 (004 제13조④): the operator's money, filed by a fraud claim case's assessment (issue 13), not from the dialog.</summary>
    FraudCompensation = 5,
}

/// <summary>One movement on the card that the rules look at, oldest first.</summary>
public sealed record CardMovement(DateTimeOffset At, CardMovementKind Kind, long Amount, long BalanceAfter, long? ChargeId = null);

public enum CardMovementKind
{
    /// <summary>Money added: a top-up, a move from e-money, a payment cancel, a transfer in. Restarts the measurement (000 환불, e음머니).</summary>
    MoneyAdded = 0,
    /// <summary>Money spent or moved out.</summary>
    MoneyOut = 1,
}

/// <summary>What the rules need to know about the card and the request.</summary>
/// <param name="FaceValue">The voucher's face value (권면금액), the base of <see cref="UsedPercentBase.FaceValue"/>; 0 when the card has none.</param>
public sealed record RefundCase(
    RefundKind Kind,
    RefundChannel Channel,
    DateTimeOffset Now,
    long CurrentBalance,
    IReadOnlyList<CardMovement> History,
    DateOnly ExpiresOn,
    bool CardUsable,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset SoldAt,
    ChargeToCancel? Charge = null,
    long FaceValue = 0);

/// <summary>The charge a member asks to cancel: what was charged and what was actually paid (discounts are not refunded, 002).</summary>
public sealed record ChargeToCancel(long ChargeId, DateTimeOffset ChargedAt, long ChargedAmount, long PaidAmount);

/// <summary>
/// A refund decision with the policy version it used and the calculation the screen shows, e.g.
/// "사용률 64% (64,000 / 100,000, 기준: 2026-03-02 충전 이후) ≥ 60% → 환불 가능 (000 환불) · 수수료 0원".
/// </summary>
public sealed record RefundDecision(bool Eligible, long Amount, long Fee, int PolicyVersion, long PolicyId, string Explanation)
{
    public long Payout => Eligible ? Amount - Fee : 0;
}
