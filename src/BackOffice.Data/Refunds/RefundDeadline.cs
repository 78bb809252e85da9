namespace BackOffice.Data.Refunds;

/// <summary>
/// When a refund must reach the member, by the rule that applies: a cancelled charge by the program's cancel payout
/// (000 충전: 3일 이내; 002: 즉시), a balance by its channel's payout (000 환불: 3영업일; 하나로 제11조2: 즉시; 캐시비
/// 제9조①6가: 10영업일). Each deadline cites the clause it comes from, or says it is the operator's setting.
/// </summary>
public static class RefundDeadline
{
    public static Deadline PayoutDue(ProgramPolicy policy, RefundKind kind, RefundChannel channel, DateOnly requestDay, BusinessCalendar calendar)
    {
        if (kind == RefundKind.ChargeCancel)
            return Due(policy.ChargeCancelPayoutDays, policy.ChargeCancelPayoutCounting, policy.CitationOf(nameof(ProgramPolicy.ChargeCancelPayoutDays)),
                policy, requestDay, calendar);
        var rule = policy.ChannelRule(channel) ?? policy.RefundChannels.FirstOrDefault()
            ?? throw new InvalidOperationException($"정책 v{policy.Version}에 환불 경로가 없습니다.");
        return Due(rule.PayoutDays, rule.PayoutCounting, rule.Citation, policy, requestDay, calendar);
    }

    private static Deadline Due(int days, DayCounting counting, string citation, ProgramPolicy policy, DateOnly requestDay, BusinessCalendar calendar)
    {
        var source = $"{citation}, 정책 v{policy.Version}";
        switch (counting)
        {
            case DayCounting.AtOnce:
                return new Deadline(requestDay, $"신청 {requestDay:yyyy-MM-dd} 즉시 지급 ({source})");
            case DayCounting.CalendarDays:
                {
                    var due = requestDay.AddDays(days);
                    return new Deadline(due, $"신청 {requestDay:yyyy-MM-dd} + {days}일 = {due:yyyy-MM-dd} ({source})");
                }
            default:
                {
                    var due = calendar.AddBusinessDays(requestDay, days);
                    return new Deadline(due, $"신청 {requestDay:yyyy-MM-dd} + {days}영업일 = {due:yyyy-MM-dd}{calendar.HolidayNote(requestDay, due)} ({source})");
                }
        }
    }

    /// <summary>Calendar days a request has waited, for the queue's aging column.</summary>
    public static int AgeInDays(DateOnly requestDay, DateOnly today) => Math.Max(0, today.DayNumber - requestDay.DayNumber);
}
