using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BackOffice.Tests.Cases;

/// <summary>
/// Issue 13 "Done when": a simulated year of cases with a fake clock. Cases of every type are opened on random days
/// through the real <see cref="CaseService"/>; the escalation job runs every simulated hour; three outages that blocked
/// statements are recorded through the real <see cref="OutageService"/> (moving open statement clocks). A simulated
/// agent works each case to a planned finishing day and, when a Supervisor warning arrives for a case it cannot finish in
/// time, sends the delay notice with reason and new schedule. It reacts only to the warning, so a missing or late
/// escalation shows up as a late case without a delay notice.
/// <para>On this branch the agent's result and delay notices are direct database writes of the fields and history lines
/// (<c>notice.result</c>, <c>notice.delay</c>): the cases part's <c>CaseService</c> methods replace them at merge.</para>
/// </summary>
public class CaseYearSimulationTests(ITestOutputHelper output)
{
    private static readonly DateOnly FirstDay = new(2026, 1, 2);
    private static readonly DateOnly LastOpeningDay = new(2026, 12, 31);
    private static readonly DateOnly End = new(2027, 2, 1);

    [Fact]
    public async Task In_a_simulated_year_no_case_passes_its_due_date_without_an_escalation_and_a_notice_and_every_due_date_names_its_rule()
    {
        var random = new Random(13);
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 12, clock: KstClock.At(FirstDay.Year, FirstDay.Month, FirstDay.Day, 0));
        List<(long Id, long MemberId)> cards;
        await using (var db = await h.DbAsync())
        {
            cards = (await db.Cards.AsNoTracking().Where(c => c.MemberId != null).OrderBy(c => c.Id).Select(c => new { c.Id, c.MemberId }).ToListAsync())
                .Select(c => (c.Id, c.MemberId!.Value)).ToList();
        }
        var job = ActivatorUtilities.CreateInstance<CaseEscalationJob>(h.Services);
        var cases = h.Get<CaseService>();
        var outages = h.Get<OutageService>();
        var plannedClose = new Dictionary<string, DateOnly>();
        var outageDays = new Dictionary<DateOnly, OutageInput>
        {
            [new DateOnly(2026, 3, 10)] = OutageOn(new DateOnly(2026, 3, 10)),
            [new DateOnly(2026, 7, 7)] = OutageOn(new DateOnly(2026, 7, 7)),
            [new DateOnly(2026, 11, 11)] = OutageOn(new DateOnly(2026, 11, 11)),
        };
        var jobRuns = 0;
        var outagesMovedClocks = 0;

        while (h.Clock.TodayKst() < End)
        {
            var now = h.Clock.GetUtcNow();
            var today = h.Clock.TodayKst();
            var hour = now.ToKst().Hour;

            if (hour == 9 && today <= LastOpeningDay)
            {
                h.Actor.Current = TestActor.Agent;
                for (var n = random.Next(0, 3); n > 0; n--)
                {
                    var (cardId, memberId) = cards[random.Next(cards.Count)];
                    var type = (CaseType)random.Next(5);
                    var found = type == CaseType.ErrorCorrection && random.Next(4) == 0;
                    var received = now.AddHours(-random.Next(0, 72));
                    var opened = await cases.OpenAsync(new OpenCaseCommand(memberId, type, CaseChannel.Phone, received, "모의 사건", "",
                        [cardId], [], $"sim-{plannedClose.Count}", found, received));
                    // Most cases are answered in time; about a quarter need longer than their clock allows.
                    var days = random.Next(4) == 0 ? random.Next(16, 30) : random.Next(1, 12);
                    plannedClose[opened.Number] = DateOnly.FromDateTime(received.ToKst().DateTime).AddDays(days);
                }
            }

            if (hour == 17 && outageDays.TryGetValue(today, out var outage))
            {
                h.Actor.Current = TestActor.Admin;
                outagesMovedClocks += (await outages.AddAsync(outage)).Recomputed.Count;
            }

            if (hour == 16) await AgentWorksAsync(h, plannedClose, today);

            await job.EscalateAsync();
            jobRuns++;
            h.Clock.Advance(TimeSpan.FromHours(1));
        }

        // The record after the year.
        await using var check = await h.DbAsync();
        var all = await check.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var problems = new List<string>();
        var late = 0;
        foreach (var c in all)
        {
            var rule = CaseClockRules.Get(c.ClockRuleKey);
            if (c.DueOn is not { } due)
            {
                problems.Add($"{c.Number}: no due date");
                continue;
            }
            // Every due date on screen names the rule (label and clause) and the law of the count.
            if (!c.DueDerivation.Contains(rule.Citation, StringComparison.Ordinal) || !c.DueDerivation.Contains(rule.Label, StringComparison.Ordinal)
                || !c.DueDerivation.Contains("민법 제157조", StringComparison.Ordinal) || !c.DueDerivation.Contains(Fmt.Date(due), StringComparison.Ordinal))
                problems.Add($"{c.Number}: derivation does not name its rule: {c.DueDerivation}");

            var finished = c.ClosedAt is { } closedAt ? DateOnly.FromDateTime(closedAt.ToKst().DateTime) : End;
            if (finished <= due)
            {
                if (c.ResultNoticeAt is null) problems.Add($"{c.Number}: closed without a result notice");
                continue;
            }
            late++;
            if (c.WarnedAt is not { } warned || Day(warned) > due) problems.Add($"{c.Number} (기한 {due}): passed its due date without a warning before it");
            if (c.DelayNoticeAt is not { } delayed || Day(delayed) > due) problems.Add($"{c.Number} (기한 {due}): passed its due date without a delay notice on record before it");
            if (c.BreachedAt is not { } breached || Day(breached) != due.AddDays(1)) problems.Add($"{c.Number} (기한 {due}): breach not marked the day after the due date");
        }
        var events = await check.CaseEvents.AsNoTracking().GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        output.WriteLine($"cases {all.Count}, late {late}, warned {all.Count(c => c.WarnedAt != null)}, breached {all.Count(c => c.BreachedAt != null)}, "
            + $"delay notices {all.Count(c => c.DelayNoticeAt != null)}, statement clocks moved by outages {outagesMovedClocks}, job runs {jobRuns}");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
        // The simulation exercised what it claims: hundreds of cases, some dozens late, warnings and breaches once each.
        Assert.True(all.Count > 250, $"{all.Count} cases");
        Assert.True(late > 20, $"{late} late cases");
        Assert.True(outagesMovedClocks > 0, "no outage moved a statement clock");
        Assert.Equal(all.Count(c => c.WarnedAt != null), events.GetValueOrDefault("warned"));
        Assert.Equal(all.Count(c => c.BreachedAt != null), events.GetValueOrDefault("breached"));
        Assert.Equal(late, events.GetValueOrDefault("breached"));
        Assert.True(jobRuns > 365 * 24, $"{jobRuns} job runs");
        Assert.DoesNotContain(all, c => c.Status != CaseStatus.Closed);
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToKst().DateTime);

    private static OutageInput OutageOn(DateOnly day) => new(
        new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), KoreanTime.Offset),
        new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), KoreanTime.Offset),
        "거래내역 조회", "모의 장애", true);

    /// <summary>The simulated agent at 16:00 KST, through the portal's own commands: closes what is finished with the result
    /// notice, and answers a warning with a delay notice (reason and new schedule) when the case will not close in time.</summary>
    private static async Task AgentWorksAsync(Harness h, Dictionary<string, DateOnly> plannedClose, DateOnly today)
    {
        h.Actor.Current = TestActor.Agent;
        var cases = h.Get<CaseService>();
        List<ServiceCase> open;
        await using (var db = await h.DbAsync())
            open = await db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Closed).ToListAsync();
        foreach (var c in open)
        {
            var planned = plannedClose[c.Number];
            if (today >= planned)
                await cases.CloseAsync(c.Id, CaseOutcome.Upheld, "모의 처리 결과를 회원에게 안내합니다.");
            else if (c.WarnedAt is not null && c.DelayNoticeAt is null && c.DueOn is { } due && planned > due)
                await cases.SendDelayNoticeAsync(c.Id, "자료 확인에 시간이 더 필요합니다", planned);
        }
    }
}
