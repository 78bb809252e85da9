namespace BackOffice.Web.Features.Cases;

/// <summary>The plain rules of working a case (issue 13 items 1 and 4), without a database, for the screen and the tests.</summary>
public sealed partial class CaseService
{
    public const int MinDelayReason = 5;
    public const int MaxDelayReason = 500;
    public const int MinResolution = 10;
    public const int MaxResolution = 4000;
    public const int MinPauseReason = 5;
    public const int MaxNote = 2000;
    public const long MaxAttachmentBytes = 5 * 1024 * 1024;

    /// <summary>Business days before the due date from which the screen insists on the delay notice (운영 정책).</summary>
    public const int DelayBannerBusinessDays = 2;

    public const string DelayBannerText = "기한 내 종결이 어려우면 지연 안내를 보내야 합니다";

    /// <summary>
    /// Whether the case page shows the red banner: the case is not closed, its clock runs, no delay notice is on record,
    /// and today (KST) is within <see cref="DelayBannerBusinessDays"/> business days of the due date or past it
    /// (003 하나로 제23조②: the reason and the schedule are told at once when the deadline cannot be kept).
    /// </summary>
    public static bool NeedsDelayNotice(CaseStatus status, DateOnly? dueOn, DateTimeOffset? delayNoticeAt, DateOnly today, BusinessCalendar calendar) =>
        status != CaseStatus.Closed && delayNoticeAt is null && dueOn is { } due &&
        (today >= due || calendar.CountBusinessDays(today, due) <= DelayBannerBusinessDays);

    /// <summary>The Korean refusal of a delay notice, or null when it may be sent.</summary>
    public static string? DelayNoticeProblem(CaseStatus status, DateOnly? dueOn, string? reason, DateOnly? promisedBy, DateOnly today)
    {
        if (status == CaseStatus.Closed) return "종결된 사건에는 지연 안내를 보낼 수 없습니다.";
        if (dueOn is not { } due) return "본인 확인 전이라 기한이 시작되지 않았습니다. 지연 안내는 기한이 있을 때 보냅니다.";
        var text = reason?.Trim() ?? "";
        if (text.Length < MinDelayReason) return $"지연 사유를 {MinDelayReason}자 이상 입력하세요.";
        if (text.Length > MaxDelayReason) return $"지연 사유는 {MaxDelayReason}자 이하로 입력하세요.";
        if (promisedBy is not { } promised) return "새 처리 일정(처리 예정일)을 입력하세요.";
        if (promised <= today) return "처리 예정일은 오늘 이후여야 합니다.";
        if (promised <= due)
            return $"처리 예정일이 기한({Fmt.Date(due)}) 안입니다. 기한 안에 처리할 수 있으면 지연 안내가 필요 없습니다.";
        return null;
    }

    /// <summary>The Korean refusal of closing a case, or null when it may be closed with this outcome and text.</summary>
    public static string? CloseProblem(CaseType type, CaseStatus status, DateOnly? dueOn, DateTimeOffset? delayNoticeAt, CaseOutcome outcome, string? resolution, DateOnly today)
    {
        if (status == CaseStatus.Closed) return "이미 종결된 사건입니다.";
        if (status == CaseStatus.AwaitingApproval) return "승인 대기 중인 처리가 있습니다. 승인 또는 반려된 뒤 종결하세요.";
        if (!Enum.IsDefined(outcome) || outcome == CaseOutcome.None) return "처리 결과(인용·일부 인용·기각·취하 등)를 선택하세요.";
        if (outcome == CaseOutcome.Delivered && type != CaseType.PaperStatement) return "'교부 완료'는 거래내역 서면 교부 사건에만 쓸 수 있습니다.";
        var text = resolution?.Trim() ?? "";
        if (text.Length < MinResolution) return $"회원에게 안내할 처리 결과를 {MinResolution}자 이상 입력하세요.";
        if (text.Length > MaxResolution) return $"처리 결과는 {MaxResolution:N0}자 이하로 입력하세요.";
        if (dueOn is { } due && today > due && delayNoticeAt is null)
            return $"기한({Fmt.Date(due)})이 지났는데 지연 안내 기록이 없습니다. 먼저 지연 안내(사유와 처리 일정)를 보낸 뒤 종결하세요.";
        return null;
    }

    /// <summary>Days left until the due date (negative: days late); null while the clock has not started.</summary>
    public static int? DaysLeft(DateOnly? dueOn, DateOnly today) => dueOn is { } due ? due.DayNumber - today.DayNumber : null;
}
