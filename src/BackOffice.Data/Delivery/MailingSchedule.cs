namespace BackOffice.Data.Delivery;

/// <summary>
/// Which mailing batch an application joins, and which batch a run may close (000 배송: "신청 당일까지 배송지 변경 가능,
/// 다음 날 우체국 발송").
/// <list type="bullet">
/// <item>An application belongs to the batch of its application day when that day is a business day; an application
/// made on a Saturday, Sunday or public holiday belongs to the batch of the NEXT business day (a Friday-to-Monday-holiday
/// weekend's applications join Tuesday's batch).</item>
/// <item>The cut-off is the end of the application day (KST midnight): a run on day T takes only applications whose
/// application day is before T, whatever the batch day, so the address stays changeable until the day is over.</item>
/// <item>A run on day T closes the batch of the last business day before T (<see cref="DueBatchDay"/>) with every
/// waiting application whose batch day is that day or earlier (a late one, e.g. after downtime, joins the batch being
/// closed). One batch per business day: when that day's batch exists the run changes nothing.</item>
/// </list>
/// </summary>
public static class MailingSchedule
{
    /// <summary>The business day whose batch an application of <paramref name="applicationDay"/> joins.</summary>
    public static DateOnly BatchDayFor(DateOnly applicationDay, BusinessCalendar calendar)
    {
        var day = applicationDay;
        while (!calendar.IsBusinessDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>The batch a run on <paramref name="today"/> (KST) closes: the last business day strictly before it.</summary>
    public static DateOnly DueBatchDay(DateOnly today, BusinessCalendar calendar)
    {
        var day = today.AddDays(-1);
        while (!calendar.IsBusinessDay(day)) day = day.AddDays(-1);
        return day;
    }

    /// <summary>Whether a waiting application of <paramref name="applicationDay"/> goes into the batch of <paramref name="batchDay"/>
    /// closed on <paramref name="today"/>: past its cut-off and due by that batch.</summary>
    public static bool Joins(DateOnly applicationDay, DateOnly batchDay, DateOnly today, BusinessCalendar calendar) =>
        applicationDay < today && BatchDayFor(applicationDay, calendar) <= batchDay;

    /// <summary>The rule in one Korean sentence for the page.</summary>
    public const string RuleText =
        "신청일(한국 시간) 자정이 지나면 마감 대상입니다. 영업일 신청은 그날 묶음, 주말·공휴일 신청은 다음 영업일 묶음에 들어가며, " +
        "매일 00:30에 직전 영업일 묶음을 마감합니다 (000 배송: 배송지 변경은 신청 당일까지).";
}
