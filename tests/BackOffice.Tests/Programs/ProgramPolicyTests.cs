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

    private static ProgramPolicy Preset(string code) => ProgramPresets.All().Single(p => p.Program.Code == code).Policy;

    /// <summary>Program, parameter, the seed's value, and the clause its citation must name ("운영 정책" = no seed gives it).</summary>
    public static TheoryData<string, string, object, string> CitedValues() => new()
    {
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.RefundUsedPercentThreshold), 60, "000 환불" },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.UsedPercentBase), UsedPercentBase.SinceLastMoneyAdded, "000 환불" },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.ExpiredCardRefundPercent), 90, "000 환불" },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.ChargeCancelDays), 7, "000 충전" },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.ChargeCancelPayoutDays), 3, "000 충전" },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.ChargeCancelPayoutCounting), DayCounting.CalendarDays, "000 충전" },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.LostCardHandling), LostCardBalanceHandling.MoveToEmoney, "000 분실" },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.PrescriptionYears), 5, PolicyCitations.OperatorSetting },
        { ProgramPresets.LocalCurrency, nameof(ProgramPolicy.CardPrice), 3_000L, PolicyCitations.OperatorSetting },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.RefundUsedPercentThreshold), 0, "003 하나로 제11조2" },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.DisasterRefundWithoutFee), true, "003 하나로 제11조1" },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.DefectBalanceVerifyDays), 15, "003 하나로 제11조3" },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.DefectBalanceVerifyInBusinessDays), false, "003 하나로 제11조3" },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.LostCardHandling), LostCardBalanceHandling.None, "003 하나로 제11조4" },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.RecoveredLostCardRefundable), true, "003 하나로 제11조5" },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.ExpiredCardRefundPercent), 90, PolicyCitations.OperatorSetting },
        { ProgramPresets.Hanaro, nameof(ProgramPolicy.ChargeCancelDays), 7, PolicyCitations.OperatorSetting },
        { ProgramPresets.Cashbee, nameof(ProgramPolicy.RefundUsedPercentThreshold), 0, "003 캐시비 제9조①1" },
        { ProgramPresets.Cashbee, nameof(ProgramPolicy.DisasterRefundWithoutFee), true, "003 캐시비 제9조①1 단서·제9조①2" },
        { ProgramPresets.Cashbee, nameof(ProgramPolicy.DefectBalanceVerifyDays), 10, "003 캐시비 제9조①4" },
        { ProgramPresets.Cashbee, nameof(ProgramPolicy.DefectBalanceVerifyInBusinessDays), true, "003 캐시비 제9조①4" },
        { ProgramPresets.Cashbee, nameof(ProgramPolicy.CardPriceRefundMonths), 24, "003 캐시비 제9조①4" },
        { ProgramPresets.Cashbee, nameof(ProgramPolicy.LostCardHandling), LostCardBalanceHandling.None, "003 캐시비 제9조②" },
        { ProgramPresets.Cashbee, nameof(ProgramPolicy.RecoveredLostCardRefundable), false, PolicyCitations.OperatorSetting },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.RefundUsedPercentThreshold), 60, "004 제12조②3" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.UsedPercentBase), UsedPercentBase.ChargedAmount, "004 제12조②3" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.SmallFaceValueLimit), 10_000L, "004 제12조②3" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.SmallFaceValueUsedPercentThreshold), 80, "004 제12조②3" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.ExpiredCardRefundPercent), 100, "004 제4조③" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.PrescriptionYears), 5, "004 제5조①" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.LostCardHandling), LostCardBalanceHandling.CarryToReissuedCard, "004 제13조③" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.ReissueValidity), ReissueValidity.KeepOldExpiry, "004 제4조②" },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.DefectBalanceVerifyDays), 15, PolicyCitations.OperatorSetting },
        { ProgramPresets.CardCompanyPrepaid, nameof(ProgramPolicy.ChargeCancelDays), 7, PolicyCitations.OperatorSetting },
        { ProgramPresets.Voucher, nameof(ProgramPolicy.UsedPercentBase), UsedPercentBase.FaceValue, "002 잔액 환불" },
        { ProgramPresets.Voucher, nameof(ProgramPolicy.RefundUsedPercentThreshold), 60, "002 잔액 환불" },
        { ProgramPresets.Voucher, nameof(ProgramPolicy.ExpiredCardRefundPercent), 0, "002 환불 불가능한 경우" },
        { ProgramPresets.Voucher, nameof(ProgramPolicy.ChargeCancelCounting), CancelWindowCounting.FromNextDay, "002 충전 취소" },
        { ProgramPresets.Voucher, nameof(ProgramPolicy.ChargeCancelPayoutCounting), DayCounting.AtOnce, "002 충전 취소" },
        { ProgramPresets.Voucher, nameof(ProgramPolicy.NamedCardBalanceLimit), 2_000_000L, PolicyCitations.OperatorSetting },
    };

    [Theory]
    [MemberData(nameof(CitedValues))]
    public void Each_value_cites_the_clause_that_says_it(string program, string parameter, object value, string clause)
    {
        var policy = Preset(program);
        Assert.Equal(value, typeof(ProgramPolicy).GetProperty(parameter)!.GetValue(policy));
        if (clause == PolicyCitations.OperatorSetting)
        {
            Assert.True(policy.IsOperatorSetting(parameter), $"{program}.{parameter} cites {policy.CitationOf(parameter)}, but no seed gives it");
            Assert.Equal(PolicyCitations.OperatorSetting, policy.CitationOf(parameter));
        }
        else
        {
            Assert.StartsWith(clause, policy.CitationOf(parameter));
        }
    }

    [Theory]
    [InlineData(ProgramPresets.LocalCurrency, "000 ")]
    [InlineData(ProgramPresets.Hanaro, "003 하나로 ")]
    [InlineData(ProgramPresets.Cashbee, "003 캐시비 ")]
    [InlineData(ProgramPresets.CardCompanyPrepaid, "004 ")]
    [InlineData(ProgramPresets.Voucher, "002 ")]
    public void Every_citation_of_a_preset_names_its_own_seed(string program, string seed)
    {
        var policy = Preset(program);
        Assert.All(policy.Citations, c => Assert.StartsWith(seed, c.Value));
        Assert.All(policy.RefundChannels, r => Assert.True(r.Citation == PolicyCitations.OperatorSetting || r.Citation.StartsWith(seed, StringComparison.Ordinal), r.Citation));
        Assert.All(policy.Citations.Keys, name => Assert.NotNull(typeof(ProgramPolicy).GetProperty(name)));
    }

    [Fact]
    public void Channel_rules_carry_the_seed_fees_caps_and_deadlines()
    {
        var local = Preset(ProgramPresets.LocalCurrency).ChannelRule(RefundChannel.BankAccount)!;
        Assert.Equal((RefundFeeKind.None, 3, DayCounting.BusinessDays), (local.FeeKind, local.PayoutDays, local.PayoutCounting));
        Assert.StartsWith("000 환불", local.Citation);
        var hanaro = Preset(ProgramPresets.Hanaro);
        Assert.Equal([RefundChannel.BankAccount, RefundChannel.Store], hanaro.RefundChannels.Select(r => r.Channel));
        Assert.All(hanaro.RefundChannels, r => Assert.Equal((DayCounting.AtOnce, 2, 10_000L), (r.PayoutCounting, r.FeePercent, r.FeeUnit)));
        var cashbee = Preset(ProgramPresets.Cashbee);
        Assert.Null(cashbee.ChannelRule(RefundChannel.BankAccount));
        var envelope = cashbee.ChannelRule(RefundChannel.Envelope)!;
        Assert.Equal((RefundFeeKind.None, 10, DayCounting.BusinessDays), (envelope.FeeKind, envelope.PayoutDays, envelope.PayoutCounting));
        Assert.Contains("제9조①6가", envelope.Citation);
        Assert.Equal((RefundFeeKind.None, 0L), (cashbee.ChannelRule(RefundChannel.DirectVisit)!.FeeKind, cashbee.ChannelRule(RefundChannel.DirectVisit)!.Cap));
        Assert.Equal(PolicyCitations.OperatorSetting, Preset(ProgramPresets.CardCompanyPrepaid).ChannelRule(RefundChannel.BankAccount)!.Citation);
        var voucher = Preset(ProgramPresets.Voucher).ChannelRule(RefundChannel.BankAccount)!;
        Assert.Equal((5, DayCounting.BusinessDays), (voucher.PayoutDays, voucher.PayoutCounting));
        Assert.StartsWith("002 잔액 환불", voucher.Citation);
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
