using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Credits.CreditTestData;

namespace BackOffice.Tests.Credits;

/// <summary>The daily <c>credits.expire</c> job (001 §4; notice 30 days before, 운영 정책): late notices postpone, runs are idempotent, races expire once, and a simulated year.</summary>
public class CreditExpiryJobTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task RunAtAsync(Harness h, DateTimeOffset at)
    {
        h.Clock.SetUtcNow(at);
        var run = await h.RunJobAsync<CreditExpiryJob>();
        Assert.True(run.Outcome == JobOutcome.Succeeded, run.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_lot_that_reached_its_day_without_a_notice_gets_it_now_and_expires_30_days_later_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 1, clock: KstClock.At(2026, 1, 10, 12));
        var member = (await MemberIdsAsync(h, 1))[0];
        var lot = await TopUpAsync(h, member, 5_000, Kst(2026, 1, 10));   // last day 2027-01-10; the job never ran before

        await RunAtAsync(h, Kst(2027, 1, 20, 0, 10));
        var postponed = await LotAsync(h, lot);
        Assert.Equal(LotState.Open, postponed.State);
        Assert.Equal(new DateOnly(2027, 2, 19), postponed.ExpiresOn);        // notice day + 30
        Assert.Contains("운영 정책", postponed.ExpiryRule, StringComparison.Ordinal);
        Assert.Contains("2027-01-10", postponed.ExpiryRule, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 1, 20), postponed.ExpiryNoticeAt!.Value.ToKstDate());

        await RunAtAsync(h, Kst(2027, 2, 19, 0, 10));
        Assert.Equal(LotState.Open, (await LotAsync(h, lot)).State);
        await RunAtAsync(h, Kst(2027, 2, 20, 0, 10));
        Assert.Equal(LotState.Expired, (await LotAsync(h, lot)).State);
        await RunAtAsync(h, Kst(2027, 2, 20, 0, 20));                        // a second run the same day changes nothing

        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.CreditExpiry));
        Assert.Equal(2, await db.NoticeMessages.CountAsync(n => n.MemberId == member && n.TemplateKey == CreditNoticeKeys.ExpirySoon)); // SMS + e-mail
        Assert.Equal(2, await db.NoticeMessages.CountAsync(n => n.MemberId == member && n.TemplateKey == CreditNoticeKeys.ExpiryDone));
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "credit.expire" && a.MemberId == member));
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_use_after_the_notice_moves_the_expiry_later_and_the_notice_goes_again_before_the_new_day(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 1, clock: KstClock.At(2026, 1, 10, 12));
        var member = (await MemberIdsAsync(h, 1))[0];
        var lot = await TopUpAsync(h, member, 5_000, Kst(2026, 1, 10));
        await RunAtAsync(h, Kst(2026, 12, 11, 0, 10));                       // 2027-01-10 - 30
        Assert.NotNull((await LotAsync(h, lot)).ExpiryNoticeAt);

        h.Clock.SetUtcNow(Kst(2026, 12, 20, 14));
        await h.Get<CreditService>().UseAsync(member, 1_000, "ORDER-1", "use-1");
        var moved = await LotAsync(h, lot);
        Assert.Equal(new DateOnly(2027, 12, 20), moved.ExpiresOn);
        Assert.Null(moved.ExpiryNoticeAt);

        await RunAtAsync(h, Kst(2027, 1, 11, 0, 10));
        Assert.Equal(LotState.Open, (await LotAsync(h, lot)).State);
        await RunAtAsync(h, Kst(2027, 11, 20, 0, 10));
        Assert.Equal(new DateOnly(2027, 11, 20), (await LotAsync(h, lot)).ExpiryNoticeAt!.Value.ToKstDate());
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_runs_racing_expire_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 3, clock: KstClock.At(2026, 1, 10, 12));
        var ids = await MemberIdsAsync(h, 3);
        var lots = new List<long>();
        foreach (var id in ids) lots.Add(await TopUpAsync(h, id, 4_000, Kst(2026, 1, 10)));
        await RunAtAsync(h, Kst(2026, 12, 11, 0, 10));
        h.Clock.SetUtcNow(Kst(2027, 1, 11, 0, 10));

        await using var a = h.SessionAs(TestActor.Admin);
        await using var b = h.SessionAs(TestActor.Admin);
        var (ra, rb) = await Race.TwoAsync(0, () => a.Get<CreditExpiry>().RunAsync(), () => b.Get<CreditExpiry>().RunAsync());
        Assert.Null(ra);
        Assert.Null(rb);

        foreach (var lot in lots) Assert.Equal(LotState.Expired, (await LotAsync(h, lot)).State);
        await using var db = await h.DbAsync();
        Assert.Equal(3, await db.JournalEntries.CountAsync(e => e.Type == EntryType.CreditExpiry));
        Assert.Equal(3, await db.LotMovements.CountAsync(m => m.Kind == LotMovementKind.Expire));
        await AssertConsistentAsync(h);
    }

    /// <summary>
    /// 2026-01-01 → 2027-02-01, the job every day at 00:10 KST, 30 members topping up and using credits at random: every
    /// expired lot had its notice at least 30 days before its last day and expired after it, never before; lots and ledger
    /// consistent throughout.
    /// </summary>
    [Fact]
    public async Task A_simulated_year_expires_nothing_without_a_notice_30_days_before_and_nothing_early()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 30, clock: KstClock.At(2026, 1, 1, 0, 10));
        var ids = await MemberIdsAsync(h, 30);
        var random = new Random(15);
        var credits = h.Get<CreditService>();
        var uses = 0;
        // A third of the members never use their credits (001 §4 case 1), the rest now and then (case 2).
        var users = ids.Where((_, i) => i % 3 != 0).ToHashSet();
        for (var day = new DateOnly(2026, 1, 1); day <= new DateOnly(2027, 2, 1); day = day.AddDays(1))
        {
            await RunAtAsync(h, KoreanTime.StartOfDay(day).AddMinutes(10));
            h.Clock.SetUtcNow(KoreanTime.StartOfDay(day).AddHours(12));
            if (day > new DateOnly(2026, 12, 31)) continue;   // the last month only runs the job
            foreach (var id in ids)
            {
                if (random.Next(40) == 0) await TopUpAsync(h, id, 1_000 * random.Next(1, 6), h.Clock.GetUtcNow());
                if (users.Contains(id) && random.Next(25) == 0)
                {
                    await using var db = await h.DbAsync();
                    var usable = await db.ValueLots.Where(l => l.MemberId == id && l.Kind == LotKind.Credit && l.State == LotState.Open && l.ExpiresOn >= day)
                        .SumAsync(l => l.Remaining);
                    if (usable <= 0) continue;
                    await credits.UseAsync(id, random.NextInt64(1, usable + 1), $"ORDER-{day:yyyyMMdd}-{id}", $"sim-{day:yyyyMMdd}-{id}");
                    uses++;
                }
            }
        }

        await using (var db = await h.DbAsync())
        {
            var lots = await db.ValueLots.AsNoTracking().Where(l => l.Kind == LotKind.Credit).ToListAsync();
            var expired = lots.Where(l => l.State == LotState.Expired).ToList();
            Assert.NotEmpty(expired);
            Assert.True(uses > 0);
            foreach (var lot in expired)
            {
                Assert.NotNull(lot.ExpiryNoticeAt);
                Assert.True(lot.ExpiryNoticeAt!.Value.ToKstDate() <= lot.ExpiresOn.AddDays(-30), $"lot {lot.Id}: notice {lot.ExpiryNoticeAt:O}, last day {lot.ExpiresOn}");
                Assert.True(lot.ClosedAt!.Value.ToKstDate() > lot.ExpiresOn, $"lot {lot.Id} expired on {lot.ClosedAt:O}, last day {lot.ExpiresOn}");
                Assert.True(await db.NoticeMessages.AnyAsync(n => n.MemberId == lot.MemberId && n.TemplateKey == CreditNoticeKeys.ExpirySoon && n.CreatedAt <= lot.ExpiryNoticeAt));
            }
            // Nothing open is past its day after the last run.
            Assert.DoesNotContain(lots, l => l.State == LotState.Open && l.Remaining > 0 && l.ExpiresOn < new DateOnly(2027, 2, 1));
        }
        await AssertConsistentAsync(h);
    }
}
