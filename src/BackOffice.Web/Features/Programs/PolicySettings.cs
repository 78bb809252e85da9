using System.Reflection;

namespace BackOffice.Web.Features.Programs;

/// <summary>What kind of value a policy parameter holds: how it is entered, checked and shown.</summary>
public enum SettingKind
{
    Won,
    Percent,
    Days,
    BusinessDays,
    Months,
    Years,
    /// <summary>Yes or no (stored as 1 or 0).</summary>
    Flag,
    /// <summary>One of an enum's values, offered with Korean names.</summary>
    Choice,
}

public sealed record SettingChoice(long Value, string Name);

/// <summary>
/// One policy parameter an Admin may set by a new policy version, while it is the operator's own setting ("운영 정책"):
/// its Korean label, its kind and the range a value must stay in. A value a clause gives is not changed here.
/// </summary>
public sealed record PolicySetting(string Parameter, string Label, SettingKind Kind, long Min, long Max, IReadOnlyList<SettingChoice> Choices)
{
    private PropertyInfo Property => typeof(ProgramPolicy).GetProperty(Parameter)
        ?? throw new InvalidOperationException($"ProgramPolicy has no property {Parameter}");

    /// <summary>The value as a number: won, a count, 1/0 for yes/no, the enum's number for a choice.</summary>
    public long Read(ProgramPolicy policy) => Property.GetValue(policy) switch
    {
        bool b => b ? 1 : 0,
        Enum e => Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture),
        var v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture),
    };

    public void Write(ProgramPolicy policy, long value)
    {
        var type = Property.PropertyType;
        object boxed = type == typeof(bool) ? value != 0
            : type.IsEnum ? Enum.ToObject(type, value)
            : type == typeof(int) ? (int)value
            : value;
        Property.SetValue(policy, boxed);
    }

    /// <summary>The Korean refusal for a value outside this setting's range or choices, or null.</summary>
    public string? Problem(long value)
    {
        if (Kind == SettingKind.Choice)
            return Choices.Any(c => c.Value == value) ? null : $"{Label}: 정해진 선택지 중에서 고르세요.";
        if (Kind == SettingKind.Flag)
            return value is 0 or 1 ? null : $"{Label}: '예' 또는 '아니오'로 정하세요.";
        if (value < Min || value > Max)
            return $"{Label}: {Show(Min)}에서 {Show(Max)} 사이로 입력하세요.";
        return null;
    }

    private static string N(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A value as the dialog and the audit show it: "4,000원", "15일", "예", "충전일 포함".</summary>
    public string Show(long value) => Kind switch
    {
        SettingKind.Won => Fmt.Won(value),
        SettingKind.Percent => $"{value}%",
        SettingKind.Days => N(value) + "일",
        SettingKind.BusinessDays => N(value) + "영업일",
        SettingKind.Months => N(value) + "개월",
        SettingKind.Years => N(value) + "년",
        SettingKind.Flag => value != 0 ? "예" : "아니오",
        _ => Choices.FirstOrDefault(c => c.Value == value)?.Name ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>The catalogue of settable policy parameters, in the order of the programs page.</summary>
public static class PolicySettings
{
    /// <summary>The largest fee or card price an operator may set (won).</summary>
    public const long MaxFee = 100_000;
    public const long MaxBalanceLimit = 10_000_000;
    public const long MaxDays = 365;

    public static readonly IReadOnlyList<PolicySetting> All =
    [
        Won(nameof(ProgramPolicy.BearerCardBalanceLimit), "무기명 카드 잔액 한도", 10_000, MaxBalanceLimit),
        Won(nameof(ProgramPolicy.NamedCardBalanceLimit), "기명 카드 잔액 한도", 10_000, MaxBalanceLimit),
        Number(nameof(ProgramPolicy.ChargeCancelDays), "충전 취소 가능 기간", SettingKind.Days, 0, MaxDays),
        Choice<CancelWindowCounting>(nameof(ProgramPolicy.ChargeCancelCounting), "충전 취소 기간 계산", PolicyParameters.Name),
        Number(nameof(ProgramPolicy.ChargeCancelPayoutDays), "취소 금액 지급 기한 (일수)", SettingKind.Days, 0, MaxDays),
        Choice<DayCounting>(nameof(ProgramPolicy.ChargeCancelPayoutCounting), "취소 금액 지급 기한 계산", PolicyParameters.Name),
        Number(nameof(ProgramPolicy.RefundUsedPercentThreshold), "환불 가능 사용률", SettingKind.Percent, 0, 100),
        Choice<UsedPercentBase>(nameof(ProgramPolicy.UsedPercentBase), "사용률 기준", PolicyParameters.Name),
        Won(nameof(ProgramPolicy.SmallFaceValueLimit), "소액 권면 기준", 0, 1_000_000),
        Number(nameof(ProgramPolicy.SmallFaceValueUsedPercentThreshold), "소액 권면 환불 가능 사용률", SettingKind.Percent, 0, 100),
        Number(nameof(ProgramPolicy.ExpiredCardRefundPercent), "유효기간 경과 카드 환불 비율", SettingKind.Percent, 0, 100),
        Number(nameof(ProgramPolicy.PrescriptionYears), "소멸시효", SettingKind.Years, 1, 10),
        Flag(nameof(ProgramPolicy.DisasterRefundWithoutFee), "천재지변·카드 결함 환불 수수료 면제"),
        Number(nameof(ProgramPolicy.CashbackPercentInDistrict), "관내 가맹점 결제 캐시백", SettingKind.Percent, 0, 100),
        Number(nameof(ProgramPolicy.CashbackPercentOutOfDistrict), "관외 가맹점 결제 캐시백", SettingKind.Percent, 0, 100),
        Choice<LostCardBalanceHandling>(nameof(ProgramPolicy.LostCardHandling), "분실 신고 시 잔액", PolicyParameters.Name),
        Flag(nameof(ProgramPolicy.RecoveredLostCardRefundable), "회수한 분실 카드 환불"),
        Number(nameof(ProgramPolicy.FraudCompensationDaysBeforeReport), "부정사용 보상 기간 (신고 전)", SettingKind.Days, 0, MaxDays),
        Won(nameof(ProgramPolicy.MemberFraudShareCapPerCard), "회원 부담 한도 (카드당)", 0, 1_000_000),
        Won(nameof(ProgramPolicy.LostReissueFee), "분실 재발급 수수료", 0, MaxFee),
        Won(nameof(ProgramPolicy.DamagedReissueFee), "훼손·파손 재발급 수수료", 0, MaxFee),
        Flag(nameof(ProgramPolicy.DamagedReissueNeedsCollection), "훼손·파손 카드 실물 수거 후 재발급"),
        Flag(nameof(ProgramPolicy.ExpiredCardReissueCarriesBalance), "유효기간 만료 카드 재발급 (잔액 이전)"),
        Choice<ReissueValidity>(nameof(ProgramPolicy.ReissueValidity), "재발급 카드 유효기간", PolicyParameters.Name),
        Number(nameof(ProgramPolicy.CardValidityYears), "카드 유효기간", SettingKind.Years, 1, 10),
        Number(nameof(ProgramPolicy.DefectBalanceVerifyDays), "결함 카드 잔액 확인 기간", SettingKind.Days, 0, MaxDays),
        Flag(nameof(ProgramPolicy.DefectBalanceVerifyInBusinessDays), "결함 카드 잔액 확인 기간을 영업일로 계산"),
        Number(nameof(ProgramPolicy.BrokenCardWarrantyMonths), "고장 카드 교체 기간 (최초 사용 후)", SettingKind.Months, 0, 120),
        Number(nameof(ProgramPolicy.CardPriceRefundMonths), "고장 카드 카드 값 지급 기간 (구입 후)", SettingKind.Months, 0, 120),
        Number(nameof(ProgramPolicy.ReplacementShipBusinessDays), "대체 카드 발송 기한", SettingKind.BusinessDays, 0, MaxDays),
        Won(nameof(ProgramPolicy.CardPrice), "카드 가격", 0, MaxFee),
        Won(nameof(ProgramPolicy.AdditionalCardFee), "추가 카드 발급 수수료 (웰컴 카드 이후)", 0, MaxFee),
        Won(nameof(ProgramPolicy.CardResendFee), "반송 카드 재발송 수수료 (첫 재발송 이후)", 0, MaxFee),
        Number(nameof(ProgramPolicy.DeliveryBusinessDays), "배송 기한 (미수령 확인)", SettingKind.BusinessDays, 1, MaxDays),
        Won(nameof(ProgramPolicy.CreditMinTopUpIndividual), "개인회원 최소 크레딧 충전", 0, 10_000_000),
        Won(nameof(ProgramPolicy.CreditMinTopUpCorporate), "법인회원 최소 크레딧 충전", 0, 10_000_000),
        Number(nameof(ProgramPolicy.CreditValidityMonths), "크레딧 유효기간", SettingKind.Months, 1, 120),
        Number(nameof(ProgramPolicy.CreditExpiryNoticeDays), "크레딧 소멸 사전 안내", SettingKind.Days, 0, MaxDays),
        Number(nameof(ProgramPolicy.VirtualAccountDepositBusinessDays), "가상계좌 입금 기한 (신청일 포함)", SettingKind.BusinessDays, 1, 30),
        Number(nameof(ProgramPolicy.PointValidityMonths), "포인트 유효기간", SettingKind.Months, 1, 120),
        Number(nameof(ProgramPolicy.PointExpiryNoticeMonths), "포인트 소멸 사전 고지", SettingKind.Months, 0, 12),
        Won(nameof(ProgramPolicy.DonationNoticeMinimum), "기부 사전 통지 대상 (기명식 잔액)", 0, MaxBalanceLimit),
        Number(nameof(ProgramPolicy.DonationNoticeLeadMonths), "기부 통지 시기 (기부 전)", SettingKind.Months, 1, 12),
        Number(nameof(ProgramPolicy.DonationObjectionDays), "기부 이의 기간", SettingKind.Days, 1, MaxDays),
    ];

    private static readonly Dictionary<string, PolicySetting> ByParameter = All.ToDictionary(s => s.Parameter, StringComparer.Ordinal);

    public static PolicySetting? Of(string? parameter) => parameter is not null && ByParameter.TryGetValue(parameter, out var s) ? s : null;

    /// <summary>The settings of <paramref name="policy"/> that are the operator's own (no clause gives them).</summary>
    public static IReadOnlyList<PolicySetting> OperatorSettingsOf(ProgramPolicy policy) =>
        All.Where(s => policy.IsOperatorSetting(s.Parameter)).ToList();

    private static PolicySetting Won(string parameter, string label, long min, long max) => new(parameter, label, SettingKind.Won, min, max, []);

    private static PolicySetting Number(string parameter, string label, SettingKind kind, long min, long max) => new(parameter, label, kind, min, max, []);

    private static PolicySetting Flag(string parameter, string label) => new(parameter, label, SettingKind.Flag, 0, 1, []);

    private static PolicySetting Choice<T>(string parameter, string label, Func<T, string> name) where T : struct, Enum =>
        new(parameter, label, SettingKind.Choice, 0, 0,
            Enum.GetValues<T>().Select(v => new SettingChoice(Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture), name(v))).ToList());
}
