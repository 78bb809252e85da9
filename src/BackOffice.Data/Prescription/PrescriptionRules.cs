namespace BackOffice.Data.Prescription;

/// <summary>Whether a listed balance needs a notice before donation, whether one is sent, and the rule that says so.</summary>
public sealed record DonationNoticeDecision(bool Required, bool Send, string Rule);

/// <summary>
/// The prescription rules of 004 제5조 (pure): when a card balance is prescribed (①), who is told before it is donated
/// (②), and when silence counts as consent (③).
/// </summary>
public static class PrescriptionRules
{
    /// <summary>004 제5조②: 여신전문금융업협회가 설립한 기부금관리재단.</summary>
    public const string Recipient = "여신전문금융업협회 기부금관리재단";

    /// <summary>
    /// 004 제5조①: "최종사용월로부터 … 5년" (never used: the month of sale or top-up). The month counts whole, so the
    /// years run from the end of that month (<see cref="RefundEligibility.PrescribedFrom"/>): the first prescribed day.
    /// </summary>
    public static (DateOnly From, string Derivation) Prescribed(DateTimeOffset lastUseOrSale, bool neverUsed, int years)
    {
        var from = RefundEligibility.PrescribedFrom(lastUseOrSale, years);
        var basis = neverUsed ? "판매·충전월" : "최종사용월";
        return (from, $"{basis} {lastUseOrSale.ToKst():yyyy-MM} → {years}년 → {from:yyyy-MM-dd}부터 소멸시효 완성 (004 제5조①)");
    }

    public static bool IsPrescribed(DateOnly today, DateOnly from) => today >= from;

    /// <summary>
    /// 004 제5조②: a named card (기명식) with a balance of at least <see cref="ProgramPolicy.DonationNoticeMinimum"/> must be
    /// told a month before. Other cards with a member are told too (운영 정책: every member's value is announced before it
    /// goes), with the same objection window. A card without a member has no one to tell: due at once.
    /// </summary>
    public static DonationNoticeDecision Notice(bool isNamed, long? memberId, long balance, ProgramPolicy policy)
    {
        var minimum = $"{policy.DonationNoticeMinimum:N0}원";
        if (memberId is null)
            return new(false, false, "회원 정보가 없는 카드: 통지할 대상이 없어 통지 없이 기부 대상 (004 제5조②는 기명식 카드의 통지만 규정)");
        if (isNamed && balance >= policy.DonationNoticeMinimum)
            return new(true, true, $"기명식 카드 잔액 {minimum} 이상: 기부 {policy.DonationNoticeLeadMonths}개월 전 통지 의무 (004 제5조②)");
        var why = isNamed ? $"잔액 {minimum} 미만" : "무기명 카드";
        return new(false, true, $"{why}: 통지 의무 없음 (004 제5조②) · 운영 정책: 회원의 잔액은 모두 기부 전에 통지하고 같은 {policy.DonationObjectionDays}일 이의 기간을 둠");
    }

    /// <summary>
    /// The last day the member may object: the notice day + <paramref name="objectionDays"/> (004 제5조③ "30일 이내";
    /// 민법 제157조: the first day is not counted, so day 1 is the day after the notice).
    /// </summary>
    public static DateOnly ObjectionDeadline(DateOnly noticeDay, int objectionDays) => noticeDay.AddDays(objectionDays);

    /// <summary>
    /// The donation day announced in the notice: the later of the notice day + <paramref name="leadMonths"/> months
    /// (004 제5조② "기부하기 1개월 전까지") and the day after the objection deadline (제5조③).
    /// </summary>
    public static DateOnly PlannedDonation(DateOnly noticeDay, int leadMonths, int objectionDays)
    {
        var lead = noticeDay.AddMonths(leadMonths);
        var afterDeadline = ObjectionDeadline(noticeDay, objectionDays).AddDays(1);
        return lead > afterDeadline ? lead : afterDeadline;
    }

    /// <summary>004 제5조③: silence = consent. Due when today is after the deadline and on or after the planned day, without objection.</summary>
    public static bool IsDue(DateOnly today, DateOnly deadline, DateOnly planned, bool objected) =>
        !objected && today > deadline && today >= planned;

    public static string Name(PrescriptionItemStatus status) => status switch
    {
        PrescriptionItemStatus.Listed => "대상 등록",
        PrescriptionItemStatus.Notified => "통지 · 이의 기간",
        PrescriptionItemStatus.Objected => "이의 접수",
        PrescriptionItemStatus.Due => "기부 가능",
        PrescriptionItemStatus.Proposed => "기부 상신",
        PrescriptionItemStatus.Donated => "기부 완료",
        PrescriptionItemStatus.Withdrawn => "대상 제외",
        _ => status.ToString(),
    };

    public static string Name(DonationBatchStatus status) => status switch
    {
        DonationBatchStatus.Proposed => "승인 대기",
        DonationBatchStatus.Donated => "기부 완료",
        DonationBatchStatus.Refused => "반려",
        _ => status.ToString(),
    };

    /// <summary>Items still on their way (a card with one is not listed again).</summary>
    public static readonly IReadOnlySet<PrescriptionItemStatus> Open = new HashSet<PrescriptionItemStatus>
    {
        PrescriptionItemStatus.Listed, PrescriptionItemStatus.Notified, PrescriptionItemStatus.Objected,
        PrescriptionItemStatus.Due, PrescriptionItemStatus.Proposed,
    };
}
