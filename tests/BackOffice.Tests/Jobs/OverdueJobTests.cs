using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Jobs;

/// <summary>
/// The overdue jobs mark stored state (OverdueSince) from the state as of now: exactly the open rows past their due
/// date, nothing more on a second run, everything missed after a gap, and the mark is cleared once a row is done.
/// </summary>
public class OverdueJobTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static readonly DateTimeOffset Friday = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(9));

    private static async Task<TestCard> RefundableCardAsync(Harness h)
    {
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 100_000, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(9)));
        await PayAsync(h, card, 64_000, DaysAgo(h, 5));
        return card;
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> RefundMarksAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        var rows = await db.RefundRequests.AsNoTracking().Select(r => new { r.RequestNo, r.OverdueSince }).ToListAsync();
        return rows.ToDictionary(r => r.RequestNo, r => r.OverdueSince);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Refunds_past_their_due_date_and_still_open_are_marked_once_and_unmarked_when_done(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: KstClock.At(2026, 11, 20, 10));
        var a = await FileAsync(h, await RefundableCardAsync(h), RefundKind.BalanceRefund);
        var b = await FileAsync(h, await RefundableCardAsync(h), RefundKind.BalanceRefund);
        var c = await FileAsync(h, await RefundableCardAsync(h), RefundKind.BalanceRefund);
        Assert.All(new[] { a, b, c }, f => Assert.Equal(new DateOnly(2026, 11, 25), f.DueBy)); // Fri + 3 business days
        h.Actor.Current = TestActor.Finance;
        await h.Get<RefundApprovalService>().RejectAsync((await RequestAsync(h, c.RequestNo)).Id, "서류 미비");

        // The due day itself is not overdue (23:59 KST on 11-25).
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 23, 59, 0, TimeSpan.FromHours(9)));
        var run = await h.RunJobAsync<MarkOverdueRefundsJob>();
        Assert.Equal((JobOutcome.Succeeded, "지급 기한 경과 0건 표시, 0건 해제"), (run.Outcome, run.Message));
        Assert.All((await RefundMarksAsync(h)).Values, Assert.Null);

        // The next day: the two open requests are overdue, the rejected one is not.
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(9)));
        var markedAt = h.Clock.GetUtcNow();
        Assert.Equal("지급 기한 경과 2건 표시, 0건 해제", (await h.RunJobAsync<MarkOverdueRefundsJob>()).Message);
        var marks = await RefundMarksAsync(h);
        Assert.Equal((markedAt, markedAt, (DateTimeOffset?)null), (marks[a.RequestNo], marks[b.RequestNo], marks[c.RequestNo]));

        // Idempotent: a second run later changes nothing, the first mark's time stays.
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("지급 기한 경과 0건 표시, 0건 해제", (await h.RunJobAsync<MarkOverdueRefundsJob>()).Message);
        Assert.Equal(marks, await RefundMarksAsync(h));

        // The queue, the member's refunds and the dashboard read the stored mark.
        var queue = await h.Get<RefundQueries>().QueueAsync(new RefundQueueFilter(RefundQueueView.AwaitingApproval), 0, 20);
        Assert.Equal(2, queue.Totals.Overdue);
        Assert.All(queue.Rows, r => Assert.True(r.Overdue));
        Assert.Equal(2, (await h.Get<DashboardQueries>().GetAsync()).RefundsOverdue);

        // Once a request is no longer open its mark is cleared.
        await h.Get<RefundApprovalService>().RejectAsync((await RequestAsync(h, b.RequestNo)).Id, "중복 신청");
        Assert.Equal("지급 기한 경과 0건 표시, 1건 해제", (await h.RunJobAsync<MarkOverdueRefundsJob>()).Message);
        marks = await RefundMarksAsync(h);
        Assert.Equal((markedAt, (DateTimeOffset?)null), (marks[a.RequestNo], marks[b.RequestNo]));
        h.Actor.Current = TestActor.Agent;
        var member = await h.Get<RefundQueries>().ForMemberAsync((await RequestAsync(h, a.RequestNo)).MemberId);
        Assert.True(Assert.Single(member).Overdue);
        Assert.Equal(1, (await h.Get<DashboardQueries>().GetAsync()).RefundsOverdue);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_run_after_downtime_catches_up_everything_that_fell_due_meanwhile(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: KstClock.At(2026, 11, 20, 10));
        var first = await FileAsync(h, await RefundableCardAsync(h), RefundKind.BalanceRefund);
        h.Clock.Advance(TimeSpan.FromDays(3)); // Mon 11-23
        var second = await FileAsync(h, await RefundableCardAsync(h), RefundKind.BalanceRefund);
        Assert.Equal("지급 기한 경과 0건 표시, 0건 해제", (await h.RunJobAsync<MarkOverdueRefundsJob>()).Message);

        // The portal is down for a month: nothing runs. The first run afterwards marks both.
        h.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal("지급 기한 경과 2건 표시, 0건 해제", (await h.RunJobAsync<MarkOverdueRefundsJob>()).Message);
        var marks = await RefundMarksAsync(h);
        Assert.NotNull(marks[first.RequestNo]);
        Assert.NotNull(marks[second.RequestNo]);
        await using var db = await h.DbAsync();
        var runs = await db.JobRuns.Where(r => r.JobName == nameof(MarkOverdueRefundsJob)).OrderBy(r => r.Id).Select(r => new { r.Outcome, r.StartedAt }).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(JobOutcome.Succeeded, r.Outcome));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Intake_cases_past_the_balance_deadline_are_marked_and_unmarked_once_rejected(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 30, clock: KstClock.At(2026, 11, 20, 10));
        var intake = h.Get<CardIntakeService>();
        await using (var db = await h.DbAsync())
        {
            var cards = await db.Cards.Where(c => c.Status == CardStatus.Active && c.Program!.Code == ProgramPresets.LocalCurrency).OrderBy(c => c.Id).Take(2).Select(c => c.Id).ToListAsync();
            await intake.OpenAsync(new OpenIntakeCommand(cards[0], DefectKind.Broken, "", "old"));
            h.Clock.Advance(TimeSpan.FromDays(10));
            await intake.OpenAsync(new OpenIntakeCommand(cards[1], DefectKind.Broken, "", "recent"));
        }
        async Task<Dictionary<string, DateTimeOffset?>> MarksAsync()
        {
            await using var db = await h.DbAsync();
            return (await db.CardIntakeCases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.CaseNo, c.OverdueSince }).ToListAsync())
                .ToDictionary(c => c.CaseNo, c => c.OverdueSince);
        }
        var (old, recent) = ((await MarksAsync()).Keys.First(), (await MarksAsync()).Keys.Last());
        Assert.Equal("카드 접수 기한 경과 0건 표시, 0건 해제", (await h.RunJobAsync<MarkOverdueIntakeJob>()).Message); // day 10: none past 15 days

        h.Clock.Advance(TimeSpan.FromDays(10)); // day 20 for the old case, day 10 for the recent one
        var markedAt = h.Clock.GetUtcNow();
        Assert.Equal("카드 접수 기한 경과 1건 표시, 0건 해제", (await h.RunJobAsync<MarkOverdueIntakeJob>()).Message);
        Assert.Equal((markedAt, (DateTimeOffset?)null), ((await MarksAsync())[old], (await MarksAsync())[recent]));
        Assert.Equal("카드 접수 기한 경과 0건 표시, 0건 해제", (await h.RunJobAsync<MarkOverdueIntakeJob>()).Message); // idempotent
        var queue = await intake.QueueAsync(null, true, 0, 25);
        Assert.Equal([old], queue.Rows.Select(r => r.CaseNo));

        var oldId = queue.Rows[0].Id;
        await intake.ReceiveAsync(oldId);
        await intake.InspectAsync(new InspectCommand(oldId, null, "긁힘뿐", "단순 긁힘은 불량이 아닙니다"));
        Assert.Equal("카드 접수 기한 경과 0건 표시, 1건 해제", (await h.RunJobAsync<MarkOverdueIntakeJob>()).Message);
        Assert.All((await MarksAsync()).Values, Assert.Null);
    }
}
