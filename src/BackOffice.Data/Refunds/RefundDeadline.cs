namespace BackOffice.Data.Refunds;

/// <summary>A refund is paid to the member's account within the policy's business days of the request (000 환불: 3영업일).</summary>
public static class RefundDeadline
{
    public static Deadline PayoutDue(ProgramPolicy policy, DateOnly requestDay, BusinessCalendar calendar)
    {
        var due = calendar.AddBusinessDays(requestDay, policy.RefundPayoutBusinessDays);
        return new Deadline(due,
            $"신청 {requestDay:yyyy-MM-dd} + {policy.RefundPayoutBusinessDays}영업일 = {due:yyyy-MM-dd}{calendar.HolidayNote(requestDay, due)} (000 환불, 정책 v{policy.Version})");
    }

    /// <summary>Calendar days a request has waited, for the queue's aging column.</summary>
    public static int AgeInDays(DateOnly requestDay, DateOnly today) => Math.Max(0, today.DayNumber - requestDay.DayNumber);
}
