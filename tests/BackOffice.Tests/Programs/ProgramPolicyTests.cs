namespace BackOffice.Tests.Programs;

public class ProgramPolicyTests
{
    [Fact]
    public void Voucher_charge_on_Jan_1_is_cancellable_until_Jan_8_2359()
    {
        // 002: counted from the next day.
        var last = ChargeCancelWindow.LastMoment(new DateTime(2026, 1, 1, 15, 30, 0), 7, CancelWindowCounting.FromNextDay);
        Assert.Equal(new DateTime(2026, 1, 8, 23, 59, 59), last.AddTicks(-(last.Ticks % TimeSpan.TicksPerSecond)));
        Assert.True(new DateTime(2026, 1, 8, 23, 59, 59) <= last);
        Assert.True(new DateTime(2026, 1, 9, 0, 0, 0) > last);
    }

    [Fact]
    public void Local_currency_charge_counts_the_charge_day_itself()
    {
        // 000: 7 days including the charge day → Jan 1 charge, last day Jan 7.
        var last = ChargeCancelWindow.LastMoment(new DateTime(2026, 1, 1, 9, 0, 0), 7, CancelWindowCounting.ChargeDayCounted);
        Assert.Equal(new DateOnly(2026, 1, 7), DateOnly.FromDateTime(last));
        Assert.Equal("2026-01-01 충전, 충전일 포함 7일 → 2026-01-07 23:59까지 취소 가능",
            ChargeCancelWindow.Explain(new DateTime(2026, 1, 1, 9, 0, 0), 7, CancelWindowCounting.ChargeDayCounted));
    }

    [Fact]
    public void Presets_carry_the_seed_values()
    {
        var local = ProgramPresets.LocalCurrencyPolicy();
        Assert.Equal((500_000, 2_000_000), (local.BearerCardBalanceLimit, local.NamedCardBalanceLimit));
        Assert.Equal(60, local.RefundUsedPercentThreshold);
        Assert.Equal(90, local.ExpiredCardRefundPercent);
        Assert.Equal((10, 6), (local.CashbackPercentInDistrict, local.CashbackPercentOutOfDistrict));
        Assert.Equal(LostCardBalanceHandling.MoveToEmoney, local.LostCardHandling);

        var hanaro = ProgramPresets.HanaroPolicy().ChannelRule(RefundChannel.BankAccount)!;
        Assert.Equal((RefundFeeKind.PercentPerStartedUnit, 2, 10_000L), (hanaro.FeeKind, hanaro.FeePercent, hanaro.FeeUnit));
        var cashbee = ProgramPresets.CashbeePolicy();
        Assert.Equal((500L, 20_000L), (cashbee.ChannelRule(RefundChannel.Store)!.FeeFlat, cashbee.ChannelRule(RefundChannel.Store)!.Cap));
        Assert.True(cashbee.DefectBalanceVerifyInBusinessDays);
        Assert.Equal(24, cashbee.CardPriceRefundMonths);

        var bc = ProgramPresets.CardCompanyPolicy();
        Assert.Equal((10_000L, 80), (bc.SmallFaceValueLimit, bc.SmallFaceValueUsedPercentThreshold));
        Assert.Equal((60, 20_000L), (bc.FraudCompensationDaysBeforeReport, bc.MemberFraudShareCapPerCard));
        Assert.Equal(LostCardBalanceHandling.CarryToReissuedCard, bc.LostCardHandling);
        Assert.Equal(5_000_000, bc.NamedCardBalanceLimit);

        Assert.Equal(CancelWindowCounting.FromNextDay, ProgramPresets.VoucherPolicy().ChargeCancelCounting);
    }

    [Fact]
    public void The_version_in_force_is_the_latest_that_has_taken_effect()
    {
        var v1 = ProgramPresets.LocalCurrencyPolicy();
        var v2 = ProgramPresets.LocalCurrencyPolicy();
        v2.Version = 2;
        v2.EffectiveFrom = new DateOnly(2026, 7, 1);
        v2.RefundUsedPercentThreshold = 50;

        Assert.Equal(1, PolicySelector.InForce([v1, v2], new DateOnly(2026, 6, 30)).Version);
        Assert.Equal(2, PolicySelector.InForce([v1, v2], new DateOnly(2026, 7, 1)).Version);
        var error = Assert.Throws<InvalidOperationException>(() => PolicySelector.InForce([v2], new DateOnly(2026, 1, 1)));
        Assert.Contains("시행 중인 정책 버전이 없습니다", error.Message);
    }
}
