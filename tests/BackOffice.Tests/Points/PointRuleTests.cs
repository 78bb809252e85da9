namespace BackOffice.Tests.Points;

/// <summary>The arithmetic of Oh! points (004 포인트 제4조⑥, 제5조①④⑤), table-driven with the clause of each row.</summary>
public class PointRuleTests
{
    private static readonly ProgramPolicy Policy = ProgramPresets.CardCompanyPolicy();

    private static DateTimeOffset Kst(int y, int m, int d, int h = 10, int min = 0, int s = 0) => new(y, m, d, h, min, s, KoreanTime.Offset);

    // 004 포인트 제5조①: 적립일로부터 5년(60개월); ④ 월단위 자동 소멸 → usable through the end of the 60th month.
    [Theory]
    [InlineData(2022, 3, 15, "2027-03-31")]
    [InlineData(2022, 3, 1, "2027-03-31")]
    [InlineData(2022, 3, 31, "2027-03-31")]
    [InlineData(2021, 12, 31, "2026-12-31")]
    [InlineData(2024, 2, 29, "2029-02-28")] // leap day: the 60th month's last day
    public void A_lot_is_usable_to_the_end_of_its_60th_month(int y, int m, int d, string lastDay)
    {
        var (last, _, rule) = PointRules.Expiry(Kst(y, m, d), Policy);
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), last);
        Assert.Contains("004 포인트 제5조①", rule);
    }

    [Fact]
    public void The_day_earned_is_the_KST_day()
    {
        // 2022-02-28 16:00 UTC is 2022-03-01 01:00 KST: earned in March.
        var (last, _, _) = PointRules.Expiry(new DateTimeOffset(2022, 2, 28, 16, 0, 0, TimeSpan.Zero), Policy);
        Assert.Equal(new DateOnly(2027, 3, 31), last);
    }

    // 004 포인트 제5조④: 소멸 2개월 전 사전 고지. A lot of month E is told by the run on the first of E−2.
    [Theory]
    [InlineData("2027-03-31", "2027-01-01")]
    [InlineData("2027-01-31", "2026-11-01")]
    [InlineData("2027-02-28", "2026-12-01")]
    public void The_notice_is_due_by_the_first_day_two_months_before_the_expiry_month(string lastDay, string dueBy)
    {
        Assert.Equal(DateOnly.Parse(dueBy, System.Globalization.CultureInfo.InvariantCulture),
            PointExpiryPlan.NoticeDueBy(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), 2));
    }

    // (today, lastDay, noticeAt or null, expires?, needs notice?)
    public static TheoryData<string, string, string?, bool, bool> Runs => new()
    {
        { "2027-01-01", "2027-03-31", null, false, true },                  // 제5조④: the run two months before tells
        { "2026-12-01", "2027-03-31", null, false, false },                 // three months before: not yet
        { "2027-01-01", "2027-03-31", "2027-01-01T00:20:00+09:00", false, false }, // told: a second run does nothing
        { "2027-03-31", "2027-03-31", "2027-01-01T00:20:00+09:00", false, false }, // the last day is still usable
        { "2027-04-01", "2027-03-31", "2027-01-01T00:20:00+09:00", true, false },  // 00:00 KST the next day: gone
        { "2027-04-01", "2027-03-31", "2027-01-02T09:00:00+09:00", false, true },  // told a day late: never expires so (운영 정책)
        { "2027-04-01", "2027-03-31", null, false, true },                  // never told: told now, not expired
        { "2027-01-15", "2027-03-31", null, false, true },                  // a late run tells (and moves the month, below)
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_lot_expires_only_after_its_month_and_a_notice_in_time(string today, string lastDay, string? noticeAt, bool expires, bool needsNotice)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset? told = noticeAt is null ? null : DateTimeOffset.Parse(noticeAt, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expires, PointExpiryPlan.Expires(last, told, day, 2));
        Assert.Equal(needsNotice, PointExpiryPlan.NeedsNotice(last, told, day, 2));
    }

    // 운영 정책 within 제5조④: a lot told on day D may expire no earlier than the month whose notice day is D or later.
    [Theory]
    [InlineData("2027-01-01", "2027-03-31")]
    [InlineData("2027-01-02", "2027-04-30")]
    [InlineData("2027-01-31", "2027-04-30")]
    [InlineData("2026-12-01", "2027-02-28")]
    public void A_late_notice_moves_the_expiry_to_the_first_month_with_the_full_notice(string today, string earliest)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var last = PointExpiryPlan.EarliestLastDay(day, 2);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), last);
        Assert.True(PointExpiryPlan.NoticedInTime(KoreanTime.StartOfDay(day).AddHours(23), last, 2));
    }

    [Fact]
    public void The_summary_is_one_line_per_expiry_month()
    {
        var lines = PointExpiryPlan.Summary([(new DateOnly(2027, 5, 31), 300), (new DateOnly(2027, 3, 31), 1_000), (new DateOnly(2027, 3, 31), 200)]);
        Assert.Equal(["2027-03 소멸 예정 1,200P", "2027-05 소멸 예정 300P"], lines);
    }

    // 004 포인트 제5조⑤ 단서: 제1호, 제3호의 경우에는 그로 인하여 적립된 포인트만.
    [Theory]
    [InlineData(PointForfeitCause.FraudulentIssue, true)]
    [InlineData(PointForfeitCause.UnsoundUse, false)]
    [InlineData(PointForfeitCause.StolenOrForgedUse, true)]
    [InlineData(PointForfeitCause.ContractEnded, false)]
    public void Causes_1_and_3_take_only_the_chosen_lots(PointForfeitCause cause, bool onlyChosen)
    {
        Assert.Equal(onlyChosen, PointForfeitCauses.OnlyChosenLots(cause));
        Assert.Contains("제5조⑤", PointForfeitCauses.Name(cause));
    }
}
