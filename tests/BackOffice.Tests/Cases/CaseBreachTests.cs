using static BackOffice.Tests.Cases.CaseQueueScenario;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Cases;

/// <summary>
/// The breach dashboard (issue 13 item 3) through the real <see cref="CaseBreachQueries"/>: cases past their due date,
/// open or closed late, with the days late and whether the member was told by a delay notice before the due date
/// (003 하나로 제23조②: "at once" where the deadline cannot be met), counted per type; only Supervisors and Compliance see it.
/// </summary>
public class CaseBreachTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>Seven cases; the clock stands at Friday 2026-11-20 10:00 KST. Disputes received Monday 11-02 are due
    /// 11-17 (15 days, 민법 제157조 first day excluded).</summary>
    internal static async Task<Dictionary<string, CaseOpened>> SevenCasesAsync(Harness h, TestCard card)
    {
        var received = Kst(2026, 11, 2);
        var cases = new Dictionary<string, CaseOpened>();
        foreach (var name in new[] { "open-untold", "open-told", "open-told-late", "closed-on-time", "closed-late", "paused" })
            cases[name] = await OpenAsync(h, card, CaseType.Dispute, received);
        cases["not-due"] = await OpenAsync(h, card, CaseType.Complaint, Kst(2026, 11, 10));
        Assert.All(cases.Where(c => c.Key != "not-due"), c => Assert.Equal(new DateOnly(2026, 11, 17), c.Value.DueOn));
        Assert.Equal(new DateOnly(2026, 11, 25), cases["not-due"].DueOn);

        await EditAsync(h, cases["open-told"].Number, c => (c.DelayNoticeAt, c.PromisedBy) = (Kst(2026, 11, 17, 23, 59, 59), new DateOnly(2026, 11, 27)));
        await EditAsync(h, cases["open-told-late"].Number, c => (c.DelayNoticeAt, c.PromisedBy) = (Kst(2026, 11, 18, 0, 0, 0), new DateOnly(2026, 11, 27)));
        await EditAsync(h, cases["closed-on-time"].Number, c => (c.Status, c.ClosedAt, c.Outcome) = (CaseStatus.Closed, Kst(2026, 11, 17, 23, 59, 59), CaseOutcome.Rejected));
        await EditAsync(h, cases["closed-late"].Number, c => (c.Status, c.ClosedAt, c.Outcome, c.AssigneeName) = (CaseStatus.Closed, Kst(2026, 11, 19, 0, 0, 0), CaseOutcome.Upheld, "이상담"));
        await EditAsync(h, cases["paused"].Number, c => c.Status = CaseStatus.Paused);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Late_cases_show_days_late_and_whether_the_member_was_told_before_the_due_date(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        var cases = await SevenCasesAsync(h, card);
        h.Actor.Current = TestActor.Compliance;

        var report = await h.Get<CaseBreachQueries>().ReportAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        var rows = report.Rows.ToDictionary(r => r.Number);
        Assert.Equal(new[] { "open-untold", "open-told", "open-told-late", "closed-late" }.Select(n => cases[n].Number).Order(), rows.Keys.Order());
        CaseBreachRow Row(string name) => rows[cases[name].Number];
        // Open: 11-20 − 11-17 = 3 days late. The notice at 23:59:59 on the due day is in time; at 00:00:00 the next day it is late.
        Assert.Equal((3, DelayNoticeTold.No, CaseStatus.Open), (Row("open-untold").DaysLate, Row("open-untold").Told, Row("open-untold").Status));
        Assert.Equal((3, DelayNoticeTold.Yes), (Row("open-told").DaysLate, Row("open-told").Told));
        Assert.Equal((3, DelayNoticeTold.Late), (Row("open-told-late").DaysLate, Row("open-told-late").Told));
        // Closed 11-19 00:00 KST: two days late, untold, with its outcome and assignee.
        var late = Row("closed-late");
        Assert.Equal((2, DelayNoticeTold.No, new DateOnly(2026, 11, 19), CaseOutcome.Upheld, "이상담"),
            (late.DaysLate, late.Told, late.ClosedOn, late.Outcome, late.AssigneeName));
        Assert.Equal("dispute.default", late.ClockRuleKey);
        Assert.StartsWith("T", late.MemberNo, StringComparison.Ordinal);
        Assert.Equal([3, 3, 3, 2], report.Rows.Select(r => r.DaysLate)); // most days late first

        var count = Assert.Single(report.ByType);
        Assert.Equal(new CaseBreachCount(CaseType.Dispute, 4, 3, 1, 2), count);

        // The period is the due date's: a period ending the day before finds none.
        Assert.Empty((await h.Get<CaseBreachQueries>().ReportAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 16))).Rows);
        Assert.Equal(4, (await h.Get<CaseBreachQueries>().ReportAsync(new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 17))).Rows.Count);

        // The next day the open ones are a day later; the not-yet-due complaint stays off the board until 11-26.
        h.Clock.SetUtcNow(Kst(2026, 11, 25, 23, 59, 59));
        Assert.DoesNotContain(cases["not-due"].Number, (await h.Get<CaseBreachQueries>().ReportAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30))).Rows.Select(r => r.Number));
        h.Clock.SetUtcNow(Kst(2026, 11, 26, 0, 0, 0));
        var after = await h.Get<CaseBreachQueries>().ReportAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        Assert.Equal(1, after.Rows.Single(r => r.Number == cases["not-due"].Number).DaysLate);
        Assert.Equal(9, after.Rows.Single(r => r.Number == cases["open-untold"].Number).DaysLate);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_Supervisors_and_Compliance_see_breaches_and_the_period_is_checked(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var queries = h.Get<CaseBreachQueries>();
        var day = new DateOnly(2026, 11, 1);
        foreach (var actor in new[] { TestActor.Agent, TestActor.Finance, TestActor.Admin })
        {
            h.Actor.Current = actor;
            await Assert.ThrowsAsync<ForbiddenException>(() => queries.ReportAsync(day, day));
            await Assert.ThrowsAsync<ForbiddenException>(() => queries.StartRegisterAsync(day, day));
        }
        foreach (var actor in new[] { TestActor.Supervisor, TestActor.Compliance })
        {
            h.Actor.Current = actor;
            Assert.Empty((await queries.ReportAsync(day, day)).Rows);
        }
        Assert.Equal("기간의 끝이 시작보다 앞설 수 없습니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => queries.ReportAsync(day, day.AddDays(-1)))).Message);
        Assert.Equal("한 번에 볼 수 있는 기간은 366일까지입니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() => queries.ReportAsync(day, day.AddDays(366)))).Message);
    }
}
