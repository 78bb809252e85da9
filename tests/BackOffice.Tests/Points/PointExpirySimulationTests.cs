using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Points;

/// <summary>
/// A simulated year of the monthly run (2026-01 → 2027-02) for 30 members with random earnings (some years old) and uses,
/// on a fake clock (SQLite): every expiry was told at least two months before (004 포인트 제5조④), no lot went before its
/// month was over, and the lots and the ledger stay consistent.
/// </summary>
public class PointExpirySimulationTests
{
    private static DateTimeOffset Kst(int y, int m, int d, int h = 10, int min = 0, int s = 0) => new(y, m, d, h, min, s, KoreanTime.Offset);

    [Fact]
    public async Task A_year_of_monthly_runs_never_expires_without_a_notice_two_months_before()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 34, clock: KstClock.At(2025, 12, 20, 10));
        var points = h.Get<PointService>();
        var random = new Random(15);
        List<long> members;
        await using (var db = await h.DbAsync())
        {
            members = await db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Phone != "" && m.Email != "")
                .OrderBy(m => m.Id).Select(m => m.Id).Take(30).ToListAsync();
        }
        Assert.Equal(30, members.Count);

        var key = 0;
        foreach (var member in members) // lots earned years ago: some months already gone, none told yet
        {
            for (var i = 0; i < 3; i++)
            {
                var earned = Kst(2020, 10, 1).AddDays(random.Next(0, 540)).AddHours(random.Next(0, 12));
                await points.EarnAsync(member, random.Next(1, 30) * 100, earned, "가맹점 과거 적립", $"sim-{key++}");
            }
        }

        var uses = 0;
        for (var month = new DateOnly(2026, 1, 1); month <= new DateOnly(2027, 2, 1); month = month.AddMonths(1))
        {
            h.Clock.SetUtcNow(Kst(month.Year, month.Month, 1, 0, 20));
            var run = await h.RunJobAsync<PointExpiryJob>();
            Assert.True(run.Outcome == JobOutcome.Succeeded, run.Message);
            if (month == new DateOnly(2027, 2, 1)) break;

            h.Clock.SetUtcNow(Kst(month.Year, month.Month, 15, 10));
            foreach (var member in members)
            {
                if (random.Next(2) == 0) await points.EarnAsync(member, random.Next(1, 20) * 100, h.Clock.GetUtcNow(), "가맹점 적립", $"sim-{key++}");
                if (random.Next(2) == 0 && await Race.TryAsync(() => points.UseAsync(member, random.Next(1, 1_500), "가맹점 사용", $"sim-{key++}")) is null) uses++;
            }
            // The last second of the month: lots of this month are still usable.
            var end = PointExpiryPlan.EndOfMonth(month);
            h.Clock.SetUtcNow(Kst(end.Year, end.Month, end.Day, 23, 59, 59));
            foreach (var member in members.Where(_ => random.Next(4) == 0))
            {
                if (await Race.TryAsync(() => points.UseAsync(member, random.Next(1, 300), "가맹점 사용 (월말)", $"sim-{key++}")) is null) uses++;
            }
        }

        var today = h.Clock.TodayKst();
        await using var check = await h.DbAsync();
        var lots = await check.ValueLots.AsNoTracking().Where(l => l.Kind == LotKind.Point).ToListAsync();
        var told = await check.Set<NoticeMessage>().AsNoTracking().Where(n => n.TemplateKey == PointNoticeKeys.ExpirySoon && n.Channel == NoticeChannel.Sms)
            .Select(n => new { n.MemberId, n.CreatedAt }).ToListAsync();
        var gone = await check.Set<NoticeMessage>().AsNoTracking().Where(n => n.TemplateKey == PointNoticeKeys.Expired && n.Channel == NoticeChannel.Sms)
            .Select(n => new { n.MemberId, n.CreatedAt }).ToListAsync();
        var expired = lots.Where(l => l.State == LotState.Expired).ToList();
        Assert.True(expired.Count >= 20, $"only {expired.Count} lots expired: the simulation proves little");
        Assert.True(uses >= 100, $"only {uses} uses");
        Assert.Contains(lots, l => l.ExpiryRule.Contains("운영 정책", StringComparison.Ordinal)); // lots never told in time were moved
        foreach (var lot in expired)
        {
            Assert.NotNull(lot.ExpiryNoticeAt);
            Assert.True(lot.ExpiryNoticeAt!.Value.ToKstDate() <= PointExpiryPlan.NoticeDueBy(lot.ExpiresOn, 2), $"lot {lot.Id} told {lot.ExpiryNoticeAt} for {lot.ExpiresOn}");
            Assert.True(lot.ExpiryNoticeAt.Value.AddMonths(2) <= lot.ClosedAt, $"lot {lot.Id}: told {lot.ExpiryNoticeAt}, gone {lot.ClosedAt}");
            Assert.True(lot.ClosedAt!.Value.ToKstDate() > lot.ExpiresOn, $"lot {lot.Id} went {lot.ClosedAt} before its last day {lot.ExpiresOn} was over");
            Assert.Contains(told, n => n.MemberId == lot.MemberId && n.CreatedAt == lot.ExpiryNoticeAt);
            Assert.Contains(gone, n => n.MemberId == lot.MemberId && n.CreatedAt == lot.ClosedAt);
        }
        Assert.DoesNotContain(lots, l => l.State == LotState.Open && l.Remaining > 0 && l.ExpiresOn < today);
        Assert.Empty(await LotLedger.CheckAsync(check));
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }
}
