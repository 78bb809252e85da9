using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Reissue;

/// <summary>Reissue commands through the transition table: a refusal changes nothing; a repeated client key is the first command.</summary>
public class ReissueCommandTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long CardId, long DesignId)> CardAsync(Harness h)
    {
        await DirectDamagedReissue.AllowAsync(h);
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == ProgramPresets.LocalCurrency && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.ProgramId, a.Balance })
            .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).FirstAsync();
        var design = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId && d.Stock > 0).Select(d => d.Id).FirstAsync();
        return (card.Id, design);
    }

    private static ReissueCommand Damaged(long cardId, long designId, string key, bool waiver = false) =>
        new(cardId, ReissueReason.Damaged, designId, waiver, waiver ? "배송 사고로 파손되어 재발급" : null, key);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_rejected_waiver_cannot_be_approved_afterwards_and_the_refusal_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, designId) = await CardAsync(h);
        var service = h.Get<ReissueService>();
        var pending = await service.RequestAsync(Damaged(cardId, designId, "reissue-1", waiver: true));
        h.Actor.Current = TestActor.Supervisor;
        var row = Assert.Single(await service.AwaitingWaiversAsync());
        var rejected = await service.DecideWaiverAsync(row.Id, false, "사유 불충분");
        Assert.Equal((ReissueStatus.Rejected, (string?)null), (rejected.Status, rejected.NewCardMasked));
        ReissueRequest before;
        await using (var db = await h.DbAsync()) before = await db.ReissueRequests.AsNoTracking().SingleAsync(r => r.Id == row.Id);
        Assert.Equal(("박팀장", "사유 불충분"), (before.WaiverDecidedByName, before.WaiverDecisionNote));
        var trace = await CommandTrace.TakeAsync(h);

        h.Actor.Current = TestActor.Make("supervisor2-id", "오팀장", StaffRoles.Supervisor);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DecideWaiverAsync(row.Id, true, "다시 승인"));
        Assert.Equal("이미 처리된 요청입니다 (면제 반려, 박팀장).", again.Message);

        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        await using var check = await h.DbAsync();
        var after = await check.ReissueRequests.AsNoTracking().SingleAsync(r => r.Id == row.Id);
        Assert.Equal((ReissueStatus.Rejected, before.Version, (long?)null, "박팀장"), (after.Status, after.Version, after.NewCardId, after.WaiverDecidedByName));
        Assert.False(await check.Cards.AnyAsync(c => c.ReplacesCardId == cardId));
        Assert.Equal(pending.RequestNo, after.RequestNo);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_repeated_request_key_returns_the_first_request_without_a_second_card_or_fee(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, designId) = await CardAsync(h);
        var service = h.Get<ReissueService>();

        var first = await service.RequestAsync(Damaged(cardId, designId, "reissue-dialog-1"));
        var trace = await CommandTrace.TakeAsync(h);
        var second = await service.RequestAsync(Damaged(cardId, designId, "reissue-dialog-1"));

        Assert.Equal(first, second);
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.ReissueRequests.CountAsync(r => r.OldCardId == cardId));
        Assert.Equal(1, await db.Cards.CountAsync(c => c.ReplacesCardId == cardId));
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.IdempotencyKey == $"reissue:{first.RequestNo}:fee"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_undefined_reissue_reason_is_refused_in_Korean_and_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, designId) = await CardAsync(h);
        var service = h.Get<ReissueService>();
        var trace = await CommandTrace.TakeAsync(h);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RequestAsync(Damaged(cardId, designId, "reissue-bad") with { Reason = (ReissueReason)99 }));
        Assert.Equal("재발급 사유를 선택하세요.", refused.Message);
        Assert.Equal("재발급 사유를 선택하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => service.PreviewAsync(cardId, (ReissueReason)99))).Message);
        Assert.Equal(trace, await CommandTrace.TakeAsync(h));
    }
}
