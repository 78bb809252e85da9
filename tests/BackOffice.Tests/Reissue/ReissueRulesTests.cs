namespace BackOffice.Tests.Reissue;

public class ReissueRulesTests
{
    private static readonly ProgramPolicy Local = ProgramPresets.LocalCurrencyPolicy();
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateOnly Issued = new(2025, 10, 1);

    [Theory]
    [InlineData(ReissueReason.Lost, 3_000)]
    [InlineData(ReissueReason.Stolen, 3_000)]
    [InlineData(ReissueReason.Damaged, 3_000)]
    [InlineData(ReissueReason.Expired, 0)]
    [InlineData(ReissueReason.WrongDesignDelivered, 0)]
    [InlineData(ReissueReason.ReturnedMail, 0)]
    public void Fees_follow_the_reason(ReissueReason reason, long fee) =>
        Assert.Equal(fee, ReissueRules.Fee(Local, reason, Today, Issued, null, 0).Fee);

    [Theory]
    [InlineData("2025-11-20", 0)]      // exactly one year since first use: still within the warranty
    [InlineData("2025-11-19", 3_000)]  // a day later it is not
    public void A_broken_card_is_free_within_a_year_of_first_use(string firstUse, long fee)
    {
        var decision = ReissueRules.Fee(Local, ReissueReason.Broken, Today, Issued, DateOnly.Parse(firstUse), 0);
        Assert.Equal(fee, decision.Fee);
        Assert.Contains($"최초 사용일 {firstUse} + 12개월", decision.Explanation);
    }

    [Fact]
    public void Returned_mail_is_re_sent_free_once() =>
        Assert.Equal(3_000, ReissueRules.Fee(Local, ReissueReason.ReturnedMail, Today, Issued, null, earlierFreeResends: 1).Fee);

    [Fact]
    public void A_loss_reissue_needs_the_loss_report_first()
    {
        Assert.Equal("분실·도난 재발급은 분실·도난 신고를 먼저 접수한 카드만 가능합니다.",
            ReissueRules.StateProblem(ReissueReason.Lost, CardStatus.Active, Today.AddYears(3), Today));
        Assert.Null(ReissueRules.StateProblem(ReissueReason.Lost, CardStatus.Lost, Today.AddYears(3), Today));
        Assert.NotNull(ReissueRules.StateProblem(ReissueReason.Expired, CardStatus.Active, Today.AddMonths(2), Today));
        Assert.Null(ReissueRules.StateProblem(ReissueReason.Expired, CardStatus.Active, Today.AddDays(20), Today));
    }

    [Fact]
    public void An_unprotected_lost_card_keeps_its_balance_forfeited()
    {
        Assert.False(ReissueRules.CarriesBalance(ReissueReason.Lost, LostCardBalanceHandling.None));
        Assert.True(ReissueRules.CarriesBalance(ReissueReason.Lost, LostCardBalanceHandling.CarryToReissuedCard));
        Assert.True(ReissueRules.CarriesBalance(ReissueReason.Damaged, null));
    }
}
