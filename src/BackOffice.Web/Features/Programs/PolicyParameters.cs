namespace BackOffice.Web.Features.Programs;

/// <summary>A policy version as Korean labels and formatted values, grouped as the seed documents group them.</summary>
public static class PolicyParameters
{
    private static readonly DateTime ExampleChargeDay = new(2026, 1, 1, 10, 0, 0);

    public static IReadOnlyList<PolicyParameterGroup> Describe(ProgramPolicy p)
    {
        PolicyParameter P(string property, string label, string value) => new(label, value, p.CitationOf(property), p.IsOperatorSetting(property), property);
        // A credits program (001) has no cards: only its own terms are shown. Points and donation terms show where set.
        var valueTerms = new List<PolicyParameterGroup>();
        if (p.CreditValidityMonths > 0)
        {
            valueTerms.Add(Group("크레딧",
                P(nameof(p.CreditMinTopUpIndividual), "개인회원 최소 충전", $"{p.CreditMinTopUpIndividual:N0} C"),
                P(nameof(p.CreditMinTopUpCorporate), "법인회원 최소 충전", $"{p.CreditMinTopUpCorporate:N0} C"),
                P(nameof(p.CreditValidityMonths), "크레딧 유효기간", $"충전 후 또는 마지막 사용 후 {Months(p.CreditValidityMonths)}"),
                P(nameof(p.CreditExpiryNoticeDays), "소멸 사전 안내", $"소멸 {Days(p.CreditExpiryNoticeDays)} 전"),
                P(nameof(p.VirtualAccountDepositBusinessDays), "가상계좌 입금 기한", $"신청일 포함 {BusinessDays(p.VirtualAccountDepositBusinessDays)}, 다음 날 00시 자동 취소")));
        }
        if (p.PointValidityMonths > 0)
        {
            valueTerms.Add(Group("포인트",
                P(nameof(p.PointValidityMonths), "포인트 유효기간", $"적립일로부터 {Months(p.PointValidityMonths)}, 월 단위 소멸"),
                P(nameof(p.PointExpiryNoticeMonths), "소멸 사전 고지", $"소멸 {Months(p.PointExpiryNoticeMonths)} 전")));
        }
        if (p.DonationObjectionDays > 0)
        {
            valueTerms.Add(Group("소멸시효 잔액 기부",
                P(nameof(p.DonationNoticeMinimum), "사전 통지 대상", $"기명식 카드 잔액 {Won(p.DonationNoticeMinimum)} 이상"),
                P(nameof(p.DonationNoticeLeadMonths), "통지 시기", $"기부 {Months(p.DonationNoticeLeadMonths)} 전까지"),
                P(nameof(p.DonationObjectionDays), "이의 기간", $"통지 후 {Days(p.DonationObjectionDays)} (이의 없으면 동의 간주)")));
        }
        if (p.CreditValidityMonths > 0 && p.BearerCardBalanceLimit == 0) return valueTerms;
        return
        [
            Group("잔액 한도",
                P(nameof(p.BearerCardBalanceLimit), "무기명 카드 잔액 한도", Won(p.BearerCardBalanceLimit)),
                P(nameof(p.NamedCardBalanceLimit), "기명 카드 잔액 한도", Won(p.NamedCardBalanceLimit))),
            Group("충전 취소",
                P(nameof(p.ChargeCancelDays), "취소 가능 기간", Days(p.ChargeCancelDays)),
                P(nameof(p.ChargeCancelCounting), "기간 계산", Name(p.ChargeCancelCounting) + " · 예: " +
                    ChargeCancelWindow.Explain(ExampleChargeDay, p.ChargeCancelDays, p.ChargeCancelCounting)),
                P(nameof(p.ChargeCancelPayoutDays), "취소 금액 지급 기한", Payout(p.ChargeCancelPayoutDays, p.ChargeCancelPayoutCounting))),
            Group("잔액 환불",
                P(nameof(p.RefundUsedPercentThreshold), "환불 가능 사용률", p.RefundUsedPercentThreshold == 0 ? "조건 없음 (언제든 환불)" : $"{p.RefundUsedPercentThreshold}% 이상 사용"),
                P(nameof(p.UsedPercentBase), "사용률 기준", Name(p.UsedPercentBase)),
                P(nameof(p.SmallFaceValueLimit), "소액 권면 기준", p.SmallFaceValueLimit == 0 ? "없음" : $"{Won(p.SmallFaceValueLimit)} 이하"),
                P(nameof(p.SmallFaceValueUsedPercentThreshold), "소액 권면 환불 가능 사용률", Percent(p.SmallFaceValueUsedPercentThreshold, "이상 사용")),
                P(nameof(p.ExpiredCardRefundPercent), "유효기간 경과 카드 환불 비율", p.ExpiredCardRefundPercent == 0 ? "환불 불가" : $"{p.ExpiredCardRefundPercent}%"),
                P(nameof(p.PrescriptionYears), "소멸시효", $"최종 사용월(미사용: 판매·충전월)부터 {p.PrescriptionYears}년"),
                P(nameof(p.DisasterRefundWithoutFee), "천재지변·카드 결함 환불 수수료", p.DisasterRefundWithoutFee ? "없음" : "환불 경로 수수료 적용")),
            new PolicyParameterGroup("환불 경로", p.RefundChannels.Select(c =>
                new PolicyParameter(RefundChannelNames.Of(c.Channel), Channel(c), c.Citation, c.Citation == PolicyCitations.OperatorSetting)).ToList()),
            Group("캐시백",
                P(nameof(p.CashbackPercentInDistrict), "관내 가맹점 결제", Percent(p.CashbackPercentInDistrict)),
                P(nameof(p.CashbackPercentOutOfDistrict), "관외 가맹점 결제", Percent(p.CashbackPercentOutOfDistrict))),
            Group("분실·도난",
                P(nameof(p.LostCardHandling), "분실 신고 시 잔액", Name(p.LostCardHandling)),
                P(nameof(p.RecoveredLostCardRefundable), "회수한 분실 카드 환불", p.RecoveredLostCardRefundable ? "정상·불량 카드로 환불" : "환불 없음"),
                P(nameof(p.FraudCompensationDaysBeforeReport), "부정사용 보상 기간", p.FraudCompensationDaysBeforeReport == 0 ? "없음" : $"신고 전 {p.FraudCompensationDaysBeforeReport}일"),
                P(nameof(p.MemberFraudShareCapPerCard), "회원 부담 한도 (카드당)", Won(p.MemberFraudShareCapPerCard)),
                P(nameof(p.LostReissueFee), "분실 재발급 수수료", Won(p.LostReissueFee))),
            Group("재발급",
                P(nameof(p.DamagedReissueFee), "훼손·파손 재발급 수수료", Won(p.DamagedReissueFee)),
                P(nameof(p.DamagedReissueNeedsCollection), "훼손·파손 카드 재발급", p.DamagedReissueNeedsCollection ? "실물 카드 수거 후 재발급" : "수거 없이 재발급"),
                P(nameof(p.ExpiredCardReissueCarriesBalance), "유효기간 만료 카드 재발급", p.ExpiredCardReissueCarriesBalance ? "잔액을 새 카드로 이전" : "재발급 불가 (만료 카드 환불 규칙 적용)"),
                P(nameof(p.ReissueValidity), "재발급 카드 유효기간", p.ReissueValidity == ReissueValidity.KeepOldExpiry ? Name(p.ReissueValidity) : $"새 {p.CardValidityYears}년"),
                P(nameof(p.CardValidityYears), "카드 유효기간", $"{p.CardValidityYears}년")),
            Group("카드 결함·가격",
                P(nameof(p.DefectBalanceVerifyDays), "결함 카드 잔액 확인 기간", p.DefectBalanceVerifyInBusinessDays ? BusinessDays(p.DefectBalanceVerifyDays) : Days(p.DefectBalanceVerifyDays)),
                P(nameof(p.BrokenCardWarrantyMonths), "고장 카드 교체 기간 (최초 사용 후)", Months(p.BrokenCardWarrantyMonths)),
                P(nameof(p.CardPriceRefundMonths), "고장 카드 카드 값 지급 기간 (구입 후)", Months(p.CardPriceRefundMonths)),
                P(nameof(p.ReplacementShipBusinessDays), "대체 카드 발송 기한", BusinessDays(p.ReplacementShipBusinessDays)),
                P(nameof(p.CardPrice), "카드 가격", Won(p.CardPrice))),
            Group("카드 배송",
                P(nameof(p.AdditionalCardFee), "추가 카드 발급 수수료", Won(p.AdditionalCardFee)),
                P(nameof(p.CardResendFee), "반송 카드 재발송 수수료", Won(p.CardResendFee)),
                P(nameof(p.DeliveryBusinessDays), "배송 기한", BusinessDays(p.DeliveryBusinessDays))),
            .. valueTerms,
        ];
    }

    public static string Channel(RefundChannelRule c)
    {
        var fee = c.FeeKind switch
        {
            RefundFeeKind.PercentPerStartedUnit => $"수수료 {Fmt.Won(c.FeeUnit)} 단위 {c.FeePercent}% (미만 절상)",
            RefundFeeKind.Flat => $"수수료 {Fmt.Won(c.FeeFlat)}",
            _ => "수수료 없음",
        };
        var cap = c.Cap > 0 ? $" · {Fmt.Won(c.Cap)}까지" : "";
        return $"{fee}{cap} · {Payout(c.PayoutDays, c.PayoutCounting)}";
    }

    public static string Payout(int days, DayCounting counting) => counting switch
    {
        DayCounting.AtOnce => "즉시 지급",
        DayCounting.CalendarDays => $"{days}일 이내 지급",
        _ => $"{days}영업일 이내 지급",
    };

    public static string Name(DayCounting counting) => counting switch
    {
        DayCounting.AtOnce => "즉시",
        DayCounting.CalendarDays => "일(달력 기준)",
        DayCounting.BusinessDays => "영업일",
        _ => counting.ToString(),
    };

    public static string Name(ReissueValidity validity) => validity switch
    {
        ReissueValidity.NewValidityYears => "새 유효기간 부여",
        ReissueValidity.KeepOldExpiry => "기존 카드의 잔여 유효기한까지",
        _ => validity.ToString(),
    };

    public static string Name(UsedPercentBase b) => b switch
    {
        UsedPercentBase.SinceLastMoneyAdded => "마지막 금액 추가 시점의 잔액",
        UsedPercentBase.ChargedAmount => "충전액",
        UsedPercentBase.FaceValue => "권면금액",
        _ => b.ToString(),
    };

    public static string Name(CancelWindowCounting counting) => counting switch
    {
        CancelWindowCounting.ChargeDayCounted => "충전일 포함",
        CancelWindowCounting.FromNextDay => "충전 다음날부터",
        _ => counting.ToString(),
    };

    public static string Name(RefundFeeKind kind) => kind switch
    {
        RefundFeeKind.None => "수수료 없음",
        RefundFeeKind.PercentPerStartedUnit => "단위 금액마다 정률",
        RefundFeeKind.Flat => "정액",
        _ => kind.ToString(),
    };

    public static string Name(LostCardBalanceHandling handling) => handling switch
    {
        LostCardBalanceHandling.MoveToEmoney => "e음머니로 이전 (등록 카드)",
        LostCardBalanceHandling.CarryToReissuedCard => "재발급 카드로 이월",
        LostCardBalanceHandling.None => "환불 없음 (현금과 같음)",
        _ => handling.ToString(),
    };

    private static PolicyParameterGroup Group(string title, params PolicyParameter[] parameters) => new(title, parameters);

    private static string Won(long amount) => amount == 0 ? "없음" : Fmt.Won(amount);

    private static string Percent(int percent, string suffix = "") => percent == 0 ? "없음" : $"{percent}% {suffix}".TrimEnd();

    private static string Days(int days) => days == 0 ? "없음" : $"{days}일";

    private static string BusinessDays(int days) => days == 0 ? "없음" : $"{days}영업일";

    private static string Months(int months) => months == 0 ? "없음" : $"{months}개월";
}
