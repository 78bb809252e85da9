namespace BackOffice.Data.Platform.Programs;

/// <summary>
/// The programs the portal starts with, their values taken from the seed documents
/// (shared/domain-rules.md names each clause).
/// </summary>
public static class ProgramPresets
{
    public const string LocalCurrency = "LOCAL";
    public const string Transit = "TRANSIT";
    public const string CardCompanyPrepaid = "BC_PREPAID";
    public const string Voucher = "VOUCHER";

    public static readonly DateOnly FirstEffectiveDate = new(2025, 1, 1);

    public static IReadOnlyList<(CardProgram Program, ProgramPolicy Policy)> All() =>
    [
        (new CardProgram { Code = LocalCurrency, Name = "서로e음 지역화폐카드", Description = "지역화폐 선불 IC카드 + 앱 e음머니 + 캐시백 (seed 000)" }, LocalCurrencyPolicy()),
        (new CardProgram { Code = Transit, Name = "교통 선불카드 (하나로/캐시비)", Description = "교통 선불카드 약관 (seed 003)" }, TransitPolicy()),
        (new CardProgram { Code = CardCompanyPrepaid, Name = "BC 선불카드", Description = "카드사 포인트·선불카드 약관 (seed 004)" }, CardCompanyPolicy()),
        (new CardProgram { Code = Voucher, Name = "온누리 디지털상품권", Description = "디지털 상품권 환불 안내 (seed 002)" }, VoucherPolicy()),
    ];

    public static ProgramPolicy LocalCurrencyPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "000 충전·환불·분실·재발급",
        BearerCardBalanceLimit = 500_000,
        NamedCardBalanceLimit = 2_000_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        RefundUsedPercentThreshold = 60,
        SmallFaceValueLimit = 0,
        SmallFaceValueUsedPercentThreshold = 0,
        ExpiredCardRefundPercent = 90,
        RefundPayoutBusinessDays = 3,
        RefundFeeKind = RefundFeeKind.None,
        CashbackPercentInDistrict = 10,
        CashbackPercentOutOfDistrict = 6,
        LostCardHandling = LostCardBalanceHandling.MoveToEmoney,
        LostReissueFee = 3_000,
        DamagedReissueFee = 3_000,
        DefectBalanceVerifyDays = 15,
        BrokenCardWarrantyMonths = 12,
        ReplacementShipBusinessDays = 5,
        CardPrice = 3_000,
    };

    public static ProgramPolicy TransitPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "003 하나로 제7조·제11조, 캐시비 제9조",
        BearerCardBalanceLimit = 500_000,
        NamedCardBalanceLimit = 500_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        RefundUsedPercentThreshold = 60,
        ExpiredCardRefundPercent = 90,
        RefundPayoutBusinessDays = 3,
        RefundFeeKind = RefundFeeKind.PercentPerStartedUnit,
        RefundFeePercent = 2,
        RefundFeeUnit = 10_000,
        RefundFeeFlat = 500,
        StoreRefundCap = 20_000,
        LostCardHandling = LostCardBalanceHandling.None,
        LostReissueFee = 2_500,
        DamagedReissueFee = 2_500,
        DefectBalanceVerifyDays = 10,
        DefectBalanceVerifyInBusinessDays = true,
        BrokenCardWarrantyMonths = 12,
        CardPriceRefundMonths = 24,
        ReplacementShipBusinessDays = 5,
        CardPrice = 2_500,
    };

    public static ProgramPolicy CardCompanyPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "004 제9조·제12조·제13조",
        BearerCardBalanceLimit = 500_000,
        NamedCardBalanceLimit = 5_000_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        RefundUsedPercentThreshold = 60,
        SmallFaceValueLimit = 10_000,
        SmallFaceValueUsedPercentThreshold = 80,
        ExpiredCardRefundPercent = 100,
        RefundPayoutBusinessDays = 3,
        RefundFeeKind = RefundFeeKind.None,
        LostCardHandling = LostCardBalanceHandling.CarryToReissuedCard,
        FraudCompensationDaysBeforeReport = 60,
        MemberFraudShareCapPerCard = 20_000,
        LostReissueFee = 5_000,
        DamagedReissueFee = 5_000,
        DefectBalanceVerifyDays = 15,
        BrokenCardWarrantyMonths = 12,
        ReplacementShipBusinessDays = 5,
        CardPrice = 5_000,
    };

    public static ProgramPolicy VoucherPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "002 충전취소·잔액환불",
        BearerCardBalanceLimit = 2_000_000,
        NamedCardBalanceLimit = 2_000_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.FromNextDay,
        RefundUsedPercentThreshold = 60,
        ExpiredCardRefundPercent = 90,
        RefundPayoutBusinessDays = 3,
        RefundFeeKind = RefundFeeKind.None,
        LostCardHandling = LostCardBalanceHandling.None,
        DefectBalanceVerifyDays = 15,
        BrokenCardWarrantyMonths = 12,
        ReplacementShipBusinessDays = 5,
    };
}
