using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>
/// Issue 10 item 9: the database itself holds one open reissue request per card, one open intake case per card and one
/// member account per member and kind, on every provider; the services refuse in Korean before the index is reached,
/// and a parallel filing that reaches it retries into that refusal.
/// </summary>
public class UniqueIndexTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static readonly Actor Supervisor2 = TestActor.Make("supervisor2-id", "오팀장", StaffRoles.Supervisor);

    private static async Task<(long CardId, long DesignId)> FreshCardAsync(Harness h, ISet<long> used)
    {
        await DirectDamagedReissue.AllowAsync(h);
        await using var db = await h.DbAsync();
        var cards = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.ProgramId, a.Balance })
            .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).ToListAsync();
        var card = cards.First(c => !used.Contains(c.Id));
        used.Add(card.Id);
        var design = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId && d.Stock > 0).OrderByDescending(d => d.Stock).Select(d => d.Id).FirstAsync();
        return (card.Id, design);
    }

    private static ReissueCommand Waiver(long cardId, long designId, string key) =>
        new(cardId, ReissueReason.Damaged, designId, true, "배송 사고로 파손되어 재발급", key);

    private static async Task AssertUniqueViolationAsync(AppDbContext db)
    {
        var e = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        var failure = ProviderErrors.Classify(e);
        Assert.Equal(DbFailureKind.UniqueViolation, failure.Kind);
        Assert.True(ProviderErrors.IsKnownUniqueRace(failure, db.Model), string.Join(", ", failure.Constraints));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_second_open_reissue_request_for_a_card_is_refused_by_the_service_and_by_the_index(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, designId) = await FreshCardAsync(h, new HashSet<long>());
        h.Actor.Current = TestActor.Supervisor;
        var first = await h.Get<ReissueService>().RequestAsync(Waiver(cardId, designId, "open-1"));
        Assert.Equal(ReissueStatus.AwaitingWaiverApproval, first.Status);

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<ReissueService>().RequestAsync(Waiver(cardId, designId, "open-2")));
        Assert.Contains("이미 재발급 요청이 있습니다", refusal.Message);

        // Behind the service's back (another program, a bug): the partial unique index refuses the second open request.
        await using var db = await h.DbAsync();
        var copy = await db.ReissueRequests.AsNoTracking().SingleAsync(r => r.OldCardId == cardId);
        copy.Id = 0;
        copy.RequestNo = "R-COPY";
        copy.IdempotencyKey = "copy";
        db.ReissueRequests.Add(copy);
        await AssertUniqueViolationAsync(db);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_parallel_filings_for_one_card_leave_exactly_one_open_request(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 40);
        var used = new HashSet<long>();
        await using var a = h.SessionAs(TestActor.Supervisor);
        await using var b = h.SessionAs(Supervisor2);
        await Race.UntilBothWinAsync(12, "A", "B", async round =>
        {
            var (cardId, designId) = await FreshCardAsync(h, used);
            var (ra, rb) = await Race.TwoAsync(round,
                () => a.Get<ReissueService>().RequestAsync(Waiver(cardId, designId, $"race-a-{round}")),
                () => b.Get<ReissueService>().RequestAsync(Waiver(cardId, designId, $"race-b-{round}")));
            Assert.True((ra is null) != (rb is null), $"round {round}: exactly one filing succeeds (A: {ra ?? "ok"}, B: {rb ?? "ok"})");
            Assert.Contains("이미 재발급 요청이 있습니다", ra ?? rb);
            await using var db = await h.DbAsync();
            Assert.Equal(1, await db.ReissueRequests.CountAsync(r => r.OldCardId == cardId));
            return ra is null ? "A" : "B";
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_second_open_intake_case_for_a_card_is_refused_by_the_index(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _) = await FreshCardAsync(h, new HashSet<long>());
        await h.Get<CardIntakeService>().OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "카드가 휘었습니다", "intake-1"));
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            h.Get<CardIntakeService>().OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "다시 접수", "intake-2")));
        Assert.Contains("카드", again.Message);

        await using var db = await h.DbAsync();
        var copy = await db.CardIntakeCases.AsNoTracking().SingleAsync(c => c.CardId == cardId);
        copy.Id = 0;
        copy.CaseNo = "C-COPY";
        copy.IdempotencyKey = "copy";
        copy.SettlementKey = null;
        db.CardIntakeCases.Add(copy);
        await AssertUniqueViolationAsync(db);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_member_has_one_account_per_kind_and_a_card_one_balance_account(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        long memberId, cardId;
        await using (var db = await h.DbAsync())
        {
            var emoney = await db.Accounts.Where(a => a.Kind == AccountKind.Emoney && a.CardId == null).OrderBy(a => a.Id).FirstAsync();
            memberId = emoney.MemberId!.Value;
            cardId = await db.Accounts.Where(a => a.Kind == AccountKind.CardBalance).OrderBy(a => a.Id).Select(a => a.CardId!.Value).FirstAsync();
            // Another kind for the same member is fine (opened on demand, once).
            var hold = await SystemAccounts.MemberAccountAsync(db, memberId, AccountKind.RefundHold);
            Assert.Equal(hold.Id, (await SystemAccounts.MemberAccountAsync(db, memberId, AccountKind.RefundHold)).Id);
        }
        await using (var db = await h.DbAsync())
        {
            db.Accounts.Add(new Account { MemberId = memberId, Kind = AccountKind.Emoney });
            await AssertUniqueViolationAsync(db);
        }
        await using (var db = await h.DbAsync())
        {
            var memberOfCard = await db.Cards.Where(c => c.Id == cardId).Select(c => c.MemberId).SingleAsync();
            db.Accounts.Add(new Account { CardId = cardId, MemberId = memberOfCard, Kind = AccountKind.CardBalance });
            await AssertUniqueViolationAsync(db);
        }
    }
}
