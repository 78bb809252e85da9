namespace BackOffice.Data.LostCards;

/// <summary>What a loss report does with the card's balance, and the sentence the agent reads to the member.</summary>
public sealed record LostCardOutcome(
    LostCardBalanceHandling Handling, long SweepToEmoney, long CarryToReissue, string Explanation, DateOnly? FraudWindowFrom, long MemberFraudShareCap);

/// <summary>
/// The loss rules of the program policy in force:
/// - 000 분실: a registered card's balance moves to the member's e-money automatically; an unregistered card is like
///   lost cash (003 제11조4, 제19조).
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

            case LostCardBalanceHandling.MoveToEmoney or LostCardBalanceHandling.CarryToReissuedCard:
                return new LostCardOutcome(LostCardBalanceHandling.None, 0, 0,
                    $"미등록 무기명 카드 → 현금을 잃어버린 것과 같아 잔액 {Won(balance)}은 보전되지 않습니다. 카드 사용만 정지합니다 ({version}, 000 분실, 003 제11조4)",
                    null, 0);

            default:
                return new LostCardOutcome(LostCardBalanceHandling.None, 0, 0,
                    $"이 프로그램은 분실·도난 카드의 잔액을 보전하지 않습니다. 카드 사용만 정지합니다 ({version}, 003 제11조4, 제19조)", null, 0);
        }
    }

    private static string Won(long amount) => KoreanWon.Format(amount);
}
