namespace BackOffice.Tests.LostCards;

public class LostCardRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void A_registered_local_card_moves_its_whole_balance_to_e_money()
    {
        var outcome = LostCardRules.Decide(ProgramPresets.LocalCurrencyPolicy(), isNamed: false, isRegistered: true, 12_400, Day);
        Assert.Equal((LostCardBalanceHandling.MoveToEmoney, 12_400L, 0L), (outcome.Handling, outcome.SweepToEmoney, outcome.CarryToReissue));
        Assert.Equal("등록 카드 → 잔액 12,400원을 e음머니로 전환 (정책 v1, 000 분실)", outcome.Explanation);
    }

    [Fact]
    public void An_unregistered_bearer_card_is_like_lost_cash()
    {
        var outcome = LostCardRules.Decide(ProgramPresets.LocalCurrencyPolicy(), isNamed: false, isRegistered: false, 30_000, Day);
        Assert.Equal((LostCardBalanceHandling.None, 0L, 0L), (outcome.Handling, outcome.SweepToEmoney, outcome.CarryToReissue));
        Assert.Contains("현금을 잃어버린 것과 같아 잔액 30,000원은 보전되지 않습니다", outcome.Explanation);
    }

    [Fact]
    public void A_card_company_named_card_carries_its_balance_and_shows_the_fraud_window()
    {
        var outcome = LostCardRules.Decide(ProgramPresets.CardCompanyPolicy(), isNamed: true, isRegistered: false, 80_000, Day);
        Assert.Equal((LostCardBalanceHandling.CarryToReissuedCard, 0L, 80_000L), (outcome.Handling, outcome.SweepToEmoney, outcome.CarryToReissue));
        Assert.Equal(new DateOnly(2026, 9, 21), outcome.FraudWindowFrom); // 60 days before the report (004 제13조④)
        Assert.Equal(20_000, outcome.MemberFraudShareCap);
        Assert.Contains("2026-09-21부터 신고 시점까지의 부정사용, 회원 부담 카드당 최대 20,000원", outcome.Explanation);
    }

    [Fact]
    public void Transit_cards_are_only_stopped()
    {
        var outcome = LostCardRules.Decide(ProgramPresets.HanaroPolicy(), isNamed: true, isRegistered: true, 5_000, Day);
        Assert.Equal((LostCardBalanceHandling.None, 0L), (outcome.Handling, outcome.SweepToEmoney));
        Assert.Contains("카드 사용만 정지합니다", outcome.Explanation);
    }
}
