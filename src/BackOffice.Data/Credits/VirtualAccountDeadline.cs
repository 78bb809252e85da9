namespace BackOffice.Data.Credits;

/// <summary>A virtual account's deposit window: the first and last KST day a deposit is accepted and the auto-cancel instant.</summary>
public sealed record DepositWindow(DateOnly FirstDay, DateOnly LastDay, DateTimeOffset CancelsAt, string Rule);

/// <summary>
/// The deposit deadline of a one-time virtual account (001 §2.2.2) and the rule for moving it on the member's request.
/// "가상계좌의 고객 입금가능일자는 예약 당일을 포함하여 영업일 기준 N영업일까지": day 1 is the request day when it is a
/// business day, else the next business day; the last day is the N-th business day (N = the policy's
/// <see cref="ProgramPolicy.VirtualAccountDepositBusinessDays"/>; 001 leaves it "00영업일", so it is an operator setting).
/// "입금가능일자 기준 익일 오전 00시를 기해 자동으로 취소": the account cancels at 00:00 KST of the day after the last day.
/// </summary>
public static class VirtualAccountDeadline
{
    public const string Clause = "001 §2.2.2";

    /// <summary>운영 정책: a moved deadline is at most this many days after the day it is moved.</summary>
    public const int MaxMoveDays = 14;

    /// <summary>운영 정책: the e-mail and SMS before the cancel go from this KST hour on the last day.</summary>
    public const int ReminderHourKst = 9;

    public static DepositWindow Compute(DateTimeOffset requestedAt, int businessDays, BusinessCalendar calendar, string settingCitation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessDays, 1);
        var requestDay = requestedAt.ToKstDate();
        var first = requestDay;
        while (!calendar.IsBusinessDay(first)) first = first.AddDays(1);
        var last = calendar.AddBusinessDays(first, businessDays - 1);
        var cancelsAt = KoreanTime.StartOfDay(last.AddDays(1));
        var firstText = first == requestDay
            ? $"예약 {requestDay:yyyy-MM-dd} 당일 포함"
            : $"예약 {requestDay:yyyy-MM-dd}(영업일 아님) → 첫 영업일 {first:yyyy-MM-dd}부터";
        var rule = $"{firstText} 영업일 기준 {businessDays}영업일 → {last:yyyy-MM-dd}까지 입금, {last.AddDays(1):yyyy-MM-dd} 00:00 자동 취소"
            + $"{calendar.HolidayNote(requestDay, last)} ({Clause}, 입금 기한 {businessDays}영업일: {settingCitation})";
        return new DepositWindow(first, last, cancelsAt, rule);
    }

    /// <summary>
    /// Why the deadline cannot move to <paramref name="newLastDay"/>, or null (001 §2.2.2 "특정 사유로 인하여 고객의 요청이 있을
    /// 경우 입금마감일을 고객센터를 통하여 변경"): only a virtual account still 입금대기, a day that is today or later and not the
    /// current one, at most <see cref="MaxMoveDays"/> days from today (운영 정책), with the member's reason.
    /// </summary>
    public static string? MoveProblem(CreditTopUp topUp, DateOnly newLastDay, DateOnly today, string? reason)
    {
        if (topUp.Method != TopUpMethod.VirtualAccount || topUp.DepositDeadline is null)
            return $"충전 {topUp.Number}은(는) 가상계좌 충전이 아니어서 입금 기한이 없습니다.";
        if (topUp.Status != TopUpStatus.AwaitingDeposit)
            return $"입금 기한은 입금대기 중에만 바꿀 수 있습니다 (현재 {TopUpLog.Name(topUp.Status)}).";
        if (newLastDay < today)
            return $"새 입금 기한 {newLastDay:yyyy-MM-dd}은(는) 지난 날짜입니다. 오늘({today:yyyy-MM-dd}) 이후 날짜를 고르세요.";
        if (newLastDay == topUp.DepositDeadline)
            return $"새 입금 기한이 지금 기한({newLastDay:yyyy-MM-dd})과 같습니다.";
        if (newLastDay > today.AddDays(MaxMoveDays))
            return $"입금 기한은 오늘부터 {MaxMoveDays}일({today.AddDays(MaxMoveDays):yyyy-MM-dd})까지만 정할 수 있습니다 (운영 정책).";
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2)
            return "입금 기한을 바꾸는 사유(고객 요청 내용)를 입력하세요.";
        if (reason.Trim().Length > 300) return "사유는 300자 이내로 입력하세요.";
        return null;
    }

    /// <summary>The moved window: cancels at 00:00 KST after the new last day, with the rule saying who asked and why.</summary>
    public static DepositWindow Moved(CreditTopUp topUp, DateOnly newLastDay, DateOnly today, string reason)
    {
        var cancelsAt = KoreanTime.StartOfDay(newLastDay.AddDays(1));
        var rule = $"고객 요청으로 {today:yyyy-MM-dd}에 입금 기한 {topUp.DepositDeadline:yyyy-MM-dd} → {newLastDay:yyyy-MM-dd} 변경 (사유: {reason.Trim()}), "
            + $"{newLastDay.AddDays(1):yyyy-MM-dd} 00:00 자동 취소 ({Clause} 고객센터 변경, 최대 {MaxMoveDays}일: 운영 정책)";
        if (rule.Length > 500) rule = rule[..500];
        return new DepositWindow(newLastDay, newLastDay, cancelsAt, rule);
    }

    /// <summary>Whether the auto-cancel is due at <paramref name="now"/>: a waiting account at or after its cancel instant.</summary>
    public static bool CancelDue(CreditTopUp topUp, DateTimeOffset now) =>
        topUp.Status == TopUpStatus.AwaitingDeposit && topUp.CancelsAt is { } at && now >= at;

    /// <summary>
    /// Whether the e-mail and SMS before the cancel are due (001 §2.2.2 ※ 취소 전 EMAIL 및 SMS 발송): on the last day from
    /// <see cref="ReminderHourKst"/>:00 KST (운영 정책) until the cancel, once (<see cref="CreditTopUp.CancelReminderAt"/>).
    /// </summary>
    public static bool ReminderDue(CreditTopUp topUp, DateTimeOffset now) =>
        topUp.Status == TopUpStatus.AwaitingDeposit && topUp.CancelReminderAt is null && topUp.DepositDeadline is { } last
        && topUp.CancelsAt is { } cancels && now < cancels
        && now >= KoreanTime.StartOfDay(last).AddHours(ReminderHourKst);
}
