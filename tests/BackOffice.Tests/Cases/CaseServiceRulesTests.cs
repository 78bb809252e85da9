namespace BackOffice.Tests.Cases;

/// <summary>The delay banner and the close rule as plain functions (issue 13 item 4; 003 하나로 제23조②).</summary>
public class CaseServiceRulesTests
{
    private static readonly BusinessCalendar Calendar = new(KoreanHolidays.Seed());

    [Theory]
    // due Mon 12-07: Thu 12-03 is 2 business days before (12-04, 12-07) → banner; Wed 12-02 is 3 → none.
    [InlineData("2026-12-07", "2026-12-02", false, false)]
    [InlineData("2026-12-07", "2026-12-03", false, true)]
    [InlineData("2026-12-07", "2026-12-05", false, true)]
    [InlineData("2026-12-07", "2026-12-07", false, true)]
    [InlineData("2026-12-07", "2026-12-09", false, true)] // late: still insists
    [InlineData("2026-12-07", "2026-12-05", true, false)] // sent: the banner goes
    // due Tue 10-06 after 개천절 (Sat 10-03) and its substitute Mon 10-05: on Thu 10-01 two business days are left (10-02, 10-06) → banner;
    // on Wed 09-30 three (10-01, 10-02, 10-06) → none.
    [InlineData("2026-10-06", "2026-10-01", false, true)]
    [InlineData("2026-10-06", "2026-09-30", false, false)]
    public void The_delay_banner_shows_from_two_business_days_before_the_due_date_until_the_notice_is_sent(string due, string today, bool sent, bool expected)
    {
        var shown = CaseService.NeedsDelayNotice(CaseStatus.Open, DateOnly.Parse(due, KoreanTime.Culture),
            sent ? DateTimeOffset.UnixEpoch : null, DateOnly.Parse(today, KoreanTime.Culture), Calendar);
        Assert.Equal(expected, shown);
    }

    [Fact]
    public void No_banner_for_closed_cases_or_a_clock_that_has_not_started()
    {
        var today = new DateOnly(2026, 12, 7);
        Assert.False(CaseService.NeedsDelayNotice(CaseStatus.Closed, today, null, today, Calendar));
        Assert.False(CaseService.NeedsDelayNotice(CaseStatus.Open, null, null, today, Calendar));
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-07", false, null)] // on the due date: may close
    [InlineData("2026-12-07", "2026-12-08", true, null)] // late with a delay notice on record
    [InlineData("2026-12-07", "2026-12-08", false, "기한(2026-12-07)이 지났는데 지연 안내 기록이 없습니다. 먼저 지연 안내(사유와 처리 일정)를 보낸 뒤 종결하세요.")]
    public void Closing_after_the_due_date_needs_a_delay_notice(string due, string today, bool delaySent, string? problem)
    {
        Assert.Equal(problem, CaseService.CloseProblem(CaseType.Dispute, CaseStatus.Open, DateOnly.Parse(due, KoreanTime.Culture),
            delaySent ? DateTimeOffset.UnixEpoch : null, CaseOutcome.Rejected, "조사 결과 정상 결제로 확인되었습니다.", DateOnly.Parse(today, KoreanTime.Culture)));
    }
}
