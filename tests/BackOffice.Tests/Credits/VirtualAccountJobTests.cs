using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Credits;

/// <summary>The job <c>credits.virtual-accounts</c> with a fake clock: the reminder before the cancel and the cancel at 00:00 after the last day (001 §2.2.2).</summary>
public class VirtualAccountJobTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static DateTimeOffset Kst(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, KoreanTime.Offset);

    private static async Task<VirtualAccountDeadlines.Outcome> RunAtAsync(Harness h, DateTimeOffset at)
    {
        h.Clock.SetUtcNow(at);
        var run = await h.RunJobAsync<VirtualAccountJob>();
        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        return await h.Get<VirtualAccountDeadlines>().RunAsync(); // a second run right after: must find nothing to do
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Across_a_weekend_and_a_moved_deadline_the_reminder_and_the_cancel_go_once_each(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5, clock: KstClock.At(2026, 11, 20, 10)); // Friday
        var memberId = await TopUpTestData.MemberAsync(h);
        var moved = await h.Get<TopUpService>().OpenVirtualAccountAsync(memberId, 10_000, "신한은행", "va-moved");
        var kept = await h.Get<TopUpService>().OpenVirtualAccountAsync(memberId, 20_000, "신한은행", "va-kept");

        // Every 10 minutes from Friday to the next Saturday would be ~1,000 runs; the instants that matter are enough.
        foreach (var at in new[] { Kst(2026, 11, 20, 18), Kst(2026, 11, 21, 9), Kst(2026, 11, 22, 23, 50), Kst(2026, 11, 23, 9), Kst(2026, 11, 24, 8, 50) })
            Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 0), await RunAtAsync(h, at));
        Assert.Equal(0, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.CancelReminder));

        // Tuesday (the 3rd business day) from 09:00: the reminder for both, once.
        h.Clock.SetUtcNow(Kst(2026, 11, 24, 9, 0));
        Assert.Equal(new VirtualAccountDeadlines.Outcome(2, 0), await h.Get<VirtualAccountDeadlines>().RunAsync());
        Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 0), await RunAtAsync(h, Kst(2026, 11, 24, 9, 10)));
        Assert.Equal(2, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.CancelReminder));
        Assert.Equal(2, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.CancelReminder, NoticeChannel.Email));

        // The member calls: one deadline moves to Friday; the reminder will go again for the new last day.
        h.Clock.SetUtcNow(Kst(2026, 11, 24, 15));
        await h.Get<TopUpService>().MoveDeadlineAsync(moved, new DateOnly(2026, 11, 27), "급여일 이후 입금", "mv-1");

        // Wednesday 00:00 KST: the other one cancels; 23:59 the evening before nothing.
        Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 0), await RunAtAsync(h, Kst(2026, 11, 24, 23, 59)));
        h.Clock.SetUtcNow(Kst(2026, 11, 25, 0, 0));
        Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 1), await h.Get<VirtualAccountDeadlines>().RunAsync());
        Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 0), await RunAtAsync(h, Kst(2026, 11, 25, 0, 10)));
        Assert.Equal(TopUpStatus.DepositCancelled, (await TopUpTestData.ReloadAsync(h, kept)).Status);
        Assert.Equal(TopUpStatus.AwaitingDeposit, (await TopUpTestData.ReloadAsync(h, moved)).Status);

        // Friday 09:00: the reminder for the new last day; Saturday 00:00 the cancel.
        Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 0), await RunAtAsync(h, Kst(2026, 11, 26, 12)));
        h.Clock.SetUtcNow(Kst(2026, 11, 27, 9, 0));
        Assert.Equal(new VirtualAccountDeadlines.Outcome(1, 0), await h.Get<VirtualAccountDeadlines>().RunAsync());
        h.Clock.SetUtcNow(Kst(2026, 11, 28, 0, 0));
        Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 1), await h.Get<VirtualAccountDeadlines>().RunAsync());
        Assert.Equal(new VirtualAccountDeadlines.Outcome(0, 0), await RunAtAsync(h, Kst(2026, 11, 28, 0, 10)));

        Assert.Equal(3, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.CancelReminder));
        Assert.Equal(2, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.Cancelled));
        var last = await TopUpTestData.ReloadAsync(h, moved);
        Assert.Equal((TopUpStatus.DepositCancelled, "입금 기한 경과"), (last.Status, last.ReturnReason));
        var history = await TopUpTestData.HistoryAsync(h, moved);
        Assert.Equal(
            ["가상계좌 발급", "취소 전 안내", "입금 기한 변경", "취소 전 안내", "입금 기한 경과 자동 취소"],
            history.Select(e => Prefix(e.Text)));
        Assert.Equal(("system", "job", TopUpStatus.AwaitingDeposit, TopUpStatus.DepositCancelled),
            (history[^1].ActorId, history[^1].Source, history[^1].From, history[^1].To));
        await using var db = await h.DbAsync();
        Assert.Equal(2, await db.AuditRecords.CountAsync(r => r.Action == "credit-topup.auto-cancel" && r.MemberId == memberId));
        Assert.Equal(0, await TopUpTestData.CreditsAsync(h, memberId));
        await TopUpTestData.AssertConsistentAsync(h);
    }

    private static string Prefix(string text)
    {
        foreach (var p in new[] { "가상계좌 발급", "취소 전 안내", "입금 기한 변경", "입금 기한 경과 자동 취소" })
            if (text.StartsWith(p, StringComparison.Ordinal)) return p;
        return text;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_runs_racing_cancel_and_remind_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5, clock: KstClock.At(2026, 11, 20, 10));
        var memberId = await TopUpTestData.MemberAsync(h);
        var service = h.Get<TopUpService>();
        var numbers = new List<string>();
        for (var round = 0; round < 4; round++)
            numbers.Add(await service.OpenVirtualAccountAsync(memberId, 10_000 + round, "신한은행", $"va-{round}"));

        await using var a = h.SessionAs(Actor.System);
        await using var b = h.SessionAs(Actor.System);
        h.Clock.SetUtcNow(Kst(2026, 11, 24, 9, 0));
        VirtualAccountDeadlines.Outcome? first = null, second = null;
        await Race.TwoAsync(0, async () => first = await a.Get<VirtualAccountDeadlines>().RunAsync(), async () => second = await b.Get<VirtualAccountDeadlines>().RunAsync());
        Assert.Equal(4, first!.Reminded + second!.Reminded);
        h.Clock.SetUtcNow(Kst(2026, 11, 25, 0, 0));
        await Race.TwoAsync(1, async () => first = await a.Get<VirtualAccountDeadlines>().RunAsync(), async () => second = await b.Get<VirtualAccountDeadlines>().RunAsync());
        Assert.Equal(4, first!.Cancelled + second!.Cancelled);

        Assert.Equal(4, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.CancelReminder));
        Assert.Equal(4, await TopUpTestData.NoticesAsync(h, memberId, TopUpNoticeKeys.Cancelled));
        foreach (var number in numbers)
        {
            var history = await TopUpTestData.HistoryAsync(h, number);
            Assert.Equal(1, history.Count(e => e.To == TopUpStatus.DepositCancelled));
        }
    }
}
