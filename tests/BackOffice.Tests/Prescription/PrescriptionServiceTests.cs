using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Prescription.PrescriptionTestData;

namespace BackOffice.Tests.Prescription;

/// <summary>The prescription run, objections and the four-eyes donation through the real services (004 제5조①②③).</summary>
public class PrescriptionServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static DateTimeOffset Kst(int y, int m, int d, int h = 12) => new(y, m, d, h, 0, 0, KoreanTime.Offset);

    // The harness clock: 2026-11-20 10:00 KST.
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_run_lists_prescribed_balances_tells_the_members_and_drops_balances_that_moved(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var named60 = await CardAsync(h, 60_000, Kst(2020, 1, 10), Kst(2021, 5, 15));          // prescribed from 2026-06-01
        var named49 = await CardAsync(h, 49_999, Kst(2020, 1, 10), Kst(2021, 10, 31, 23));     // prescribed from 2026-11-01
        var bearer = await CardAsync(h, 30_000, Kst(2021, 3, 5), null, named: false, withMember: false); // never used: sale month
        var notYet = await CardAsync(h, 80_000, Kst(2020, 1, 10), Kst(2021, 11, 1, 0));        // prescribed from 2026-12-01: not yet

        h.Actor.Current = TestActor.Finance;
        var run = await h.Get<PrescriptionService>().RunAsync();
        Assert.Equal((3, 2, 0, 0, 139_999L), (run.Listed, run.Notified, run.BecameDue, run.Withdrawn, run.ListedAmount));

        var a = await ItemAsync(h, named60.CardId);
        Assert.Equal(PrescriptionItemStatus.Notified, a.Status);
        Assert.True(a.NoticeRequired);
        Assert.Equal(new DateOnly(2026, 6, 1), a.PrescribedFrom);
        Assert.Equal("최종사용월 2021-05 → 5년 → 2026-06-01부터 소멸시효 완성 (004 제5조①)", a.Derivation);
        Assert.Equal(new DateOnly(2026, 12, 20), a.ObjectionDeadline);
        Assert.Equal(new DateOnly(2026, 12, 21), a.PlannedDonationOn);
        var b = await ItemAsync(h, named49.CardId);
        Assert.Equal(PrescriptionItemStatus.Notified, b.Status);
        Assert.False(b.NoticeRequired); // 49,999원: no duty, told anyway (운영 정책)
        var c = await ItemAsync(h, bearer.CardId);
        Assert.Equal(PrescriptionItemStatus.Due, c.Status); // no member: no one to tell
        Assert.True(c.NeverUsed);
        Assert.Null(c.MemberId);
        await using (var db = await h.DbAsync())
        {
            Assert.False(await db.PrescriptionItems.AnyAsync(i => i.CardId == notYet.CardId));
            var notices = await db.NoticeMessages.Where(m => m.TemplateKey == PrescriptionNoticeKeys.DonationNotice).ToListAsync();
            Assert.Equal(4, notices.Count); // SMS and e-mail for each of the two members
            Assert.Contains(notices, m => m.MemberId == named60.MemberId && m.Body.Contains("60,000원") && m.Body.Contains("2026-12-21") && m.Body.Contains("2026-12-20"));
            Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == "prescription.notified" && r.MemberId == named60.MemberId));
        }

        // A second run the same day changes nothing.
        var again = await h.Get<PrescriptionService>().RunAsync();
        Assert.Equal((0, 0, 0, 0), (again.Listed, again.Notified, again.BecameDue, again.Withdrawn));

        // The member uses the card: the item is dropped and the card is not listed again (the prescription starts over).
        await PayAsync(h, named60, 500, h.Clock.GetUtcNow(), "use-after-listing");
        var third = await h.Get<PrescriptionService>().RunAsync();
        Assert.Equal((0, 1), (third.Listed, third.Withdrawn));
        Assert.Equal(PrescriptionItemStatus.Withdrawn, (await ItemAsync(h, named60.CardId)).Status);
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_objection_is_taken_on_or_before_the_deadline_and_refused_after_it(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var first = await CardAsync(h, 60_000, Kst(2020, 1, 10), Kst(2021, 5, 15));
        var second = await CardAsync(h, 55_000, Kst(2020, 1, 10), Kst(2021, 4, 15));
        await h.Get<PrescriptionService>().RunAsync(Actor.System);
        var a = await ItemAsync(h, first.CardId);
        var b = await ItemAsync(h, second.CardId);

        // Day 30 (the deadline itself, 2026-12-20): still taken.
        h.Clock.SetUtcNow(KoreanTime.StartOfDay(new DateOnly(2026, 12, 20)).AddHours(23).AddMinutes(59));
        h.Actor.Current = TestActor.Agent;
        await h.Get<PrescriptionService>().RecordObjectionAsync(a.Id, "회원이 잔액 사용 의사를 밝힘", "obj-1");
        var objected = await ItemAsync(h, first.CardId);
        Assert.Equal((PrescriptionItemStatus.Objected, "agent-id"), (objected.Status, objected.ObjectionRecordedById));
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<PrescriptionService>().RecordObjectionAsync(a.Id, "다시 한 번 이의", "obj-2"));
        Assert.StartsWith("이미 2026-12-20에 이의가 접수된 항목입니다", twice.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<PrescriptionService>().RecordObjectionAsync(b.Id, "짧음", "obj-3")); // note too short

        // Day 31: refused in Korean; the run makes the silent one due, the objected one stays.
        h.Clock.SetUtcNow(KoreanTime.StartOfDay(new DateOnly(2026, 12, 21)));
        var late = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<PrescriptionService>().RecordObjectionAsync(b.Id, "기한 후 이의 제기", "obj-4"));
        Assert.Equal("이의 제기 기한(2026-12-20)이 지났습니다. 30일 안에 이의가 없어 기부에 동의한 것으로 봅니다 (004 제5조③).", late.Message);
        var run = await h.Get<PrescriptionService>().RunAsync(Actor.System);
        Assert.Equal(1, run.BecameDue);
        Assert.Equal(PrescriptionItemStatus.Due, (await ItemAsync(h, second.CardId)).Status);
        Assert.Equal(PrescriptionItemStatus.Objected, (await ItemAsync(h, first.CardId)).Status);
        await using var db = await h.DbAsync();
        Assert.Equal(2, await db.NoticeMessages.CountAsync(m => m.TemplateKey == PrescriptionNoticeKeys.ObjectionReceived && m.MemberId == first.MemberId));
        Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == "prescription.objection" && r.MemberId == first.MemberId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Donation_needs_a_second_person_and_posts_one_entry_to_the_donation_account(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var bearer = await CardAsync(h, 30_000, Kst(2021, 3, 5), null, named: false, withMember: false);
        var named = await CardAsync(h, 60_000, Kst(2020, 1, 10), Kst(2021, 5, 15));
        await h.Get<PrescriptionService>().RunAsync(Actor.System);
        var due = await ItemAsync(h, bearer.CardId);
        var notified = await ItemAsync(h, named.CardId);

        h.Actor.Current = TestActor.Finance;
        var notDue = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<PrescriptionService>().ProposeAsync([notified.Id], "p-0"));
        Assert.Contains("기부 가능 상태의 항목만", notDue.Message); // donation only after the 30 days
        var number = await h.Get<PrescriptionService>().ProposeAsync([due.Id], "p-1");
        Assert.Equal(number, await h.Get<PrescriptionService>().ProposeAsync([due.Id], "p-1")); // the same key again: the same batch

        await h.StepUpAsync();
        var own = await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<PrescriptionService>().DecideAsync(number, true, null));
        Assert.Equal(PrescriptionService.OwnBatchRefusal, own.Message);
        h.Actor.Current = TestActor.Agent;
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<PrescriptionService>().DecideAsync(number, true, null));
        h.Actor.Current = TestActor.Supervisor;
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<PrescriptionService>().DecideAsync(number, true, null)); // no step-up yet
        await h.StepUpAsync();
        await h.Get<PrescriptionService>().DecideAsync(number, true, "정기 기부 승인");

        await using var db = await h.DbAsync();
        var entry = await db.JournalEntries.Include(e => e.Postings).SingleAsync(e => e.Type == EntryType.PrescriptionDonation);
        var donation = await SystemAccounts.IdAsync(db, AccountKind.DonationPayable);
        Assert.Equal(30_000, entry.Postings.Single(p => p.AccountId == donation).Amount);
        Assert.Equal(0, (await db.Accounts.SingleAsync(a => a.Id == bearer.AccountId)).Balance);
        var item = await db.PrescriptionItems.SingleAsync(i => i.Id == due.Id);
        Assert.Equal((PrescriptionItemStatus.Donated, entry.Id), (item.Status, item.DonationEntryId));
        var batch = await db.DonationBatches.SingleAsync(b => b.Number == number);
        Assert.Equal((DonationBatchStatus.Donated, "supervisor-id", 30_000L), (batch.Status, batch.DecidedById, batch.Total));
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<PrescriptionService>().DecideAsync(number, true, null));
        Assert.StartsWith("이미 처리된 기부 상신입니다", again.Message);
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_batch_sends_its_items_back_and_a_moved_balance_blocks_the_approval(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var one = await CardAsync(h, 30_000, Kst(2021, 3, 5), null, named: false, withMember: false);
        await h.Get<PrescriptionService>().RunAsync(Actor.System);
        var item = await ItemAsync(h, one.CardId);
        h.Actor.Current = TestActor.Finance;
        var first = await h.Get<PrescriptionService>().ProposeAsync([item.Id], "r-1");
        h.Actor.Current = TestActor.Finance2;
        await h.StepUpAsync();
        await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<PrescriptionService>().DecideAsync(first, false, "짧음"));
        await h.Get<PrescriptionService>().DecideAsync(first, false, "증빙 보완 후 재상신");
        Assert.Equal((PrescriptionItemStatus.Due, (long?)null), ((await ItemAsync(h, one.CardId)).Status, (await ItemAsync(h, one.CardId)).DonationBatchId));

        h.Actor.Current = TestActor.Finance;
        var second = await h.Get<PrescriptionService>().ProposeAsync([item.Id], "r-2");
        await PayAsync(h, one, 1_000, h.Clock.GetUtcNow(), "late-use");
        h.Actor.Current = TestActor.Finance2;
        var moved = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<PrescriptionService>().DecideAsync(second, true, null));
        Assert.Contains("잔액이 점검 때와 다릅니다 (점검 30,000원, 현재 29,000원)", moved.Message);
        await using var db = await h.DbAsync();
        Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.PrescriptionDonation));
        await AssertConsistentAsync(h);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_approvers_racing_post_one_donation(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await using var finance2 = h.SessionAs(TestActor.Finance2);
        await using var supervisor = h.SessionAs(TestActor.Supervisor);
        await finance2.StepUpAsync();
        await supervisor.StepUpAsync();
        await Race.UntilBothWinAsync(8, "finance2", "supervisor", async round =>
        {
            var card = await CardAsync(h, 20_000 + round, Kst(2021, 3, 5), null, named: false, withMember: false);
            await h.Get<PrescriptionService>().RunAsync(Actor.System);
            var item = await ItemAsync(h, card.CardId);
            h.Actor.Current = TestActor.Finance;
            var number = await h.Get<PrescriptionService>().ProposeAsync([item.Id], $"race-{round}");
            var (a, b) = await Race.TwoAsync(round,
                () => finance2.Get<PrescriptionService>().DecideAsync(number, true, null),
                () => supervisor.Get<PrescriptionService>().DecideAsync(number, true, null));
            Assert.True((a is null) != (b is null), $"exactly one approval: {a} / {b}");
            Assert.StartsWith("이미 처리된 기부 상신입니다", a ?? b);
            await using var db = await h.DbAsync();
            Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.PrescriptionDonation && e.Reference == number));
            return a is null ? "finance2" : "supervisor";
        });
        await AssertConsistentAsync(h);
    }
}
