namespace BackOffice.Tests.Refunds;

public class RefundEligibilityTests
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly ProgramPolicy Local = ProgramPresets.LocalCurrencyPolicy();
    private static readonly ProgramPolicy Transit = ProgramPresets.HanaroPolicy();
    private static readonly ProgramPolicy CardCompany = ProgramPresets.CardCompanyPolicy();
    private static readonly ProgramPolicy Voucher = ProgramPresets.VoucherPolicy();

    private static DateTimeOffset At(int month, int day, int hour = 10, int minute = 0, int second = 0, int year = 2026) =>
        new(year, month, day, hour, minute, second, Kst);

    private static RefundCase Balance(long current, params CardMovement[] history) =>
        new(RefundKind.BalanceRefund, RefundChannel.BankAccount, At(3, 20), current, history, new DateOnly(2030, 1, 1), true, At(3, 10), At(1, 1));

    private static CardMovement Added(DateTimeOffset at, long amount, long after) => new(at, CardMovementKind.MoneyAdded, amount, after);
    private static CardMovement Out(DateTimeOffset at, long amount, long after) => new(at, CardMovementKind.MoneyOut, amount, after);

    [Fact]
    public void Sixty_four_percent_used_is_refundable_and_says_why()
    {
        var decision = RefundEligibility.Decide(Balance(36_000, Added(At(3, 2), 100_000, 100_000), Out(At(3, 5), 64_000, 36_000)), Local);
        Assert.True(decision.Eligible);
        Assert.Equal((36_000L, 0L, 36_000L), (decision.Amount, decision.Fee, decision.Payout));
        Assert.Equal("사용률 64% (64,000 / 100,000, 기준: 2026-03-02 충전 이후) ≥ 60% → 환불 가능 (000 환불) · 수수료 0원", decision.Explanation);
        Assert.Equal(1, decision.PolicyVersion);
    }

    [Theory]
    [InlineData(40_000, true)]   // exactly 60 %
    [InlineData(40_001, false)]  // 59.999 %
    public void Exactly_sixty_percent_is_the_boundary(long current, bool eligible) =>
        Assert.Equal(eligible, RefundEligibility.Decide(Balance(current, Added(At(3, 2), 100_000, 100_000)), Local).Eligible);

    [Theory]
    [InlineData(10_000, 2_000, true)]   // 80 % of a 10,000 won charge
    [InlineData(10_000, 2_001, false)]  // 79.99 %
    [InlineData(10_001, 4_000, true)]   // above 10,000 won the 60 % rule applies
    public void Small_charges_of_ten_thousand_won_or_less_need_eighty_percent(long charge, long current, bool eligible)
    {
        var decision = RefundEligibility.Decide(Balance(current, Added(At(3, 2), charge, charge)), CardCompany);
        Assert.Equal(eligible, decision.Eligible);
        if (charge <= 10_000) Assert.Contains("80% (충전액 10,000원 이하)", decision.Explanation);
    }

    [Fact]
    public void A_move_from_e_money_restarts_the_measurement()
    {
        var decision = RefundEligibility.Decide(Balance(40_000,
            Added(At(3, 2), 100_000, 100_000), Out(At(3, 3), 70_000, 30_000), Added(At(3, 4), 10_000, 40_000)), Local);
        Assert.False(decision.Eligible);
        Assert.StartsWith("사용률 0% (0 / 40,000, 기준: 2026-03-04 충전 이후) < 60% → 환불 불가", decision.Explanation);
    }

    [Theory]
    [InlineData(9_000, 200)]    // under 10,000 counts as 10,000 (003 하나로 제11조2)
    [InlineData(10_000, 200)]
    [InlineData(10_001, 400)]
    [InlineData(35_000, 800)]
    public void Transit_fee_is_two_percent_of_each_started_ten_thousand_won(long amount, long fee) =>
        Assert.Equal(fee, RefundFee.Compute(Transit.ChannelRule(RefundChannel.BankAccount)!, amount).Fee);

    [Fact]
    public void Store_refunds_cost_500_won_and_stop_at_20000_won()
    {
        // 003 캐시비 제9조①1나 (500원) · 제9조①6나 (최대 환불한도 2만원): the store channel is 캐시비's, not 하나로's.
        var cashbee = ProgramPresets.CashbeePolicy();
        Assert.Equal(500, RefundFee.Compute(cashbee.ChannelRule(RefundChannel.Store)!, 15_000).Fee);
        var big = Balance(25_000, Added(At(3, 2), 30_000, 30_000)) with { Kind = RefundKind.DisasterOrDefect, Channel = RefundChannel.Store };
        var decision = RefundEligibility.Decide(big, cashbee);
        Assert.False(decision.Eligible);
        Assert.Contains("매장(가맹점) 환불은 20,000원까지입니다 (003 캐시비 제9조①1 · 제9조①6나)", decision.Explanation);
        Assert.True(RefundEligibility.Decide(big with { Channel = RefundChannel.Envelope }, cashbee).Eligible);
    }

    private static RefundCase Cancel(DateTimeOffset now, long paid = 50_000, params CardMovement[] after) =>
        new(RefundKind.ChargeCancel, RefundChannel.BankAccount, now, 50_000,
            [Added(At(1, 1, 15, 30), 50_000, 50_000), .. after], new DateOnly(2030, 1, 1), true, null, At(1, 1),
            new ChargeToCancel(1, At(1, 1, 15, 30), 50_000, paid));

    [Fact]
    public void Local_currency_counts_the_charge_day_voucher_counts_from_the_next_day()
    {
        Assert.True(RefundEligibility.Decide(Cancel(At(1, 7, 23, 59, 59)), Local).Eligible);
        Assert.False(RefundEligibility.Decide(Cancel(At(1, 8, 0, 0, 0)), Local).Eligible);

        // 002: charge Jan 1 → cancellable until Jan 8 23:59.
        Assert.True(RefundEligibility.Decide(Cancel(At(1, 8, 23, 59, 59)), Voucher).Eligible);
        var late = RefundEligibility.Decide(Cancel(At(1, 9, 0, 0, 0)), Voucher);
        Assert.False(late.Eligible);
        Assert.Equal("2026-01-01 충전, 충전 다음날부터 7일 → 2026-01-08 23:59까지 취소 가능 (002 충전 취소) → 기간이 지나 취소할 수 없습니다.", late.Explanation);
    }

    [Fact]
    public void A_used_charge_cannot_be_cancelled_and_discounts_are_not_refunded()
    {
        var used = RefundEligibility.Decide(Cancel(At(1, 3), 50_000, Out(At(1, 2), 1_000, 49_000)), Local);
        Assert.False(used.Eligible);
        Assert.Contains("충전 후 사용 내역이 있어", used.Explanation);

        var discounted = RefundEligibility.Decide(Cancel(At(1, 3), paid: 47_500), Voucher);
        Assert.True(discounted.Eligible);
        Assert.Equal(47_500, discounted.Amount);
        Assert.Contains("할인 2,500원은 환불되지 않음", discounted.Explanation);
    }

    [Fact]
    public void An_expired_card_gets_ninety_percent_until_prescription()
    {
        var expired = new RefundCase(RefundKind.ExpiredCard, RefundChannel.BankAccount, At(3, 20), 10_005, [], new DateOnly(2026, 1, 31), false,
            At(1, 10, year: 2025), At(1, 1, year: 2021));
        var decision = RefundEligibility.Decide(expired, Local);
        Assert.True(decision.Eligible);
        Assert.Equal(9_004, decision.Amount); // 90 % of 10,005 = 9,004.5 → 9,004 (sub-won truncated)

        // 004 제5조①: 5 years from the MONTH of last use → last use in February 2021 is prescribed from 2026-03-01.
        var prescribed = expired with { LastUsedAt = At(2, 19, year: 2021) };
        var old = RefundEligibility.Decide(prescribed, Local);
        Assert.False(old.Eligible);
        Assert.Contains("소멸시효 완성 (최종사용월 2021-02로부터 5년 → 2026-03-01부터 소멸)", old.Explanation);
        Assert.True(RefundEligibility.Decide(expired with { LastUsedAt = At(3, 19, year: 2021) }, Local).Eligible); // March 2021 → until 2026-03-31

        var notYet = RefundEligibility.Decide(expired with { ExpiresOn = new DateOnly(2026, 12, 31) }, Local);
        Assert.False(notYet.Eligible);
    }

    [Fact]
    public void Disaster_or_defect_is_always_refundable_in_full()
    {
        var decision = RefundEligibility.Decide(Balance(99_000, Added(At(3, 2), 100_000, 100_000)) with { Kind = RefundKind.DisasterOrDefect }, Local);
        Assert.True(decision.Eligible);
        Assert.Equal(99_000, decision.Amount);
    }
}
