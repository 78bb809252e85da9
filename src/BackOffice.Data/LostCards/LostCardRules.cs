namespace BackOffice.Data.LostCards;

/// <summary>What a loss report does with the card's balance, and the sentence the agent reads to the member.</summary>
public sealed record LostCardOutcome(
    LostCardBalanceHandling Handling, long SweepToEmoney, long CarryToReissue, string Explanation, DateOnly? FraudWindowFrom, long MemberFraudShareCap);

/// <summary>
/// The loss rules of the program policy in force:
/// - 000 분실: a registered card's balance moves to the member's e-money automatically; an unregistered card is like
///   lost cash ("미등록 카드: 현금 분실과 같아 환불 불가").
/// - 003 하나로 제11조4, 003 캐시비 제9조②: a lost or stolen card's balance is not refunded (the clause comes from the policy).
/// - 004 제13조③④: a named (or registered, 제13조②2) card's balance at report time goes to the reissued card; fraudulent use
///   from 60 days before the report may be compensated, the member bearing up to 20,000 won per card.
/// - Programs without loss protection only stop the card.
/// </summary>
public static class LostCardRules
{
    public static LostCardOutcome Decide(ProgramPolicy policy, bool isNamed, bool isRegistered, long balance, DateOnly reportDay)
    {
        var protectedCard = isNamed || isRegistered;
        var version = $"정책 v{policy.Version}";
        switch (policy.LostCardHandling)
        {
            case LostCardBalanceHandling.MoveToEmoney when protectedCard:
                return new LostCardOutcome(policy.LostCardHandling, balance, 0, balance > 0
                    ? $"등록 카드 → 잔액 {Won(balance)}을 e음머니로 전환 ({version}, 000 분실)"
                    : $"등록 카드 → 잔액 0원, 전환할 금액 없음 ({version}, 000 분실)", null, 0);

            case LostCardBalanceHandling.CarryToReissuedCard when protectedCard:
                var from = reportDay.AddDays(-policy.FraudCompensationDaysBeforeReport);
                return new LostCardOutcome(policy.LostCardHandling, 0, balance,
                    $"기명·등록 카드 → 신고 시점 잔액 {Won(balance)}을 재발급 카드로 이전 ({version}, 004 제13조③). " +
                    $"부정사용 보상: {from:yyyy-MM-dd}부터 신고 시점까지의 부정사용, 회원 부담 카드당 최대 {Won(policy.MemberFraudShareCapPerCard)} (004 제13조④)",
                    from, policy.MemberFraudShareCapPerCard);

            case LostCardBalanceHandling.MoveToEmoney:
                return new LostCardOutcome(LostCardBalanceHandling.None, 0, 0,
                    $"{UnregisteredLocalHeadline}. 미등록 무기명 카드 → 현금을 잃어버린 것과 같아 잔액 {Won(balance)}은 보전되지 않습니다. "
                    + $"카드 사용만 정지합니다 ({version}). {StaysOnCard}", null, 0);

            case LostCardBalanceHandling.CarryToReissuedCard:
                return new LostCardOutcome(LostCardBalanceHandling.None, 0, 0,
                    $"무기명·미등록 카드: 분실·도난 보상 대상 아님 (004 제13조②). 현금을 잃어버린 것과 같아 잔액 {Won(balance)}은 보전되지 않습니다. "
                    + $"카드 사용만 정지합니다 ({version}). {StaysOnCard}", null, 0);

            default:
                {
                    var citation = policy.CitationOf(nameof(ProgramPolicy.LostCardHandling));
                    var recovered = policy.RecoveredLostCardRefundable
                        ? $" 카드를 되찾아 가져오면 정상·불량 카드로 처리합니다 ({policy.CitationOf(nameof(ProgramPolicy.RecoveredLostCardRefundable))})."
                        : "";
                    return new LostCardOutcome(LostCardBalanceHandling.None, 0, 0,
                        $"분실·도난 카드: 현금 분실과 같아 환불 불가 ({citation}). 이 프로그램은 분실·도난 카드의 잔액 {Won(balance)}을 보전하지 않습니다. "
                        + $"카드 사용만 정지합니다 ({version}). {StaysOnCard}{recovered}", null, 0);
                }
        }
    }

    /// <summary>What the report and the card page say for an unregistered LOCAL card (000 분실).</summary>
    public const string UnregisteredLocalHeadline = "미등록 카드: 현금 분실과 같아 환불 불가 (000 분실)";

    /// <summary>
    /// Issue 11 point 12: where an unprotected lost card's balance goes in the ledger. It stays recorded on the stopped
    /// card's account. It is still the card holder's stored value and the operator's liability: the card may be found
    /// (003 하나로 제11조5) and until the claim is prescribed nobody may take it as income; a move to a separate "lost
    /// bearer balance" account would only restate the same liability under another name and have to be reversed when
    /// the card turns up. No journal entry is posted; the stopped card refuses payments and top-ups, and refunds of it
    /// are refused by the refund rules.
    /// </summary>
    private const string StaysOnCard = "잔액은 운영사 수익이 아니며 정지된 카드에 그대로 기록됩니다.";

    private static string Won(long amount) => KoreanWon.Format(amount);
}
