using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Reissue;

/// <summary>Points 7 and 8 through the real services: a damaged card goes through intake; expired cards by the program's terms.</summary>
public class ReissuePresetServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long CardId, long Balance, long DesignId)> CardAsync(Harness h, string program, DateOnly? expiresOn = null)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == program && c.Status == CardStatus.Active && c.MemberId != null)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.ProgramId, a.Balance })
            .Where(x => x.Balance > 1_000).OrderBy(x => x.Id).FirstAsync();
        if (expiresOn is { } day)
            await db.Cards.Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresOn, day));
        var design = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId && d.Stock > 0).Select(d => d.Id).FirstAsync();
        return (card.Id, card.Balance, design);
    }

    private static async Task<(int Requests, int Cards, CommandTrace Trace)> CountsAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return (await db.ReissueRequests.CountAsync(), await db.Cards.CountAsync(), await CommandTrace.TakeAsync(h));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_damaged_local_card_is_not_reissued_directly_but_through_intake_with_its_balance_and_the_fee(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, balance, designId) = await CardAsync(h, ProgramPresets.LocalCurrency);
        var service = h.Get<ReissueService>();
        var preview = await service.PreviewAsync(cardId, ReissueReason.Damaged);
        Assert.True(preview.OpenIntakeInstead);
        Assert.Contains("실물 카드 수거 후 재발급", preview.StateProblem);
        var before = await CountsAsync(h);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Damaged, designId, false, null, "damaged")));
        Assert.StartsWith("파손 카드는 실물 카드 수거 후 재발급합니다 (000 재발급 (훼손카드는 실물카드 수거 후 재발급)).", refused.Message);
        Assert.Contains("'불량·파손 접수'", refused.Message);
        Assert.Equal(before, await CountsAsync(h));

        // The intake path: received, inspected as 파손, balance verified, replaced with the balance and the fee.
        var intake = h.Get<CardIntakeService>();
        var caseNo = await intake.OpenAsync(new OpenIntakeCommand(cardId, DefectKind.Damaged, "카드가 휘었음", "open"));
        long caseId;
        await using (var db = await h.DbAsync()) caseId = await db.CardIntakeCases.Where(c => c.CaseNo == caseNo).Select(c => c.Id).SingleAsync();
        await intake.ReceiveAsync(caseId);
        await intake.InspectAsync(new InspectCommand(caseId, DefectKind.Damaged, "휨 확인", null));
        await intake.VerifyBalanceAsync(caseId, balance);
        await intake.SettleAsync(new SettleCommand(caseId, IntakeSettlement.ReplaceCard, designId, null, "settle"));

        await using var check = await h.DbAsync();
        var settled = await check.CardIntakeCases.SingleAsync(c => c.Id == caseId);
        var replacement = await check.Cards.SingleAsync(c => c.Id == settled.ReplacementCardId);
        Assert.Equal((cardId, new DateOnly(2031, 11, 20)), (replacement.ReplacesCardId!.Value, replacement.ExpiresOn));
        var fee = await check.JournalEntries.Where(e => e.Type == EntryType.ReissueFee).Include(e => e.Postings).SingleAsync();
        Assert.Equal(3_000, fee.Postings.Where(p => p.Amount > 0).Sum(p => p.Amount));
        Assert.Contains("파손(소지자 과실) → 재발급 수수료 3,000원", settled.WarrantyExplanation);
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_expired_local_card_with_a_balance_is_sent_to_the_expired_card_refund_and_nothing_changes(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, balance, designId) = await CardAsync(h, ProgramPresets.LocalCurrency, new DateOnly(2026, 10, 31));
        var service = h.Get<ReissueService>();
        var before = await CountsAsync(h);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Expired, designId, false, null, "expired")));

        Assert.Contains($"잔액 {KoreanWon.Format(balance)}을 새 카드로 옮기지 않습니다", refused.Message);
        Assert.Contains("'만료 카드 환불'로 잔액의 90%", refused.Message);
        Assert.Equal(before, await CountsAsync(h));
        await using var db = await h.DbAsync();
        Assert.Equal(balance, await db.Accounts.Where(a => a.CardId == cardId).Select(a => a.Balance).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_expired_bc_card_is_replaced_with_its_balance_and_a_new_validity(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, balance, designId) = await CardAsync(h, ProgramPresets.CardCompanyPrepaid, new DateOnly(2026, 10, 31));
        var service = h.Get<ReissueService>();
        var preview = await service.PreviewAsync(cardId, ReissueReason.Expired);
        Assert.Null(preview.StateProblem);
        Assert.Equal(new DateOnly(2031, 11, 20), preview.NewExpiresOn);
        Assert.Contains("004 제4조③", preview.ValidityRule);

        var result = await service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Expired, designId, false, null, "bc-expired"));

        Assert.Equal((ReissueStatus.Issued, balance, (DateOnly?)new DateOnly(2031, 11, 20)), (result.Status, result.CarriedBalance, result.NewCardExpiresOn));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_broken_bc_card_is_reissued_until_the_old_cards_remaining_validity(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _, designId) = await CardAsync(h, ProgramPresets.CardCompanyPrepaid, new DateOnly(2028, 3, 31));
        var service = h.Get<ReissueService>();
        var preview = await service.PreviewAsync(cardId, ReissueReason.Broken);
        Assert.Equal(("기존 카드의 잔여 유효기한 2028-03-31까지 (004 제4조② (잔여 유효기한까지 재발급))", new DateOnly(2028, 3, 31)),
            (preview.ValidityRule, preview.NewExpiresOn));

        var result = await service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Broken, designId, false, null, "bc-broken"));

        Assert.Equal(new DateOnly(2028, 3, 31), result.NewCardExpiresOn);
    }
}
