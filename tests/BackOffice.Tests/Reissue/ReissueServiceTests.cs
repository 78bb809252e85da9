using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Reissue;

public class ReissueServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long CardId, long MemberId, long Balance, long DesignId)> CardAsync(Harness h, string program = ProgramPresets.LocalCurrency)
    {
        await DirectDamagedReissue.AllowAsync(h, program);
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == program && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.MemberId, c.ProgramId, a.Balance })
            .Where(x => x.Balance > 5_000).OrderBy(x => x.Id).FirstAsync();
        var design = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId && d.Stock > 0).Select(d => d.Id).FirstAsync();
        return (card.Id, card.MemberId!.Value, card.Balance, design);
    }

    private static ReissueCommand Damaged(long cardId, long designId, string key = "r1", bool waiver = false) =>
        new(cardId, ReissueReason.Damaged, designId, waiver, waiver ? "배송 사고로 파손되어 재발급" : null, key);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_damaged_card_is_replaced_with_its_balance_and_the_fee_is_taken_from_e_money(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId, balance, designId) = await CardAsync(h);
        // E-money holds enough for the fee (topped up through the ledger), and so does the card: e-money must pay.
        long emoneyId, feeIncomeId, emoneyBefore;
        await using (var db = await h.DbAsync())
        {
            var emoney = await SystemAccounts.MemberAccountAsync(db, memberId, AccountKind.Emoney);
            var funding = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing);
            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.EmoneyTopUp, "fund", h.Clock.GetUtcNow(), Actor.System, "", "충전",
                [new PostingLine(emoney.Id, 10_000), new PostingLine(funding, -10_000)]), h.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            (emoneyId, feeIncomeId) = (emoney.Id, await SystemAccounts.IdAsync(db, AccountKind.FeeIncome));
        }
        await using (var db = await h.DbAsync())
            emoneyBefore = await db.Accounts.Where(a => a.Id == emoneyId).Select(a => a.Balance).SingleAsync();
        Assert.True(emoneyBefore >= 10_000 && balance > 3_000, $"both could pay: e-money {emoneyBefore}, card {balance}");
        int stockBefore;
        await using (var db = await h.DbAsync()) stockBefore = await db.CardDesigns.Where(d => d.Id == designId).Select(d => d.Stock).SingleAsync();

        var result = await h.Get<ReissueService>().RequestAsync(Damaged(cardId, designId));

        Assert.Equal(ReissueStatus.Issued, result.Status);
        Assert.Equal((3_000L, balance), (result.FeeCharged, result.CarriedBalance));
        Assert.Equal(new DateOnly(2026, 11, 27), result.ShipDueBy); // Fri 11-20 + 5 business days
        Assert.Contains("+ 5영업일 = 2026-11-27", result.ShipDueRule);
        await using var check = await h.DbAsync();
        var newCard = await check.Cards.SingleAsync(c => c.ReplacesCardId == cardId);
        Assert.True(CardNumber.IsValid(h.Get<NumberKeyRing>().RevealNumber(newCard)));
        Assert.Equal(CardStatus.Replaced, await check.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
        var newBalance = await check.Accounts.Where(a => a.CardId == newCard.Id).Select(a => a.Balance).SingleAsync();
        Assert.Equal(balance, newBalance); // the whole card balance carried over, nothing taken from it
        Assert.Equal(emoneyBefore - 3_000, await check.Accounts.Where(a => a.Id == emoneyId).Select(a => a.Balance).SingleAsync());
        var fee = await check.JournalEntries.Where(e => e.Type == EntryType.ReissueFee).Include(e => e.Postings).SingleAsync();
        Assert.Equal([(emoneyId, -3_000L), (feeIncomeId, 3_000L)], fee.Postings.OrderBy(p => p.Amount).Select(p => (p.AccountId, p.Amount)));
        Assert.Equal(stockBefore - 1, await check.CardDesigns.Where(d => d.Id == designId).Select(d => d.Stock).SingleAsync());
        Assert.Equal(1, await check.Shipments.CountAsync(s => s.CardId == newCard.Id));
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_reissues_of_one_card_at_once_make_one_new_card(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _, _, designId) = await CardAsync(h);
        await using var second = h.SessionAs(TestActor.Agent2);

        var outcomes = await Task.WhenAll(
            Task.Run(() => Try(() => h.Get<ReissueService>().RequestAsync(Damaged(cardId, designId, "a")))),
            Task.Run(() => Try(() => second.Get<ReissueService>().RequestAsync(Damaged(cardId, designId, "b")))));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is not null && o.StartsWith("이 카드는 이미 재발급 요청이 있습니다", StringComparison.Ordinal));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.Cards.CountAsync(c => c.ReplacesCardId == cardId));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_out_of_stock_design_is_refused_with_the_alternatives(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, _, _, _) = await CardAsync(h);
        long empty;
        await using (var db = await h.DbAsync()) empty = await db.CardDesigns.Where(d => d.Name == "정서진 노을").Select(d => d.Id).SingleAsync();

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<ReissueService>().RequestAsync(Damaged(cardId, empty)));
        Assert.StartsWith("'정서진 노을' 디자인 재고가 없습니다. 재고가 있는 디자인: 서로e음 기본(", error.Message);
        await using var check = await h.DbAsync();
        Assert.False(await check.ReissueRequests.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_waiver_waits_for_another_supervisor_and_then_issues_free(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _, _, designId) = await CardAsync(h);
        h.Actor.Current = TestActor.Supervisor;
        var service = h.Get<ReissueService>();

        var pending = await service.RequestAsync(Damaged(cardId, designId, waiver: true));
        Assert.Equal((ReissueStatus.AwaitingWaiverApproval, (string?)null), (pending.Status, pending.NewCardMasked));
        var row = Assert.Single(await service.AwaitingWaiversAsync());

        var own = await Assert.ThrowsAsync<ForbiddenException>(() => service.DecideWaiverAsync(row.Id, true, "승인합니다"));
        Assert.Contains("본인이 요청한 수수료 면제는 승인할 수 없습니다", own.Message);
        h.Actor.Current = TestActor.Agent;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.DecideWaiverAsync(row.Id, true, "승인합니다"));

        h.Actor.Current = TestActor.Make("supervisor2-id", "오팀장", "Supervisor");
        var issued = await service.DecideWaiverAsync(row.Id, true, "배송 사고 확인");
        Assert.Equal((ReissueStatus.Issued, 0L), (issued.Status, issued.FeeCharged));
        Assert.NotNull(issued.NewCardMasked);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DecideWaiverAsync(row.Id, true, "또 승인"));
        Assert.StartsWith("이미 처리된 요청입니다", again.Message);
        await using var db = await h.DbAsync();
        Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.ReissueFee));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_card_company_card_reported_lost_carries_its_balance_to_the_new_card(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 60);
        var (cardId, _, balance, designId) = await CardAsync(h, ProgramPresets.CardCompanyPrepaid);
        await using (var db = await h.DbAsync())
            await db.Cards.Where(c => c.Id == cardId).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsNamed, true));
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(cardId, LossKind.Lost, ReportChannel.Phone, "", "lost"));
        // The fee (5,000 won) comes out of e-money or the carried balance; make e-money pay it.
        await using (var db = await h.DbAsync())
        {
            var emoney = await SystemAccounts.MemberAccountAsync(db, await db.Cards.Where(c => c.Id == cardId).Select(c => c.MemberId!.Value).SingleAsync(), AccountKind.Emoney);
            var funding = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing);
            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.EmoneyTopUp, "fund", h.Clock.GetUtcNow(), Actor.System, "", "충전",
                [new PostingLine(emoney.Id, 10_000), new PostingLine(funding, -10_000)]), h.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var result = await h.Get<ReissueService>().RequestAsync(new ReissueCommand(cardId, ReissueReason.Lost, designId, false, null, "reissue"));

        Assert.Equal((balance, 5_000L), (result.CarriedBalance, result.FeeCharged));
        await using var check = await h.DbAsync();
        var newCard = await check.Cards.SingleAsync(c => c.ReplacesCardId == cardId);
        Assert.Equal(balance, await check.Accounts.Where(a => a.CardId == newCard.Id).Select(a => a.Balance).SingleAsync());
        Assert.Equal(CardStatus.Lost, await check.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Refusals_change_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, _, _, designId) = await CardAsync(h);
        var service = h.Get<ReissueService>();

        var notReported = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Lost, designId, false, null, "x")));
        Assert.StartsWith("분실·도난 재발급은 분실·도난 신고를 먼저", notReported.Message);
        var shortReason = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            service.RequestAsync(new ReissueCommand(cardId, ReissueReason.Damaged, designId, true, "짧음", "y")));
        Assert.Equal("수수료 면제 사유를 5자 이상 입력하세요.", shortReason.Message);
        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => service.RequestAsync(Damaged(cardId, designId)));
        await using var db = await h.DbAsync();
        Assert.False(await db.ReissueRequests.AnyAsync());
        Assert.Equal(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }

    private static async Task<string?> Try(Func<Task> action)
    {
        try { await action(); return null; }
        catch (BusinessRuleException ex) { return ex.Message; }
    }
}
