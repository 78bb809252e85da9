using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Reissue;

/// <summary>
/// The fee-waiver decision: the rejection path, and a waiver decided twice at once (on PostgreSQL: on SQLite the write
/// gate serializes every race). Exactly one decision stands, one card at most is issued, the audit log shows one decision.
/// </summary>
public class WaiverDecisionTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static readonly Actor Supervisor2 = TestActor.Make("supervisor2-id", "오팀장", "Supervisor");
    private static readonly Actor Supervisor3 = TestActor.Make("supervisor3-id", "서팀장", "Supervisor");

    /// <summary>A waiver request filed by the first supervisor on an active local-currency card not used before.</summary>
    private static async Task<(long CardId, long RequestId, string RequestNo)> AwaitingAsync(Harness h, ISet<long> used)
    {
        long cardId, designId;
        await DirectDamagedReissue.AllowAsync(h);
        await using (var db = await h.DbAsync())
        {
            var cards = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
                .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.ProgramId, a.Balance })
                .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).ToListAsync();
            var card = cards.First(c => !used.Contains(c.Id));
            used.Add(card.Id);
            cardId = card.Id;
            designId = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId && d.Stock > 0).OrderByDescending(d => d.Stock).Select(d => d.Id).FirstAsync();
        }
        h.Actor.Current = TestActor.Supervisor;
        var pending = await h.Get<ReissueService>().RequestAsync(
            new ReissueCommand(cardId, ReissueReason.Damaged, designId, true, "배송 사고로 파손되어 재발급", $"waiver-{cardId}"));
        Assert.Equal(ReissueStatus.AwaitingWaiverApproval, pending.Status);
        await using var check = await h.DbAsync();
        return (cardId, await check.ReissueRequests.Where(r => r.RequestNo == pending.RequestNo).Select(r => r.Id).SingleAsync(), pending.RequestNo);
    }

    private static async Task<int> DecisionsAsync(AppDbContext db, string requestNo) =>
        await db.AuditRecords.CountAsync(a => a.EntityType == "ReissueRequest" && a.EntityId == requestNo
            && (a.Action == "card.reissue.waiver-approved" || a.Action == "card.reissue.waiver-rejected"));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_rejected_waiver_issues_no_card_takes_no_fee_and_cannot_be_decided_again(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, id, requestNo) = await AwaitingAsync(h, new HashSet<long>());
        var service = h.Get<ReissueService>();
        h.Actor.Current = Supervisor2;

        var noNote = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DecideWaiverAsync(id, false, " "));
        Assert.Equal("승인·반려 의견을 입력하세요.", noNote.Message);
        h.Actor.Current = TestActor.Agent;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.DecideWaiverAsync(id, false, "면제 사유 부족"));
        h.Actor.Current = TestActor.Supervisor;
        var own = await Assert.ThrowsAsync<ForbiddenException>(() => service.DecideWaiverAsync(id, false, "면제 사유 부족"));
        Assert.StartsWith("본인이 요청한 수수료 면제는", own.Message);

        h.Actor.Current = Supervisor2;
        var rejected = await service.DecideWaiverAsync(id, false, "면제 사유 부족");
        Assert.Equal((ReissueStatus.Rejected, (string?)null, 0L), (rejected.Status, rejected.NewCardMasked, rejected.FeeCharged));
        Assert.Empty(await service.AwaitingWaiversAsync());
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DecideWaiverAsync(id, true, "다시 승인"));
        Assert.Equal("이미 처리된 요청입니다 (면제 반려, 오팀장).", again.Message);

        await using var db = await h.DbAsync();
        var request = await db.ReissueRequests.SingleAsync(r => r.Id == id);
        Assert.Equal(("오팀장", "면제 사유 부족", (long?)null), (request.WaiverDecidedByName, request.WaiverDecisionNote, request.NewCardId));
        Assert.False(await db.Cards.AnyAsync(c => c.ReplacesCardId == cardId));
        Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.ReissueFee));
        Assert.Equal(1, await DecisionsAsync(db, requestNo));
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "card.reissue.waiver-rejected" && a.EntityId == requestNo));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Fact]
    public async Task A_waiver_approved_twice_at_once_issues_one_card()
    {
        await using var h = await Harness.StartAsync("postgres", demoMembers: 60);
        await using var first = h.SessionAs(Supervisor2);
        await using var second = h.SessionAs(Supervisor3);
        var used = new HashSet<long>();

        await Race.UntilBothWinAsync(16, "오팀장", "서팀장", async round =>
        {
            var (cardId, id, requestNo) = await AwaitingAsync(h, used);
            var (a, b) = await Race.TwoAsync(round,
                () => first.Get<ReissueService>().DecideWaiverAsync(id, true, "배송 사고 확인"),
                () => second.Get<ReissueService>().DecideWaiverAsync(id, true, "배송 사고 확인"));

            Assert.Single(new[] { a, b }, o => o is null);
            Assert.StartsWith("이미 처리된 요청입니다 (발급 완료", a ?? b);
            await using var db = await h.DbAsync();
            var request = await db.ReissueRequests.SingleAsync(r => r.Id == id);
            Assert.Equal((ReissueStatus.Issued, 0L), (request.Status, request.FeeCharged));
            Assert.Equal(1, await db.Cards.CountAsync(c => c.ReplacesCardId == cardId));
            Assert.Equal(1, await db.Shipments.CountAsync(s => s.CardId == request.NewCardId));
            Assert.Equal(1, await DecisionsAsync(db, requestNo));
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
            return request.WaiverDecidedByName!;
        });
    }

    [Fact]
    public async Task A_waiver_approved_and_rejected_at_once_has_one_decision()
    {
        await using var h = await Harness.StartAsync("postgres", demoMembers: 60);
        await using var approver = h.SessionAs(Supervisor2);
        await using var rejecter = h.SessionAs(Supervisor3);
        var used = new HashSet<long>();

        await Race.UntilBothWinAsync(16, "approve", "reject", async round =>
        {
            var (cardId, id, requestNo) = await AwaitingAsync(h, used);
            var (approve, reject) = await Race.TwoAsync(round,
                () => approver.Get<ReissueService>().DecideWaiverAsync(id, true, "배송 사고 확인"),
                () => rejecter.Get<ReissueService>().DecideWaiverAsync(id, false, "면제 사유 부족"));

            Assert.Single(new[] { approve, reject }, o => o is null);
            Assert.StartsWith("이미 처리된 요청입니다", approve ?? reject);
            await using var db = await h.DbAsync();
            var request = await db.ReissueRequests.SingleAsync(r => r.Id == id);
            var newCards = await db.Cards.CountAsync(c => c.ReplacesCardId == cardId);
            var oldStatus = await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync();
            if (approve is null)
                Assert.Equal((ReissueStatus.Issued, "오팀장", 1, CardStatus.Replaced), (request.Status, request.WaiverDecidedByName, newCards, oldStatus));
            else
                Assert.Equal((ReissueStatus.Rejected, "서팀장", 0, CardStatus.Active, 0L), (request.Status, request.WaiverDecidedByName, newCards, oldStatus, request.FeeCharged));
            Assert.Equal(1, await DecisionsAsync(db, requestNo));
            Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.ReissueFee));
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
            return approve is null ? "approve" : "reject";
        });
    }
}
