using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Prescription.PrescriptionTestData;

namespace BackOffice.Tests.Prescription;

/// <summary>
/// A simulated year of the daily <c>prescription.run</c> job with a fake clock (2026-01-01 → 2027-01-31, SQLite): 30 cards
/// prescribing at different months, members using cards and objecting now and then, Finance proposing every Monday and a
/// second person approving. No donation may happen earlier than the day after the 30 days following its notice.
/// </summary>
public class PrescriptionYearSimulationTests
{
    [Fact]
    public async Task A_year_of_daily_runs_donates_nothing_before_the_notice_period_ends_and_keeps_the_ledger_consistent()
    {
        var clock = KstClock.At(2025, 12, 31, 12);
        await using var h = await Harness.StartAsync("sqlite", clock: clock);
        var random = new Random(15);
        var cards = new List<PrescribedCard>();
        for (var i = 0; i < 30; i++)
        {
            // Last use between 2020-06 and 2021-12: prescribed from 2025-07 to 2027-01.
            var lastUse = new DateTimeOffset(2020, 6, 1, 12, 0, 0, KoreanTime.Offset).AddDays(random.Next(0, 580));
            var balance = random.Next(0, 3) switch { 0 => 50_000, 1 => 49_999, _ => random.Next(1, 120) * 1_000 };
            cards.Add(await CardAsync(h, balance, lastUse.AddMonths(-3), i % 7 == 6 ? null : lastUse, named: i % 3 != 2, withMember: i % 10 != 9));
        }

        var service = h.Get<PrescriptionService>();
        var (objections, uses) = (0, 0);
        for (var day = new DateOnly(2026, 1, 1); day <= new DateOnly(2027, 1, 31); day = day.AddDays(1))
        {
            h.Clock.SetUtcNow(KoreanTime.StartOfDay(day).AddHours(2));
            var run = await h.RunJobAsync<PrescriptionJob>();
            Assert.Equal(JobOutcome.Succeeded, run.Outcome);

            h.Clock.SetUtcNow(KoreanTime.StartOfDay(day).AddHours(11));
            await using (var db = await h.DbAsync())
            {
                var notified = await db.PrescriptionItems.AsNoTracking().Where(i => i.Status == PrescriptionItemStatus.Notified).ToListAsync();
                foreach (var item in notified.Where(_ => random.Next(0, 40) == 0))
                {
                    h.Actor.Current = TestActor.Agent;
                    await service.RecordObjectionAsync(item.Id, "회원이 전화로 기부에 반대함", $"sim-obj-{item.Id}");
                    objections++;
                }
                foreach (var item in notified.Where(_ => random.Next(0, 60) == 0))
                {
                    if (item.Status != PrescriptionItemStatus.Notified) continue;
                    await PayAsync(h, cards.Single(c => c.CardId == item.CardId), 100, h.Clock.GetUtcNow(), $"sim-use-{item.Id}-{day:yyyyMMdd}");
                    uses++;
                }
            }

            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                h.Actor.Current = TestActor.Finance;
                var due = (await h.Get<PrescriptionQueries>().ItemsAsync(PrescriptionItemStatus.Due, 0, 200)).Rows;
                if (due.Count == 0) continue;
                var number = await service.ProposeAsync([.. due.Select(i => i.Id)], $"sim-{day:yyyyMMdd}");
                h.Actor.Current = TestActor.Finance2;
                await h.StepUpAsync();
                var refused = await Race.TryAsync(() => service.DecideAsync(number, true, null));
                if (refused is not null) // a card used after it became due: refuse, the next run drops it
                {
                    Assert.Contains("잔액이 점검 때와 다릅니다", refused);
                    await service.DecideAsync(number, false, "잔액 변동으로 반려");
                }
            }
        }

        await using var check = await h.DbAsync();
        var items = await check.PrescriptionItems.AsNoTracking().ToListAsync();
        var entries = await check.JournalEntries.AsNoTracking().Where(e => e.Type == EntryType.PrescriptionDonation).ToDictionaryAsync(e => e.Id);
        var donated = items.Where(i => i.Status == PrescriptionItemStatus.Donated).ToList();
        Assert.True(donated.Count >= 5, $"only {donated.Count} donations in the year");
        Assert.True(objections > 0 && items.Any(i => i.Status == PrescriptionItemStatus.Objected), "no objection happened");
        foreach (var item in donated)
        {
            var donatedOn = entries[item.DonationEntryId!.Value].OccurredAt.ToKstDate();
            Assert.True(donatedOn >= item.PrescribedFrom, $"item {item.Id} donated before its prescription");
            if (item.MemberId is null) continue;
            Assert.NotNull(item.NoticeSentAt); // every member's balance announced before it goes
            var noticeDay = item.NoticeSentAt!.Value.ToKstDate();
            Assert.True(donatedOn >= noticeDay.AddDays(31), $"item {item.Id} donated {donatedOn} only {donatedOn.DayNumber - noticeDay.DayNumber} days after its notice {noticeDay}");
            Assert.True(donatedOn >= item.PlannedDonationOn!.Value);
            Assert.True(item.ObjectedAt is null);
            Assert.True(await check.NoticeMessages.AnyAsync(m => m.MemberId == item.MemberId && m.TemplateKey == PrescriptionNoticeKeys.Donated));
        }
        Assert.DoesNotContain(items, i => i.ObjectedAt is not null && i.Status == PrescriptionItemStatus.Donated);
        Assert.Equal(items.Where(i => i.Status == PrescriptionItemStatus.Donated).Sum(i => i.Amount),
            (await check.Accounts.SingleAsync(a => a.SystemCode == SystemAccounts.CodeOf(AccountKind.DonationPayable))).Balance);
        // No card is on two open items at once.
        Assert.Equal(items.Count(i => PrescriptionRules.Open.Contains(i.Status)), items.Where(i => PrescriptionRules.Open.Contains(i.Status)).Select(i => i.CardId).Distinct().Count());
        await AssertConsistentAsync(h);
    }
}
