namespace BackOffice.Data.Platform.Programs;

/// <summary>
/// The programs the portal starts with. Every value a seed document gives cites its clause (shared/domain-rules.md);
/// every other value is the operator's own setting and is listed without a citation, so the programs page marks it
/// "운영 정책". 하나로카드 and 캐시비 are two sets of terms in seed 003 and so two programs.
/// </summary>
public static class ProgramPresets
{
    public const string LocalCurrency = "LOCAL";
    public const string Hanaro = "HANARO";
    public const string Cashbee = "CASHBEE";
    public const string CardCompanyPrepaid = "BC_PREPAID";
    public const string Voucher = "VOUCHER";
    /// <summary>Credits (크레딧) of seed 001: member value without cards, bought by card or virtual account; no card is issued in it.</summary>
    public const string Credits = "CREDIT";
    /// <summary>The code of the one transit program installations had before 하나로 and 캐시비 were split; it becomes <see cref="Hanaro"/>.</summary>
    public const string LegacyTransit = "TRANSIT";

    public static readonly DateOnly FirstEffectiveDate = new(2025, 1, 1);

    public static IReadOnlyList<(CardProgram Program, ProgramPolicy Policy)> All() =>
    [
        (LocalCurrencyProgram(), LocalCurrencyPolicy()),
        (HanaroProgram(), HanaroPolicy()),
        (CashbeeProgram(), CashbeePolicy()),
        (new CardProgram { Code = CardCompanyPrepaid, Name = "BC 선불카드", Description = "카드사 포인트·선불카드 약관 (seed 004)" }, CardCompanyPolicy()),
        (new CardProgram { Code = Voucher, Name = "온누리 디지털상품권", Description = "디지털 상품권 환불 안내 (seed 002)" }, VoucherPolicy()),
        (CreditsProgram(), CreditsPolicy()),
    ];

    public static CardProgram CreditsProgram() =>
        new() { Code = Credits, Name = "본프라이빗 크레딧", Description = "크레딧 정책 v1.0.1: 카드·가상계좌 충전, 1년 유효 (seed 001)" };

    /// <summary>
    /// Seed 001 has no cards: the card parameters stay at zero (no card is issued in this program) and the credit
    /// parameters carry the policy. Remaining credits are not refundable (001 §6), so there is no refund channel.
    /// </summary>
    public static ProgramPolicy CreditsPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "001 크레딧 정책 v1.0.1",
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        CreditMinTopUpIndividual = 1_000,
        CreditMinTopUpCorporate = 5_000,
        CreditValidityMonths = 12,
        CreditExpiryNoticeDays = 30,
        VirtualAccountDepositBusinessDays = 3,
        Citations = new()
        {
            [nameof(ProgramPolicy.CreditMinTopUpIndividual)] = "001 §2.1 (개인회원 최소 1,000 C)",
            [nameof(ProgramPolicy.CreditMinTopUpCorporate)] = "001 §2.1 (법인회원 최소 5,000 C)",
            [nameof(ProgramPolicy.CreditValidityMonths)] = "001 §4 (충전 후 1년, 마지막 사용일로부터 1년)",
        },
    };

    public static CardProgram LocalCurrencyProgram() =>
        new() { Code = LocalCurrency, Name = "서로e음 지역화폐카드", Description = "지역화폐 선불 IC카드 + 앱 e음머니 + 캐시백 (seed 000)" };

    public static CardProgram HanaroProgram() =>
        new() { Code = Hanaro, Name = "하나로카드 (교통 선불)", Description = "하나로카드 이용약관 (seed 003 하나로)" };

    public static CardProgram CashbeeProgram() =>
        new() { Code = Cashbee, Name = "캐시비 (교통 선불)", Description = "캐시비 이용약관 (seed 003 캐시비)" };

    public static ProgramPolicy LocalCurrencyPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "000 서로e음 Q&A",
        BearerCardBalanceLimit = 500_000,
        NamedCardBalanceLimit = 2_000_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        ChargeCancelPayoutDays = 3,
        ChargeCancelPayoutCounting = DayCounting.CalendarDays,
        RefundUsedPercentThreshold = 60,
        UsedPercentBase = UsedPercentBase.SinceLastMoneyAdded,
        ExpiredCardRefundPercent = 90,
        PrescriptionYears = 5,
        DisasterRefundWithoutFee = true,
        RefundChannels =
        [
            new() { Channel = RefundChannel.BankAccount, FeeKind = RefundFeeKind.None, PayoutDays = 3, PayoutCounting = DayCounting.BusinessDays,
                Citation = "000 환불 (연결된 계좌, 수수료 없이, 영업일 기준 3일 이내)" },
        ],
        CashbackPercentInDistrict = 10,
        CashbackPercentOutOfDistrict = 6,
        LostCardHandling = LostCardBalanceHandling.MoveToEmoney,
        LostReissueFee = 3_000,
        DamagedReissueFee = 3_000,
        DamagedReissueNeedsCollection = true,
        ExpiredCardReissueCarriesBalance = false,
        ReissueValidity = ReissueValidity.NewValidityYears,
        CardValidityYears = 5,
        DefectBalanceVerifyDays = 15,
        BrokenCardWarrantyMonths = 12,
        ReplacementShipBusinessDays = 5,
        AdditionalCardFee = 3_000,
        CardResendFee = 3_000,
        DeliveryBusinessDays = 7,
        DonationNoticeMinimum = 50_000,
        DonationNoticeLeadMonths = 1,
        DonationObjectionDays = 30,
        CardPrice = 3_000,
        Citations = new()
        {
            [nameof(ProgramPolicy.BearerCardBalanceLimit)] = "000 충전 (카드당 50만원)",
            [nameof(ProgramPolicy.NamedCardBalanceLimit)] = "000 충전 (최대 200만원)",
            [nameof(ProgramPolicy.ChargeCancelDays)] = "000 충전 (충전일 포함 7일)",
            [nameof(ProgramPolicy.ChargeCancelCounting)] = "000 충전 (충전일 포함 7일)",
            [nameof(ProgramPolicy.ChargeCancelPayoutDays)] = "000 충전 (충전 취소한 금액은 3일 이내 환불)",
            [nameof(ProgramPolicy.ChargeCancelPayoutCounting)] = "000 충전 (충전 취소한 금액은 3일 이내 환불)",
            [nameof(ProgramPolicy.RefundUsedPercentThreshold)] = "000 환불 (잔액의 60% 이상 결제 시)",
            [nameof(ProgramPolicy.UsedPercentBase)] = "000 환불 (금액이 추가되는 마지막 시점 기준)",
            [nameof(ProgramPolicy.ExpiredCardRefundPercent)] = "000 환불 (유효기간 경과, 소멸시효 미완성: 잔액의 90%까지)",
            [nameof(ProgramPolicy.DisasterRefundWithoutFee)] = "000 환불 (수수료 없이 환불)",
            [nameof(ProgramPolicy.CashbackPercentInDistrict)] = "000 혜택 (서구 내 결제 10% 캐시백)",
            [nameof(ProgramPolicy.CashbackPercentOutOfDistrict)] = "000 혜택 (서구 외 인천 결제 6% 캐시백)",
            [nameof(ProgramPolicy.LostCardHandling)] = "000 분실 (등록 카드 잔액은 e음머니로 전환)",
            [nameof(ProgramPolicy.DamagedReissueNeedsCollection)] = "000 재발급 (훼손카드는 실물카드 수거 후 재발급)",
            [nameof(ProgramPolicy.ExpiredCardReissueCarriesBalance)] = "000 실물카드 (유효기간 연장 불가, 만료 시 사용 불가) · 000 환불 (90%)",
            [nameof(ProgramPolicy.ReplacementShipBusinessDays)] = "000 재발급 (고장카드: 영업일 기준 5일 이내 발송)",
            [nameof(ProgramPolicy.DeliveryBusinessDays)] = "000 발급신청 (영업일 기준 3-7일 내 일반우편 배송)",
        },
    };

    public static ProgramPolicy HanaroPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "003 하나로카드 이용약관",
        BearerCardBalanceLimit = 500_000,
        NamedCardBalanceLimit = 500_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        ChargeCancelPayoutDays = 3,
        ChargeCancelPayoutCounting = DayCounting.BusinessDays,
        RefundUsedPercentThreshold = 0,
        UsedPercentBase = UsedPercentBase.SinceLastMoneyAdded,
        ExpiredCardRefundPercent = 90,
        PrescriptionYears = 5,
        DisasterRefundWithoutFee = true,
        RefundChannels =
        [
            new() { Channel = RefundChannel.BankAccount, FeeKind = RefundFeeKind.PercentPerStartedUnit, FeePercent = 2, FeeUnit = 10_000,
                PayoutDays = 0, PayoutCounting = DayCounting.AtOnce,
                Citation = "003 하나로 제2조11 (환불접수처: 제휴 금융기관) · 제11조2 (10,000원 단위 2%, 미만 절상, 즉시 지급)" },
            new() { Channel = RefundChannel.Store, FeeKind = RefundFeeKind.PercentPerStartedUnit, FeePercent = 2, FeeUnit = 10_000,
                PayoutDays = 0, PayoutCounting = DayCounting.AtOnce,
                Citation = "003 하나로 제2조11 (환불접수처: 가맹점) · 제11조2 (10,000원 단위 2%, 미만 절상, 즉시 지급)" },
        ],
        LostCardHandling = LostCardBalanceHandling.None,
        RecoveredLostCardRefundable = true,
        LostReissueFee = 2_500,
        DamagedReissueFee = 2_500,
        DamagedReissueNeedsCollection = true,
        ExpiredCardReissueCarriesBalance = false,
        ReissueValidity = ReissueValidity.NewValidityYears,
        CardValidityYears = 5,
        DefectBalanceVerifyDays = 15,
        DefectBalanceVerifyInBusinessDays = false,
        BrokenCardWarrantyMonths = 12,
        ReplacementShipBusinessDays = 5,
        AdditionalCardFee = 3_000,
        CardResendFee = 3_000,
        DeliveryBusinessDays = 7,
        DonationNoticeMinimum = 50_000,
        DonationNoticeLeadMonths = 1,
        DonationObjectionDays = 30,
        CardPrice = 2_500,
        Citations = new()
        {
            [nameof(ProgramPolicy.BearerCardBalanceLimit)] = "003 하나로 제7조 (이용한도 50만원)",
            [nameof(ProgramPolicy.NamedCardBalanceLimit)] = "003 하나로 제7조 (이용한도 50만원)",
            [nameof(ProgramPolicy.RefundUsedPercentThreshold)] = "003 하나로 제11조2 (정상카드 잔액은 사용률과 관계없이 환불)",
            [nameof(ProgramPolicy.DisasterRefundWithoutFee)] = "003 하나로 제11조1 (천재지변: 즉시 잔액 지급)",
            [nameof(ProgramPolicy.LostCardHandling)] = "003 하나로 제11조4 (분실·도난 신고 카드 잔액 환불 불가, 제19조)",
            [nameof(ProgramPolicy.RecoveredLostCardRefundable)] = "003 하나로 제11조5 (회수한 카드는 정상·불량카드로 처리)",
            [nameof(ProgramPolicy.DamagedReissueNeedsCollection)] = "003 하나로 제11조3 (불량 카드를 회수)",
            [nameof(ProgramPolicy.DefectBalanceVerifyDays)] = "003 하나로 제11조3 (접수일로부터 15일 이내)",
            [nameof(ProgramPolicy.DefectBalanceVerifyInBusinessDays)] = "003 하나로 제11조3 (접수일로부터 15일 이내)",
            [nameof(ProgramPolicy.BrokenCardWarrantyMonths)] = "003 하나로 제11조3 (최초 사용 후 1년 이내 고장카드 교체)",
        },
    };

    public static ProgramPolicy CashbeePolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "003 캐시비 이용약관",
        BearerCardBalanceLimit = 500_000,
        NamedCardBalanceLimit = 500_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        ChargeCancelPayoutDays = 3,
        ChargeCancelPayoutCounting = DayCounting.BusinessDays,
        RefundUsedPercentThreshold = 0,
        UsedPercentBase = UsedPercentBase.SinceLastMoneyAdded,
        ExpiredCardRefundPercent = 90,
        PrescriptionYears = 5,
        DisasterRefundWithoutFee = true,
        RefundChannels =
        [
            new() { Channel = RefundChannel.Store, FeeKind = RefundFeeKind.Flat, FeeFlat = 500, Cap = 20_000,
                PayoutDays = 0, PayoutCounting = DayCounting.AtOnce,
                Citation = "003 캐시비 제9조①1 (편의점/가판점, 수수료 500원, 잔액이 수수료보다 적으면 직접 방문) · 제9조①6나 (최대 환불한도 2만원)" },
            new() { Channel = RefundChannel.Envelope, FeeKind = RefundFeeKind.None, PayoutDays = 10, PayoutCounting = DayCounting.BusinessDays,
                Citation = "003 캐시비 제9조①6가·나 (환불봉투 접수: 영업일 기준 10일 이내 계좌 입금, 2만원 이상)" },
            new() { Channel = RefundChannel.DirectVisit, FeeKind = RefundFeeKind.None, PayoutDays = 10, PayoutCounting = DayCounting.BusinessDays,
                Citation = "003 캐시비 제9조①6가·나 (직접 방문 접수: 수수료 없음, 영업일 기준 10일 이내 계좌 입금)" },
        ],
        LostCardHandling = LostCardBalanceHandling.None,
        RecoveredLostCardRefundable = false,
        LostReissueFee = 2_500,
        DamagedReissueFee = 2_500,
        DamagedReissueNeedsCollection = true,
        ExpiredCardReissueCarriesBalance = false,
        ReissueValidity = ReissueValidity.NewValidityYears,
        CardValidityYears = 5,
        DefectBalanceVerifyDays = 10,
        DefectBalanceVerifyInBusinessDays = true,
        BrokenCardWarrantyMonths = 12,
        CardPriceRefundMonths = 24,
        ReplacementShipBusinessDays = 5,
        AdditionalCardFee = 3_000,
        CardResendFee = 3_000,
        DeliveryBusinessDays = 7,
        DonationNoticeMinimum = 50_000,
        DonationNoticeLeadMonths = 1,
        DonationObjectionDays = 30,
        CardPrice = 2_500,
        Citations = new()
        {
            [nameof(ProgramPolicy.BearerCardBalanceLimit)] = "003 캐시비 제8조③ (표준형 최대 50만원)",
            [nameof(ProgramPolicy.NamedCardBalanceLimit)] = "003 캐시비 제8조③ (표준형 최대 50만원)",
            [nameof(ProgramPolicy.RefundUsedPercentThreshold)] = "003 캐시비 제9조①1 (정상카드 잔액 전부 지급)",
            [nameof(ProgramPolicy.DisasterRefundWithoutFee)] = "003 캐시비 제9조①1 단서·제9조①2 (천재지변·카드 결함은 수수료 없음)",
            [nameof(ProgramPolicy.LostCardHandling)] = "003 캐시비 제9조② (분실·도난 시 잔액과 카드 값 지급 불가)",
            [nameof(ProgramPolicy.DamagedReissueNeedsCollection)] = "003 캐시비 제9조①4 (캐시비카드 실물 접수)",
            [nameof(ProgramPolicy.DefectBalanceVerifyDays)] = "003 캐시비 제9조①4 (접수 후 영업일 기준 10일 이내)",
            [nameof(ProgramPolicy.DefectBalanceVerifyInBusinessDays)] = "003 캐시비 제9조①4 (접수 후 영업일 기준 10일 이내)",
            [nameof(ProgramPolicy.CardPriceRefundMonths)] = "003 캐시비 제9조①4 (구입 후 2년 이내 고장카드 카드 값 지급, 파손카드 제외 제9조①6)",
        },
    };

    public static ProgramPolicy CardCompanyPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "004 BC 선불카드 약관",
        BearerCardBalanceLimit = 500_000,
        NamedCardBalanceLimit = 5_000_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.ChargeDayCounted,
        ChargeCancelPayoutDays = 3,
        ChargeCancelPayoutCounting = DayCounting.BusinessDays,
        RefundUsedPercentThreshold = 60,
        UsedPercentBase = UsedPercentBase.ChargedAmount,
        SmallFaceValueLimit = 10_000,
        SmallFaceValueUsedPercentThreshold = 80,
        ExpiredCardRefundPercent = 100,
        PrescriptionYears = 5,
        DisasterRefundWithoutFee = true,
        RefundChannels =
        [
            new() { Channel = RefundChannel.BankAccount, FeeKind = RefundFeeKind.None, PayoutDays = 3, PayoutCounting = DayCounting.BusinessDays },
        ],
        LostCardHandling = LostCardBalanceHandling.CarryToReissuedCard,
        FraudCompensationDaysBeforeReport = 60,
        MemberFraudShareCapPerCard = 20_000,
        LostReissueFee = 5_000,
        DamagedReissueFee = 5_000,
        DamagedReissueNeedsCollection = true,
        ExpiredCardReissueCarriesBalance = true,
        ReissueValidity = ReissueValidity.KeepOldExpiry,
        CardValidityYears = 5,
        DefectBalanceVerifyDays = 15,
        BrokenCardWarrantyMonths = 12,
        ReplacementShipBusinessDays = 5,
        AdditionalCardFee = 3_000,
        CardResendFee = 3_000,
        DeliveryBusinessDays = 7,
        DonationNoticeMinimum = 50_000,
        DonationNoticeLeadMonths = 1,
        DonationObjectionDays = 30,
        CardPrice = 5_000,
        PointValidityMonths = 60,
        PointExpiryNoticeMonths = 2,
        Citations = new()
        {
            [nameof(ProgramPolicy.PointValidityMonths)] = "004 포인트 제5조① (적립일로부터 5년(60개월))",
            [nameof(ProgramPolicy.PointExpiryNoticeMonths)] = "004 포인트 제5조④ (월단위 자동 소멸, 소멸 2개월 전 사전 고지)",
            [nameof(ProgramPolicy.DonationNoticeMinimum)] = "004 제5조② (5만원 이상의 기명식 선불카드 미사용 잔액)",
            [nameof(ProgramPolicy.DonationNoticeLeadMonths)] = "004 제5조② (기부하기 1개월 전까지 통지)",
            [nameof(ProgramPolicy.DonationObjectionDays)] = "004 제5조③ (30일 이내 이의 미제기 시 동의 간주)",
            [nameof(ProgramPolicy.BearerCardBalanceLimit)] = "004 제9조① (무기명식 최고 50만원)",
            [nameof(ProgramPolicy.NamedCardBalanceLimit)] = "004 제9조① (기명식 최고 500만원)",
            [nameof(ProgramPolicy.RefundUsedPercentThreshold)] = "004 제12조②3 (충전액의 100분의 60 이상 사용)",
            [nameof(ProgramPolicy.UsedPercentBase)] = "004 제12조②3 (발행 권면금액 또는 충전액 기준)",
            [nameof(ProgramPolicy.SmallFaceValueLimit)] = "004 제12조②3 (1만원 이하)",
            [nameof(ProgramPolicy.SmallFaceValueUsedPercentThreshold)] = "004 제12조②3 (1만원 이하는 100분의 80)",
            [nameof(ProgramPolicy.ExpiredCardRefundPercent)] = "004 제4조③ (유효기한 경과 시 교체 발급 또는 전액 환불)",
            [nameof(ProgramPolicy.PrescriptionYears)] = "004 제5조① (최종사용월 또는 판매·충전월로부터 5년)",
            [nameof(ProgramPolicy.LostCardHandling)] = "004 제13조③ (신고 당시 충전 금액을 재발급 카드로 이전)",
            [nameof(ProgramPolicy.FraudCompensationDaysBeforeReport)] = "004 제13조④ (신고 접수 60일 전 이후 부정사용)",
            [nameof(ProgramPolicy.MemberFraudShareCapPerCard)] = "004 제13조④ (신고 전 부정사용은 카드 1매당 최고 2만원 부담)",
            [nameof(ProgramPolicy.ExpiredCardReissueCarriesBalance)] = "004 제4조③ (잔액에 대해 새로운 유효기한의 동종 카드로 교체 발급)",
            [nameof(ProgramPolicy.ReissueValidity)] = "004 제4조② (잔여 유효기한까지 재발급)",
        },
    };

    public static ProgramPolicy VoucherPolicy() => new()
    {
        Version = 1,
        EffectiveFrom = FirstEffectiveDate,
        Source = "002 디지털 온누리상품권 환불 안내",
        BearerCardBalanceLimit = 2_000_000,
        NamedCardBalanceLimit = 2_000_000,
        ChargeCancelDays = 7,
        ChargeCancelCounting = CancelWindowCounting.FromNextDay,
        ChargeCancelPayoutDays = 0,
        ChargeCancelPayoutCounting = DayCounting.AtOnce,
        RefundUsedPercentThreshold = 60,
        UsedPercentBase = UsedPercentBase.FaceValue,
        ExpiredCardRefundPercent = 0,
        PrescriptionYears = 5,
        DisasterRefundWithoutFee = true,
        RefundChannels =
        [
            new() { Channel = RefundChannel.BankAccount, FeeKind = RefundFeeKind.None, PayoutDays = 5, PayoutCounting = DayCounting.BusinessDays,
                Citation = "002 잔액 환불 (본인 명의 계좌, 영업일 기준 3~5일)" },
        ],
        LostCardHandling = LostCardBalanceHandling.None,
        DamagedReissueNeedsCollection = true,
        ExpiredCardReissueCarriesBalance = false,
        ReissueValidity = ReissueValidity.NewValidityYears,
        CardValidityYears = 5,
        DefectBalanceVerifyDays = 15,
        BrokenCardWarrantyMonths = 12,
        ReplacementShipBusinessDays = 5,
        AdditionalCardFee = 3_000,
        CardResendFee = 3_000,
        DeliveryBusinessDays = 7,
        DonationNoticeMinimum = 50_000,
        DonationNoticeLeadMonths = 1,
        DonationObjectionDays = 30,
        Citations = new()
        {
            [nameof(ProgramPolicy.ChargeCancelDays)] = "002 충전 취소 (충전일로부터 7일 이내)",
            [nameof(ProgramPolicy.ChargeCancelCounting)] = "002 충전 취소 (1월 1일 충전 → 1월 8일 23:59까지)",
            [nameof(ProgramPolicy.ChargeCancelPayoutDays)] = "002 충전 취소 (소요시간: 즉시 처리)",
            [nameof(ProgramPolicy.ChargeCancelPayoutCounting)] = "002 충전 취소 (소요시간: 즉시 처리)",
            [nameof(ProgramPolicy.RefundUsedPercentThreshold)] = "002 잔액 환불 (60% 이상 사용)",
            [nameof(ProgramPolicy.UsedPercentBase)] = "002 잔액 환불 (권면금액의 60%, 총 충전액이 아닌 액면가 기준)",
            [nameof(ProgramPolicy.ExpiredCardRefundPercent)] = "002 환불 불가능한 경우 (유효기간 만료: 불가능)",
        },
    };
}
