namespace BackOffice.Data.CardIntake;

/// <summary>
/// The status transitions of a card intake case (000 재발급): requested → card received → inspected or rejected →
/// balance verified → settled → closed. Every step needs <see cref="Permission.HandleCardIntake"/>; postings are keyed
/// <c>intake:{CaseNo}:{step}</c>.
/// </summary>
public static class IntakeTransitions
{
    public static readonly TransitionTable<CardIntakeCase, IntakeStatus> Table = new(
        "CardIntakeCase", StatusName, c => c.Status, (c, s) => c.Status = s, c => c.Version++, c => c.CaseNo, c => c.MemberId);

    public static readonly Transition<CardIntakeCase, IntakeStatus> Receive = Table.Add("카드 수령",
        [IntakeStatus.Requested], IntakeStatus.CardReceived, Permission.HandleCardIntake, "없음", "card.intake.received");

    public static readonly Transition<CardIntakeCase, IntakeStatus> Inspect = Table.Add("검수",
        [IntakeStatus.CardReceived], IntakeStatus.Inspected, Permission.HandleCardIntake, "없음 (보증 판정 기록)", "card.intake.inspected");

    /// <summary>No qualifying damage (simple scratches): the card goes back to active.</summary>
    public static readonly Transition<CardIntakeCase, IntakeStatus> Reject = Table.Add("검수",
        [IntakeStatus.CardReceived], IntakeStatus.Rejected, Permission.HandleCardIntake, "없음 (카드 사용 재개)", "card.intake.rejected");

    public static readonly Transition<CardIntakeCase, IntakeStatus> VerifyBalance = Table.Add("잔액 확인",
        [IntakeStatus.Inspected], IntakeStatus.BalanceVerified, Permission.HandleCardIntake, "없음 (장부 잔액과 대조)", "card.intake.balance-verified");

    public static readonly Transition<CardIntakeCase, IntakeStatus> Settle = Table.Add("정산",
        [IntakeStatus.BalanceVerified], IntakeStatus.Settled, Permission.HandleCardIntake,
        "계좌 환불 intake:{no}:refund, 다른 카드 충전 intake:{no}:load, 교체 잔액 이전 intake:{no}:carry 와 수수료 intake:{no}:fee, 카드 가격 환급 intake:{no}:card-price",
        "card.intake.settled");

    public static readonly Transition<CardIntakeCase, IntakeStatus> Close = Table.Add("종결",
        [IntakeStatus.Settled, IntakeStatus.Rejected], IntakeStatus.Closed, Permission.HandleCardIntake, "없음", "card.intake.closed");

    public static string StatusName(IntakeStatus status) => status switch
    {
        IntakeStatus.Requested => "접수 (카드 도착 대기)",
        IntakeStatus.CardReceived => "카드 수령",
        IntakeStatus.Inspected => "검수 완료",
        IntakeStatus.Rejected => "반려 (불량 아님)",
        IntakeStatus.BalanceVerified => "잔액 확인",
        IntakeStatus.Settled => "정산 완료",
        IntakeStatus.Closed => "종결",
        _ => status.ToString(),
    };
}
