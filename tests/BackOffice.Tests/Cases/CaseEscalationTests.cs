using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Tests.Cases;

/// <summary>
/// The escalation job (issue 13 item 3) with a fake clock across the long Chuseok weekend of 2026 (09-24~09-27) and the
/// 개천절 weekend (10-03~10-05): a dispute received 2026-09-18 is due 2026-10-06 (003 하나로 제23조②, 민법 제157조·제161조).
/// Supervisors are warned N business days before (Cases:WarnBusinessDaysBefore, 운영 정책) and again at breach, exactly
/// once each, with history, audit on the member's timeline and one summary alert each on the dashboard.
/// </summary>
public class CaseEscalationTests
{
    public static TheoryData<string, int, int, int> Rows()
    {
        var rows = new TheoryData<string, int, int, int>();
        foreach (var provider in TestDatabase.Providers())
        {
            // N = 2: the two business days before Tue 10-06 are Fri 10-02 and Tue itself counted from Thu 10-01 → warned Thu 10-01.
            rows.Add(provider, 2, 30, 1);
            // N = 5: business days (today, 10-06] ≤ 5 first on Mon 09-28: the Chuseok holidays and weekend do not count → quiet through Sun 09-27.
            rows.Add(provider, 5, 27, 28);
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_dispute_is_warned_and_breached_once_each_across_the_long_weekends(string provider, int warnBefore, int lastQuietDay, int warnDay)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 12, clock: KstClock.At(2026, 9, 18, 10),
            configure: s => s.AddSingleton(new CaseEscalationOptions { WarnBusinessDaysBefore = warnBefore }));
        var opened = await CaseClockTestCases.OpenAsync(h, CaseType.Dispute, ProgramPresets.Hanaro, "esc-dispute");
        Assert.Equal(new DateOnly(2026, 10, 6), opened.DueOn);
        var closed = await CaseClockTestCases.OpenAsync(h, CaseType.Complaint, ProgramPresets.Hanaro, "esc-closed");
        var paused = await CaseClockTestCases.OpenAsync(h, CaseType.Dispute, ProgramPresets.Hanaro, "esc-paused");
        await using (var db = await h.DbAsync())
        {
            // A case answered in time is never escalated; a case waiting for the member's documents (paused from 09-20) is
            // judged by the due date it would have if it resumed tomorrow. Direct writes: closing and pausing are the cases part's.
            var done = await db.Cases.SingleAsync(c => c.Number == closed.Number);
            done.Status = CaseStatus.Closed;
            done.ClosedAt = h.Clock.GetUtcNow();
            var waiting = await db.Cases.SingleAsync(c => c.Number == paused.Number);
            waiting.Status = CaseStatus.Paused;
            db.CasePauses.Add(new CasePause { CaseId = waiting.Id, From = new DateOnly(2026, 9, 20), Reason = "자료 대기", ActorId = "agent-id", ActorName = "김상담" });
            await db.SaveChangesAsync();
        }
        var job = () => h.RunJobAsync<CaseEscalationJob>();

        CaseClockTestCases.SetKst(h, 2026, 9, lastQuietDay, 23, 0);
        Assert.Equal(JobOutcome.Succeeded, (await job()).Outcome);
        Assert.Null((await CaseClockTestCases.CaseAsync(h, opened.Number)).WarnedAt);

        CaseClockTestCases.SetKst(h, 2026, warnDay >= 18 ? 9 : 10, warnDay, 0, 30);
        var warnRun = await job();
        Assert.StartsWith("경보 1건, 기한 경과 표시 0건", warnRun.Message);
        await job(); // an hour later, or a retry: nothing new
        h.Clock.Advance(TimeSpan.FromHours(1));
        await job();
        var warned = await CaseClockTestCases.CaseAsync(h, opened.Number);
        Assert.NotNull(warned.WarnedAt);
        Assert.Null(warned.BreachedAt);
        var warnedLine = Assert.Single(await CaseClockTestCases.EventsAsync(h, opened.Number, "warned"));
        Assert.Equal("시스템", warnedLine.ActorName);
        Assert.Contains($"기한 2026-10-06 ({warnBefore}영업일 남음)", warnedLine.Text);
        await using (var db = await h.DbAsync())
        {
            var alert = await db.StaffAlerts.SingleAsync(a => a.ResolvedAt == null);
            Assert.Equal((CaseEscalationJob.DueSoonAlertSource, Permission.AssignCases, "기한 임박 사건"), (alert.Source, alert.Permission, alert.Title));
            Assert.Contains(opened.Number, alert.Message);
            var audit = await db.AuditRecords.SingleAsync(a => a.Action == "case.warned");
            Assert.Equal((opened.Number, warned.MemberId), (audit.EntityId, audit.MemberId));
        }
        // Supervisors see it on the dashboard; an agent does not.
        h.Actor.Current = TestActor.Supervisor;
        Assert.Contains((await h.Get<DashboardQueries>().AlertsAsync()).Alerts, a => a.Title == "기한 임박 사건");
        h.Actor.Current = TestActor.Agent;
        Assert.DoesNotContain((await h.Get<DashboardQueries>().AlertsAsync()).Alerts, a => a.Title == "기한 임박 사건");

        // The due day itself (10-06, after 개천절 and its substitute holiday) is not a breach, up to its last minute.
        CaseClockTestCases.SetKst(h, 2026, 10, 6, 23, 59);
        await job();
        Assert.Null((await CaseClockTestCases.CaseAsync(h, opened.Number)).BreachedAt);

        CaseClockTestCases.SetKst(h, 2026, 10, 7, 0, 0);
        Assert.StartsWith("경보 0건, 기한 경과 표시 1건", (await job()).Message);
        h.Clock.Advance(TimeSpan.FromHours(1));
        Assert.StartsWith("경보 0건, 기한 경과 표시 0건", (await job()).Message);
        var breached = await CaseClockTestCases.CaseAsync(h, opened.Number);
        Assert.NotNull(breached.BreachedAt);
        Assert.Single(await CaseClockTestCases.EventsAsync(h, opened.Number, "warned"));
        var breachLine = Assert.Single(await CaseClockTestCases.EventsAsync(h, opened.Number, "breached"));
        Assert.Contains("기한 2026-10-06까지 종결되지 않음", breachLine.Text);
        Assert.Contains("지연 안내 없음", breachLine.Text);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "case.breached"));
            var open = await db.StaffAlerts.Where(a => a.ResolvedAt == null).ToListAsync();
            var alert = Assert.Single(open);
            Assert.Equal((CaseEscalationJob.BreachedAlertSource, Permission.ViewCaseBreaches), (alert.Source, alert.Permission));
            // The due-soon alert was resolved: the case moved to the breached list.
            Assert.NotNull((await db.StaffAlerts.SingleAsync(a => a.Source == CaseEscalationJob.DueSoonAlertSource)).ResolvedAt);
        }
        h.Actor.Current = TestActor.Compliance;
        Assert.Contains((await h.Get<DashboardQueries>().AlertsAsync()).Alerts, a => a.Title == "기한 경과 사건");

        // The closed case and the paused one were never escalated.
        foreach (var number in new[] { closed.Number, paused.Number })
        {
            var other = await CaseClockTestCases.CaseAsync(h, number);
            Assert.Equal((null, null), (other.WarnedAt, other.BreachedAt));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_case_first_seen_after_its_due_date_is_warned_and_breached_at_once(string provider)
    {
        // A letter received on 2026-09-01 typed in on 09-18 (after its due date 09-16): the first run warns and breaches.
        await using var h = await Harness.StartAsync(provider, demoMembers: 12, clock: KstClock.At(2026, 9, 18, 10));
        var opened = await CaseClockTestCases.OpenAsync(h, CaseType.Dispute, ProgramPresets.Hanaro, "esc-late",
            new DateTimeOffset(2026, 9, 1, 9, 0, 0, KoreanTime.Offset));
        Assert.Equal(new DateOnly(2026, 9, 16), opened.DueOn);

        Assert.StartsWith("경보 1건, 기한 경과 표시 1건", (await h.RunJobAsync<CaseEscalationJob>()).Message);
        var @case = await CaseClockTestCases.CaseAsync(h, opened.Number);
        Assert.NotNull(@case.WarnedAt);
        Assert.NotNull(@case.BreachedAt);
        Assert.Contains("이미 기한 경과", Assert.Single(await CaseClockTestCases.EventsAsync(h, opened.Number, "warned")).Text);
    }

    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Fact]
    public void The_warning_lead_comes_from_configuration_with_a_default_of_two_business_days()
    {
        var empty = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        Assert.Equal(2, CaseEscalationOptions.From(empty).WarnBusinessDaysBefore);
        var three = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cases:WarnBusinessDaysBefore"] = "3" }).Build();
        Assert.Equal(3, CaseEscalationOptions.From(three).WarnBusinessDaysBefore);
        var bad = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cases:WarnBusinessDaysBefore"] = "-1" }).Build();
        Assert.Throws<InvalidOperationException>(() => CaseEscalationOptions.From(bad));
    }
}
