namespace BackOffice.Web.Features.Programs;

/// <summary>A policy version as Korean labels and formatted values, grouped as the seed documents group them.</summary>
public static class PolicyParameters
{
    private static readonly DateTime ExampleChargeDay = new(2026, 1, 1, 10, 0, 0);

    public static IReadOnlyList<PolicyParameterGroup> Describe(ProgramPolicy p) =>
    [
        Group("잔액 한도",
            P("무기명 카드 잔액 한도", Won(p.BearerCardBalanceLimit)),
            P("기명 카드 잔액 한도", Won(p.NamedCardBalanceLimit))),
        Group("충전 취소",
            P("취소 가능 기간", Days(p.ChargeCancelDays)),
            P("기간 계산", Name(p.ChargeCancelCounting)),
            P("예시", ChargeCancelWindow.Explain(ExampleChargeDay, p.ChargeCancelDays, p.ChargeCancelCounting))),
        Group("잔액 환불",
            P("환불 가능 사용률", Percent(p.RefundUsedPercentThreshold, "이상 사용")),
            P("소액 권면 기준", p.SmallFaceValueLimit == 0 ? "없음" : $"{Won(p.SmallFaceValueLimit)} 이하"),
            P("소액 권면 환불 가능 사용률", Percent(p.SmallFaceValueUsedPercentThreshold, "이상 사용")),
            P("유효기간 경과 카드 환불 비율", Percent(p.ExpiredCardRefundPercent)),
            P("환불 지급 기한", BusinessDays(p.RefundPayoutBusinessDays))),
        Group("환불 수수료",
            P("수수료 방식", Name(p.RefundFeeKind)),
            P("수수료율", Percent(p.RefundFeePercent)),
            P("수수료 단위 금액", Won(p.RefundFeeUnit)),
            P("가맹점 정액 수수료", Won(p.RefundFeeFlat)),
            P("가맹점 환불 한도", Won(p.StoreRefundCap))),
        Group("캐시백",
            P("관내 가맹점 결제", Percent(p.CashbackPercentInDistrict)),
            P("관외 가맹점 결제", Percent(p.CashbackPercentOutOfDistrict))),
        Group("분실·도난",
            P("분실 신고 시 잔액", Name(p.LostCardHandling)),
            P("부정사용 보상 기간", p.FraudCompensationDaysBeforeReport == 0 ? "없음" : $"신고 전 {p.FraudCompensationDaysBeforeReport}일"),
            P("회원 부담 한도 (카드당)", Won(p.MemberFraudShareCapPerCard)),
            P("분실 재발급 수수료", Won(p.LostReissueFee)),
            P("훼손 재발급 수수료", Won(p.DamagedReissueFee))),
        Group("카드 결함·가격",
            P("결함 카드 잔액 확인 기간", p.DefectBalanceVerifyInBusinessDays ? BusinessDays(p.DefectBalanceVerifyDays) : Days(p.DefectBalanceVerifyDays)),
            P("파손 카드 보증 기간", Months(p.BrokenCardWarrantyMonths)),
            P("카드 가격 환불 기간", Months(p.CardPriceRefundMonths)),
            P("대체 카드 발송 기한", BusinessDays(p.ReplacementShipBusinessDays)),
            P("카드 가격", Won(p.CardPrice))),
    ];

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
        RefundFeeKind.FlatAtStore => "가맹점 정액",
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

    private static PolicyParameter P(string label, string value) => new(label, value);

    private static string Won(long amount) => amount == 0 ? "없음" : Fmt.Won(amount);

    private static string Percent(int percent, string suffix = "") => percent == 0 ? "없음" : $"{percent}% {suffix}".TrimEnd();

    private static string Days(int days) => days == 0 ? "없음" : $"{days}일";

    private static string BusinessDays(int days) => days == 0 ? "없음" : $"{days}영업일";

    private static string Months(int months) => months == 0 ? "없음" : $"{months}개월";
}
