using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Tests.Points;

/// <summary>Oh! points through the real services and the monthly job, on SQLite and PostgreSQL (004 포인트 제4조⑥, 제5조①④⑤).</summary>
public class PointServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static DateTimeOffset Kst(int y, int m, int d, int h = 10, int min = 0, int s = 0) => new(y, m, d, h, min, s, KoreanTime.Offset);

    private static async Task<Member> ActiveMemberAsync(Harness h, int skip = 0)
    {
        await using var db = await h.DbAsync();
        return await db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Active && m.Phone != "" && m.Email != "")
            .OrderBy(m => m.Id).Skip(skip).FirstAsync();
    }

    private static async Task AssertConsistentAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        Assert.Empty(await LotLedger.CheckAsync(db));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    private static async Task<List<ValueLot>> LotsAsync(Harness h, long memberId)
    {
        await using var db = await h.DbAsync();
        return await db.ValueLots.AsNoTracking().Where(l => l.MemberId == memberId && l.Kind == LotKind.Point).OrderBy(l => l.AcquiredAt).ToListAsync();
    }

    private static async Task<List<NoticeMessage>> NoticesAsync(Harness h, long memberId, string key)
    {
        await using var db = await h.DbAsync();
        return await db.Set<NoticeMessage>().AsNoTracking().Where(n => n.MemberId == memberId && n.TemplateKey == key).ToListAsync();
    }

    private static async Task<long> BalanceAsync(Harness h, long memberId)
    {
        await using var db = await h.DbAsync();
        return await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == AccountKind.Points).SumAsync(a => a.Balance);
    }

    // 004 포인트 제4조⑥: 포인트가 적립된 순서를 기준으로 선적립 포인트를 우선 차감.
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Use_takes_the_oldest_lots_first_and_a_repeated_key_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 2, clock: KstClock.At(2026, 11, 20, 10));
        var member = await ActiveMemberAsync(h);
        var points = h.Get<PointService>();
        // Earned out of order, to prove the order comes from the day earned.
        var third = await points.EarnAsync(member.Id, 700, Kst(2026, 3, 5), "가맹점 C", "earn-c");
        var first = await points.EarnAsync(member.Id, 500, Kst(2026, 1, 5), "가맹점 A", "earn-a");
        var second = await points.EarnAsync(member.Id, 300, Kst(2026, 2, 5), "가맹점 B", "earn-b");
        Assert.Equal(new DateOnly(2031, 1, 31), first.ExpiresOn); // 제5조①: 60 months, to the month's end
        Assert.True((await points.EarnAsync(member.Id, 500, Kst(2026, 1, 5), "가맹점 A", "earn-a")).WasDuplicate);

        var used = await points.UseAsync(member.Id, 600, "가맹점 D 결제", "use-1");
        Assert.Equal([new PointTake(first.LotId, 500), new PointTake(second.LotId, 100)], used.Takes);
        Assert.Equal(900, used.Balance);
        var again = await points.UseAsync(member.Id, 600, "가맹점 D 결제", "use-1");
        Assert.True(again.WasDuplicate);
        Assert.Equal(900, await BalanceAsync(h, member.Id));

        var used2 = await points.UseAsync(member.Id, 400, "가맹점 E 결제", "use-2");
        Assert.Equal([new PointTake(second.LotId, 200), new PointTake(third.LotId, 200)], used2.Takes);

        var short_ = await Assert.ThrowsAsync<BusinessRuleException>(() => points.UseAsync(member.Id, 501, "가맹점 F", "use-3"));
        Assert.Equal("사용 가능한 포인트이(가) 부족합니다 (사용 가능 500P, 요청 501P).", short_.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.UseAsync(member.Id, 0, "가맹점 F", "use-4"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.UseAsync(member.Id, 10, " ", "use-5"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.EarnAsync(member.Id, -5, Kst(2026, 1, 5), "가맹점", "earn-bad"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.EarnAsync(member.Id, 5, Kst(2026, 12, 5), "가맹점", "earn-future"));
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.EarnAsync(member.Id, 5, Kst(2026, 1, 5), "가맹점", ""));

        var lots = await LotsAsync(h, member.Id);
        Assert.Equal([(LotState.Used, 0L), (LotState.Used, 0L), (LotState.Open, 500L)], lots.Select(l => (l.State, l.Remaining)));
        await AssertConsistentAsync(h);
    }

    // 004 포인트 제5조①④: usable through the last day of the 60th month (23:59:59 KST); the run at 00:00 KST after takes it,
    // told by the run two months before.
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_month_boundary_and_the_notice_exactly_two_months_before(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 2, clock: KstClock.At(2026, 11, 20, 10));
        var member = await ActiveMemberAsync(h);
        var points = h.Get<PointService>();
        var lot = await points.EarnAsync(member.Id, 1_200, Kst(2022, 3, 15), "가맹점 A", "earn-old");
        var later = await points.EarnAsync(member.Id, 800, Kst(2022, 6, 2), "가맹점 B", "earn-later");
        Assert.Equal(new DateOnly(2027, 3, 31), lot.ExpiresOn);

        h.Clock.SetUtcNow(Kst(2026, 12, 1, 0, 20)); // three months before: nothing to tell
        await h.RunJobAsync<PointExpiryJob>();
        Assert.Empty(await NoticesAsync(h, member.Id, PointNoticeKeys.ExpirySoon));

        h.Clock.SetUtcNow(Kst(2027, 1, 1, 0, 20)); // exactly the run two months before 2027-03
        var run = await h.RunJobAsync<PointExpiryJob>();
        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        var told = await NoticesAsync(h, member.Id, PointNoticeKeys.ExpirySoon);
        Assert.Equal(2, told.Count); // SMS and e-mail
        Assert.All(told, n => Assert.Contains("2027-03 소멸 예정 1,200P", n.Body));
        var lots = await LotsAsync(h, member.Id);
        Assert.Equal(Kst(2027, 1, 1, 0, 20), lots.Single(l => l.Id == lot.LotId).ExpiryNoticeAt);
        Assert.Null(lots.Single(l => l.Id == later.LotId).ExpiryNoticeAt);
        await h.RunJobAsync<PointExpiryJob>(); // a second run tells nobody again
        Assert.Equal(2, (await NoticesAsync(h, member.Id, PointNoticeKeys.ExpirySoon)).Count);

        h.Clock.SetUtcNow(Kst(2027, 3, 31, 23, 59, 59)); // the last second of the last day: usable, and a run takes nothing
        await points.UseAsync(member.Id, 100, "가맹점 C", "use-last-second");
        await h.RunJobAsync<PointExpiryJob>();
        Assert.Equal(LotState.Open, (await LotsAsync(h, member.Id)).Single(l => l.Id == lot.LotId).State);

        h.Clock.SetUtcNow(Kst(2027, 4, 1, 0, 0, 0)); // 00:00:00 KST the next day
        var used = await points.UseAsync(member.Id, 50, "가맹점 C", "use-next-day"); // the expired lot is no longer usable
        Assert.Equal(later.LotId, Assert.Single(used.Takes).LotId);
        await h.RunJobAsync<PointExpiryJob>();
        var after = (await LotsAsync(h, member.Id)).Single(l => l.Id == lot.LotId);
        Assert.Equal((LotState.Expired, 0L), (after.State, after.Remaining));
        Assert.Equal(750, await BalanceAsync(h, member.Id));
        var gone = await NoticesAsync(h, member.Id, PointNoticeKeys.Expired);
        Assert.Equal(2, gone.Count);
        Assert.Contains("1,100P", gone.Single(n => n.Channel == NoticeChannel.Sms).Body);

        await h.RunJobAsync<PointExpiryJob>(); // idempotent
        await using (var db = await h.DbAsync())
        {
            var expiries = await db.JournalEntries.Where(e => e.Type == EntryType.PointExpiry).ToListAsync();
            var entry = Assert.Single(expiries);
            var forfeited = await SystemAccounts.IdAsync(db, AccountKind.Forfeited);
            Assert.Equal(1_100, await db.Postings.Where(p => p.JournalEntryId == entry.Id && p.AccountId == forfeited).SumAsync(p => p.Amount));
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "point.expire" && a.MemberId == member.Id));
        }
        await AssertConsistentAsync(h);
    }

    // Never expire without a notice two months before (제5조④): a lot nobody told moves to the first month with the full notice.
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_lot_never_told_in_time_is_told_now_and_expires_later(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 2, clock: KstClock.At(2026, 11, 20, 10));
        var member = await ActiveMemberAsync(h);
        var points = h.Get<PointService>();
        var lot = await points.EarnAsync(member.Id, 500, Kst(2021, 12, 10), "가맹점 A", "earn-2021"); // 2026-12 would be its month

        h.Clock.SetUtcNow(Kst(2026, 12, 1, 0, 20));
        await h.RunJobAsync<PointExpiryJob>();
        var moved = (await LotsAsync(h, member.Id)).Single();
        Assert.Equal(new DateOnly(2027, 2, 28), moved.ExpiresOn);
        Assert.Contains("운영 정책", moved.ExpiryRule);
        Assert.Contains("2026-12", moved.ExpiryRule);
        Assert.Contains("2027-02 소멸 예정 500P", Assert.Single(await NoticesAsync(h, member.Id, PointNoticeKeys.ExpirySoon), n => n.Channel == NoticeChannel.Sms).Body);

        h.Clock.SetUtcNow(Kst(2027, 1, 1, 0, 20)); // the old month is gone, the lot stays
        await h.RunJobAsync<PointExpiryJob>();
        Assert.Equal(LotState.Open, (await LotsAsync(h, member.Id)).Single().State);

        h.Clock.SetUtcNow(Kst(2027, 3, 1, 0, 20));
        await h.RunJobAsync<PointExpiryJob>();
        var gone = (await LotsAsync(h, member.Id)).Single();
        Assert.Equal(LotState.Expired, gone.State);
        Assert.True(gone.ExpiryNoticeAt!.Value.ToKstDate() <= PointExpiryPlan.NoticeDueBy(gone.ExpiresOn, 2));
        Assert.Equal(lot.LotId, gone.Id);
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_racing_runs_expire_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 3, clock: KstClock.At(2026, 10, 20, 10));
        var points = h.Get<PointService>();
        var members = new[] { await ActiveMemberAsync(h, 0), await ActiveMemberAsync(h, 1) };
        foreach (var m in members)
        {
            await points.EarnAsync(m.Id, 400, Kst(2022, 1, 10), "가맹점 A", $"earn-{m.Id}-a");
            await points.EarnAsync(m.Id, 600, Kst(2022, 2, 10), "가맹점 B", $"earn-{m.Id}-b");
        }
        h.Clock.SetUtcNow(Kst(2026, 11, 1, 0, 20)); // tells 2027-01
        await h.RunJobAsync<PointExpiryJob>();
        h.Clock.SetUtcNow(Kst(2026, 12, 1, 0, 20)); // tells 2027-02
        await h.RunJobAsync<PointExpiryJob>();
        h.Clock.SetUtcNow(Kst(2027, 3, 1, 0, 20)); // both months gone

        var a = ActivatorUtilities.CreateInstance<PointExpiryJob>(h.Services);
        var b = ActivatorUtilities.CreateInstance<PointExpiryJob>(h.Services);
        var results = await Task.WhenAll(a.ExpireAsync(), b.ExpireAsync());
        Assert.Equal(2_000, results.Sum(r => r.PointsExpired));

        await using var db = await h.DbAsync();
        Assert.Equal(2, await db.JournalEntries.CountAsync(e => e.Type == EntryType.PointExpiry)); // one per member
        foreach (var m in members) Assert.Equal(0, await db.Accounts.Where(x => x.MemberId == m.Id && x.Kind == AccountKind.Points).SumAsync(x => x.Balance));
        await AssertConsistentAsync(h);
    }

    // 004 포인트 제5조⑤: causes 1 and 3 only "그로 인하여 적립된 포인트", causes 2 and 4 every lot; Supervisors only, after a step-up.
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Forfeiture_takes_the_chosen_lots_for_causes_1_and_3_and_every_lot_for_2_and_4(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 3, clock: KstClock.At(2026, 11, 20, 10));
        var member = await ActiveMemberAsync(h);
        var other = await ActiveMemberAsync(h, 1);
        var points = h.Get<PointService>();
        var l1 = await points.EarnAsync(member.Id, 1_000, Kst(2026, 1, 5), "가맹점 A", "f-1");
        var l2 = await points.EarnAsync(member.Id, 2_000, Kst(2026, 2, 5), "도난 카드 결제 적립", "f-2");
        var l3 = await points.EarnAsync(member.Id, 400, Kst(2026, 3, 5), "가맹점 C", "f-3");
        var foreign = await points.EarnAsync(other.Id, 300, Kst(2026, 3, 5), "가맹점 D", "f-4");

        ForfeitPointsCommand Cmd(PointForfeitCause cause, long[] lots, string reason = "도난 카드로 적립된 포인트 소멸", string key = "forfeit-1") =>
            new(member.Id, cause, lots, reason, key);

        h.Actor.Current = TestActor.Agent;
        var agent = await Assert.ThrowsAsync<ForbiddenException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [l2.LotId])));
        Assert.StartsWith($"'{Permission.ForfeitPoints.Label()}' 권한이 없습니다", agent.Message);

        h.Actor.Current = TestActor.Supervisor;
        var noStepUp = await Assert.ThrowsAsync<ForbiddenException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [l2.LotId])));
        Assert.StartsWith(StepUp.Required, noStepUp.Message);
        await h.StepUpAsync();

        // Bad input, each refused in Korean, nothing changed.
        Assert.Contains("선택하세요", (await Assert.ThrowsAsync<BusinessRuleException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [])))).Message);
        Assert.Contains("5자 이상", (await Assert.ThrowsAsync<BusinessRuleException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [l2.LotId], "도난")))).Message);
        Assert.Contains("사유", (await Assert.ThrowsAsync<BusinessRuleException>(() => points.ForfeitAsync(Cmd((PointForfeitCause)9, [l2.LotId])))).Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [foreign.LotId])));
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [l2.LotId], key: "")));
        Assert.Equal(3_400, await BalanceAsync(h, member.Id));

        // Cause 3: only the chosen lot.
        var third = await points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [l2.LotId]));
        Assert.Equal((2_000L, 1_400L), (third.Amount, third.Balance));
        Assert.Equal([l2.LotId], third.LotIds);
        var repeat = await points.ForfeitAsync(Cmd(PointForfeitCause.StolenOrForgedUse, [l2.LotId]));
        Assert.True(repeat.WasDuplicate);
        Assert.Equal(third.EntryId, repeat.EntryId);
        var lots = await LotsAsync(h, member.Id);
        Assert.Equal([LotState.Open, LotState.Forfeited, LotState.Open], lots.Select(l => l.State));
        // The chosen lot is gone: choosing it again is refused.
        await Assert.ThrowsAsync<BusinessRuleException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.FraudulentIssue, [l2.LotId], key: "forfeit-1b")));

        // Cause 2: every open lot, whatever was chosen.
        await points.UseAsync(member.Id, 100, "가맹점 E", "use-before-2");
        var second = await points.ForfeitAsync(Cmd(PointForfeitCause.UnsoundUse, [l1.LotId], "현금융통 목적 이용 확인", "forfeit-2"));
        Assert.Equal((1_300L, 0L), (second.Amount, second.Balance));
        Assert.Equal([l1.LotId, l3.LotId], second.LotIds.Order());
        // Cause 4 with nothing left: refused.
        Assert.Equal("소멸할 포인트가 없습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => points.ForfeitAsync(Cmd(PointForfeitCause.ContractEnded, [], "카드 이용계약 해지", "forfeit-3")))).Message);
        Assert.Equal(300, await BalanceAsync(h, other.Id)); // the other member is untouched

        var notices = await NoticesAsync(h, member.Id, PointNoticeKeys.Forfeited);
        Assert.Equal(4, notices.Count); // two forfeitures × SMS and e-mail
        Assert.Contains(notices, n => n.Body.Contains("2,000P", StringComparison.Ordinal) && n.Body.Contains("도난", StringComparison.Ordinal));
        await using (var db = await h.DbAsync())
        {
            var audits = await db.AuditRecords.Where(a => a.Action == "point.forfeit").ToListAsync();
            Assert.Equal(2, audits.Count);
            Assert.All(audits, a => Assert.Equal((member.Id, TestActor.Supervisor.Id), (a.MemberId!.Value, a.ActorId)));
            Assert.Equal(2, await db.JournalEntries.CountAsync(e => e.Type == EntryType.PointForfeit));
        }
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_tab_shows_the_balance_the_months_the_lots_and_the_notices(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 2, clock: KstClock.At(2026, 10, 20, 10));
        var member = await ActiveMemberAsync(h);
        var points = h.Get<PointService>();
        await points.EarnAsync(member.Id, 1_200, Kst(2022, 1, 20), "가맹점 A", "t-1");
        await points.EarnAsync(member.Id, 2_200, Kst(2023, 6, 1), "가맹점 B", "t-2");
        h.Clock.SetUtcNow(Kst(2026, 11, 1, 0, 20));
        await h.RunJobAsync<PointExpiryJob>();

        h.Actor.Current = TestActor.Agent;
        var view = await points.ForMemberAsync(member.Id);
        Assert.Equal(3_400, view.Balance);
        Assert.Equal(["2027-01 소멸 예정 1,200P", "2028-06 소멸 예정 2,200P"], view.Summary);
        Assert.Equal(2, view.Lots.Count);
        Assert.Equal(2, view.Notices.Count);
        Assert.All(view.Notices, n => Assert.StartsWith("point.", n.TemplateKey));
    }
}

/// <summary>The demo member M90001504 the end-to-end tests use (issue 15).</summary>
public class DemoPointsTests
{
    [Fact]
    public async Task The_demo_member_has_a_lot_expiring_the_month_after_next_already_told()
    {
        await using var h = await Harness.StartAsync("sqlite", clock: KstClock.At(2026, 12, 2, 10));
        await DemoPoints.AddAsync(h.Services, h.Clock.GetUtcNow());
        await DemoPoints.AddAsync(h.Services, h.Clock.GetUtcNow()); // written once
        long memberId;
        await using (var db = await h.DbAsync()) memberId = (await db.Members.SingleAsync(m => m.MemberNo == DemoPoints.MemberNo)).Id;

        h.Actor.Current = TestActor.Agent;
        var view = await h.Get<PointService>().ForMemberAsync(memberId);
        Assert.Equal(5_000, view.Balance);
        Assert.Equal("2027-02 소멸 예정 1,000P", view.Summary[0]);
        Assert.Equal(4, view.Summary.Count);
        Assert.Equal(2, view.Notices.Count);

        await h.RunJobAsync<PointExpiryJob>(); // told in time on the 1st: this month's run has nothing to add
        Assert.Equal(2, (await h.Get<PointService>().ForMemberAsync(memberId)).Notices.Count);
        await using var check = await h.DbAsync();
        Assert.Empty(await LotLedger.CheckAsync(check));
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }
}
