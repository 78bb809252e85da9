namespace BackOffice.Tests.Delivery;

/// <summary>
/// Which batch an application joins and which batch a run closes (<see cref="MailingSchedule"/>; 000 배송 "배송지 변경은
/// 신청 당일까지", the batch rule itself is 운영 정책). October 2026: Fri 10-02, Sat 10-03 개천절, Sun 10-04,
/// Mon 10-05 개천절 대체공휴일, Tue 10-06, Fri 10-09 한글날.
/// </summary>
public class MailingScheduleTests
{
    private static readonly BusinessCalendar Calendar = new(KoreanHolidays.Seed());

    [Theory]
    [InlineData("2026-10-01", "2026-10-01")] // a business day: its own batch
    [InlineData("2026-10-02", "2026-10-02")] // Friday
    [InlineData("2026-10-03", "2026-10-06")] // Saturday and 개천절: the next business day
    [InlineData("2026-10-04", "2026-10-06")] // Sunday
    [InlineData("2026-10-05", "2026-10-06")] // Monday, 개천절 대체공휴일
    [InlineData("2026-10-06", "2026-10-06")]
    [InlineData("2026-10-09", "2026-10-12")] // Friday 한글날 → Monday
    [InlineData("2026-12-25", "2026-12-28")] // Friday 성탄절 → Monday
    public void An_application_joins_the_batch_of_its_day_or_the_next_business_day(string applied, string batch) =>
        Assert.Equal(DateOnly.Parse(batch), MailingSchedule.BatchDayFor(DateOnly.Parse(applied), Calendar));

    [Theory]
    [InlineData("2026-10-02", "2026-10-01")] // Friday 00:30 closes Thursday
    [InlineData("2026-10-03", "2026-10-02")] // Saturday closes Friday
    [InlineData("2026-10-04", "2026-10-02")] // Sunday: Friday again (already closed: nothing)
    [InlineData("2026-10-06", "2026-10-02")] // Tuesday after the holiday Monday: still Friday
    [InlineData("2026-10-07", "2026-10-06")] // Wednesday closes Tuesday, with the weekend's applications
    public void A_run_closes_the_last_business_day_before_today(string today, string batch) =>
        Assert.Equal(DateOnly.Parse(batch), MailingSchedule.DueBatchDay(DateOnly.Parse(today), Calendar));

    [Theory]
    [InlineData("2026-10-01", "2026-10-01", "2026-10-02", true)]  // past the cut-off (midnight), due
    [InlineData("2026-10-02", "2026-10-01", "2026-10-02", false)] // today's application: changeable until midnight
    [InlineData("2026-10-03", "2026-10-02", "2026-10-04", false)] // Saturday's waits for Tuesday's batch
    [InlineData("2026-10-03", "2026-10-06", "2026-10-07", true)]
    [InlineData("2026-09-30", "2026-10-06", "2026-10-07", true)]  // a late one joins the batch being closed
    public void Joins_needs_the_cut_off_passed_and_the_batch_day_reached(string applied, string batch, string today, bool joins) =>
        Assert.Equal(joins, MailingSchedule.Joins(DateOnly.Parse(applied), DateOnly.Parse(batch), DateOnly.Parse(today), Calendar));
}
