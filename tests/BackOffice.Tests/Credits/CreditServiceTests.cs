using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Credits.CreditTestData;

namespace BackOffice.Tests.Credits;

/// <summary>Credits used oldest first and the one-year validity of 001 §4, through the real service on a real database.</summary>
public class CreditServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_use_takes_the_oldest_lots_first_and_dates_every_lot_from_the_use(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 1, clock: KstClock.At(2026, 6, 1, 12));
        var member = (await MemberIdsAsync(h, 1))[0];
        var newer = await TopUpAsync(h, member, 3_000, Kst(2026, 3, 10));
        var older = await TopUpAsync(h, member, 5_000, Kst(2026, 1, 10));
        Assert.Equal(new DateOnly(2027, 1, 10), (await LotAsync(h, older)).ExpiresOn);   // 001 §4 case 1
        Assert.Equal(new DateOnly(2027, 3, 10), (await LotAsync(h, newer)).ExpiresOn);

        var credits = h.Get<CreditService>();
        var used = await credits.UseAsync(member, 6_000, "ORDER-1", "use-1");

        // 004 제4조⑥ order (001 gives none, 운영 정책): the 2026-01-10 lot first, to the last credit, then the next.
        Assert.Equal([(older, 5_000L), (newer, 1_000L)], used.Takes.Select(t => (t.LotId, t.Amount)));
        Assert.Equal(2_000, used.BalanceAfter);
        var first = await LotAsync(h, older);
        Assert.Equal(LotState.Used, first.State);
        Assert.Equal(0, first.Remaining);
        // 001 §4 case 2: what is left is usable for a year after the member's last use.
        var second = await LotAsync(h, newer);
        Assert.Equal(2_000, second.Remaining);
        Assert.Equal(new DateOnly(2027, 6, 1), second.ExpiresOn);
        Assert.Contains("case 2", second.ExpiryRule, StringComparison.Ordinal);

        // The same key again changes nothing.
        var again = await credits.UseAsync(member, 6_000, "ORDER-1", "use-1");
        Assert.True(again.WasDuplicate);
        Assert.Equal(used.EntryId, again.EntryId);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.CreditUse));
            var revenue = await db.Accounts.SingleAsync(a => a.SystemCode == SystemAccounts.CodeOf(AccountKind.ServiceRevenue));
            Assert.Equal(6_000, revenue.Balance);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "credit.use" && a.MemberId == member));
        }
        await AssertConsistentAsync(h);
    }

    /// <summary>
    /// 001 §4 both cases through the service and the job: case 1, unused, usable through the day a year after the top-up
    /// and expired by the run of the next day; case 2, used, a year after the last use. Each expiry follows its notice
    /// 30 days before the last day (운영 정책).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Credits_expire_a_year_after_the_top_up_when_unused_or_a_year_after_the_last_use(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 2, clock: KstClock.At(2026, 3, 10, 12));
        var ids = await MemberIdsAsync(h, 2);
        var (unused, inUse) = (ids[0], ids[1]);
        var case1 = await TopUpAsync(h, unused, 5_000, Kst(2026, 3, 10));
        var case2 = await TopUpAsync(h, inUse, 5_000, Kst(2026, 3, 10));
        h.Clock.SetUtcNow(Kst(2026, 8, 1, 15));
        await h.Get<CreditService>().UseAsync(inUse, 1_000, "ORDER-2", "use-case2");
        Assert.Equal(new DateOnly(2027, 8, 1), (await LotAsync(h, case2)).ExpiresOn);

        async Task RunAt(DateTimeOffset at)
        {
            h.Clock.SetUtcNow(at);
            Assert.Equal(JobOutcome.Succeeded, (await h.RunJobAsync<CreditExpiryJob>()).Outcome);
        }

        await RunAt(Kst(2027, 2, 7, 0, 10));                  // 31 days before the last day: no notice yet
        Assert.Null((await LotAsync(h, case1)).ExpiryNoticeAt);
        await RunAt(Kst(2027, 2, 8, 0, 10));                  // 2027-03-10 - 30 days
        Assert.Equal(new DateOnly(2027, 2, 8), (await LotAsync(h, case1)).ExpiryNoticeAt!.Value.ToKstDate());
        Assert.Null((await LotAsync(h, case2)).ExpiryNoticeAt);
        await RunAt(Kst(2027, 3, 10, 23, 59, 59));            // the last day, to its last second: still usable
        Assert.Equal(LotState.Open, (await LotAsync(h, case1)).State);
        await RunAt(Kst(2027, 3, 11, 0, 0, 0));               // 00:00 KST the next day: expired
        var expired = await LotAsync(h, case1);
        Assert.Equal(LotState.Expired, expired.State);
        Assert.Equal(0, expired.Remaining);
        Assert.Equal(LotState.Open, (await LotAsync(h, case2)).State);

        await RunAt(Kst(2027, 7, 2, 0, 10));                  // case 2: 2027-08-01 - 30 days
        Assert.NotNull((await LotAsync(h, case2)).ExpiryNoticeAt);
        await RunAt(Kst(2027, 8, 1, 0, 10));
        Assert.Equal(LotState.Open, (await LotAsync(h, case2)).State);
        await RunAt(Kst(2027, 8, 2, 0, 10));
        Assert.Equal(LotState.Expired, (await LotAsync(h, case2)).State);

        await using (var db = await h.DbAsync())
        {
            var entries = await db.JournalEntries.Where(e => e.Type == EntryType.CreditExpiry).Include(e => e.Postings).ToListAsync();
            Assert.Equal(2, entries.Count);
            var forfeited = await db.Accounts.SingleAsync(a => a.SystemCode == SystemAccounts.CodeOf(AccountKind.Forfeited));
            Assert.Contains(entries, e => e.Postings.Any(p => p.AccountId == forfeited.Id && p.Amount == 5_000));
            Assert.Contains(entries, e => e.Postings.Any(p => p.AccountId == forfeited.Id && p.Amount == 4_000));
            foreach (var member in ids)
            {
                var keys = await db.NoticeMessages.Where(n => n.MemberId == member).Select(n => n.TemplateKey).Distinct().ToListAsync();
                Assert.Contains(CreditNoticeKeys.ExpirySoon, keys);
                Assert.Contains(CreditNoticeKeys.ExpiryDone, keys);
            }
        }
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_use_is_refused_in_Korean_and_an_expired_lot_is_neither_used_nor_revived(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 2, clock: KstClock.At(2027, 1, 11, 9));
        var ids = await MemberIdsAsync(h, 2);
        var old = await TopUpAsync(h, ids[0], 5_000, Kst(2026, 1, 10));   // last day 2027-01-10; the job has not run yet
        var credits = h.Get<CreditService>();

        var shortfall = await Assert.ThrowsAsync<BusinessRuleException>(() => credits.UseAsync(ids[0], 1, "ORDER-3", "use-3"));
        Assert.Contains("부족", shortfall.Message, StringComparison.Ordinal);
        Assert.Contains("사용할 크레딧은 1 C 이상", (await Assert.ThrowsAsync<BusinessRuleException>(() => credits.UseAsync(ids[0], 0, "ORDER-4", "use-4"))).Message, StringComparison.Ordinal);
        Assert.Contains("사용 내역", (await Assert.ThrowsAsync<BusinessRuleException>(() => credits.UseAsync(ids[0], 100, " ", "use-5"))).Message, StringComparison.Ordinal);
        Assert.Contains("요청 키", (await Assert.ThrowsAsync<BusinessRuleException>(() => credits.UseAsync(ids[0], 100, "ORDER-6", ""))).Message, StringComparison.Ordinal);

        var fresh = await TopUpAsync(h, ids[0], 2_000, Kst(2027, 1, 11, 8));
        var used = await credits.UseAsync(ids[0], 1_500, "ORDER-7", "use-7");
        Assert.Equal([(fresh, 1_500L)], used.Takes.Select(t => (t.LotId, t.Amount)));
        Assert.Equal(new DateOnly(2027, 1, 10), (await LotAsync(h, old)).ExpiresOn);   // not revived by the use
        Assert.Contains("부족", (await Assert.ThrowsAsync<BusinessRuleException>(() => credits.UseAsync(ids[0], 501, "ORDER-8", "use-8"))).Message, StringComparison.Ordinal);

        await TopUpAsync(h, ids[1], 3_000, Kst(2027, 1, 5));
        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var m = await db.Members.SingleAsync(x => x.Id == ids[1], ct);
            m.Status = MemberStatus.Withdrawn;
        });
        var withdrawn = await Assert.ThrowsAsync<BusinessRuleException>(() => credits.UseAsync(ids[1], 100, "ORDER-9", "use-9"));
        Assert.Contains("탈퇴한 회원", withdrawn.Message, StringComparison.Ordinal);
        await using (var db = await h.DbAsync())
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.CreditUse));
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Withdrawal_forfeits_the_credits_and_closes_their_lots(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 1, clock: KstClock.At(2026, 6, 1, 12));
        var member = (await MemberIdsAsync(h, 1))[0];
        var a = await TopUpAsync(h, member, 5_000, Kst(2026, 3, 1));
        var b = await TopUpAsync(h, member, 2_000, Kst(2026, 5, 1));
        await h.Get<CreditService>().UseAsync(member, 1_000, "ORDER-10", "use-10");
        var lifecycle = h.Get<MemberLifecycleService>();
        await lifecycle.WithdrawAsync(new WithdrawCommand(member, WithdrawalChoice.ForfeitWithConsent, "소멸 동의", ConsentChannel.Visit, "서비스 해지", "w-credits"));

        Assert.Equal(LotState.Forfeited, (await LotAsync(h, a)).State);
        Assert.Equal(LotState.Forfeited, (await LotAsync(h, b)).State);
        await using (var db = await h.DbAsync())
        {
            var credits = await db.Accounts.SingleAsync(x => x.MemberId == member && x.Kind == AccountKind.Credits);
            Assert.Equal(0, credits.Balance);
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.WithdrawalForfeit));
        }
        await AssertConsistentAsync(h);
    }
}
