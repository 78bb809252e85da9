using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.LostCards;

public class LostCardServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long CardId, long MemberId, long Balance)> CardAsync(Harness h, string program = ProgramPresets.LocalCurrency, bool registered = true, bool named = false)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Program!.Code == program && c.Status == CardStatus.Active)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.MemberId, a.Balance })
            .Where(x => x.Balance > 0).OrderBy(x => x.Id).FirstAsync();
        await db.Cards.Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsRegistered, registered).SetProperty(c => c.IsNamed, named));
        return (card.Id, card.MemberId!.Value, card.Balance);
    }

    private static async Task<long> EmoneyAsync(Harness h, long memberId)
    {
        await using var db = await h.DbAsync();
        return await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == AccountKind.Emoney).SumAsync(a => a.Balance);
    }

    private static LostCardCommand Command(long cardId, string key = "k1") => new(cardId, LossKind.Lost, ReportChannel.Phone, "버스에서 분실", key);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_registered_card_stops_and_its_balance_moves_to_e_money_in_one_transaction(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId, balance) = await CardAsync(h);
        var emoneyBefore = await EmoneyAsync(h, memberId);

        var receipt = await h.Get<LostCardService>().ReportAsync(Command(cardId));

        Assert.Equal((balance, balance, 0L), (receipt.BalanceAtReport, receipt.SweptToEmoney, receipt.CarriedToReissue));
        Assert.Equal(emoneyBefore + balance, await EmoneyAsync(h, memberId));
        Assert.StartsWith("L20261120-", receipt.ReportNo);
        Assert.Equal("김상담", receipt.ReportedByName);
        await using var db = await h.DbAsync();
        var card = await db.Cards.SingleAsync(c => c.Id == cardId);
        Assert.Equal((CardStatus.Lost, h.Clock.GetUtcNow()), (card.Status, card.StoppedAt!.Value));
        Assert.Equal(0, await db.Accounts.Where(a => a.CardId == cardId).Select(a => a.Balance).SingleAsync());
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "card.lost" && a.MemberId == memberId));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unregistered_card_is_stopped_without_a_sweep(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId, balance) = await CardAsync(h, registered: false);
        var emoneyBefore = await EmoneyAsync(h, memberId);

        var receipt = await h.Get<LostCardService>().ReportAsync(Command(cardId));

        Assert.Equal(0, receipt.SweptToEmoney);
        Assert.Contains("보전되지 않습니다", receipt.Explanation);
        Assert.StartsWith(LostCardRules.UnregisteredLocalHeadline, receipt.Explanation); // 000 분실, point 12
        Assert.Equal(emoneyBefore, await EmoneyAsync(h, memberId));
        await using var db = await h.DbAsync();
        Assert.Equal(balance, await db.Accounts.Where(a => a.CardId == cardId).Select(a => a.Balance).SingleAsync());
        Assert.False(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.LostCardSweep));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_card_company_named_card_keeps_its_balance_for_the_reissued_card(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 60);
        var (cardId, _, balance) = await CardAsync(h, ProgramPresets.CardCompanyPrepaid, registered: false, named: true);

        var receipt = await h.Get<LostCardService>().ReportAsync(Command(cardId));

        Assert.Equal((0L, balance), (receipt.SweptToEmoney, receipt.CarriedToReissue));
        Assert.Equal(new DateOnly(2026, 9, 21), receipt.FraudWindowFrom);
        Assert.Equal(20_000, receipt.MemberFraudShareCap);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_agents_reporting_the_same_card_at_once_make_one_report_and_one_sweep(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId, balance) = await CardAsync(h);
        var emoneyBefore = await EmoneyAsync(h, memberId);
        await using var second = h.SessionAs(TestActor.Agent2);

        var attempts = await Task.WhenAll(
            Task.Run(() => Outcome(() => h.Get<LostCardService>().ReportAsync(Command(cardId, "agent-1")))),
            Task.Run(() => Outcome(() => second.Get<LostCardService>().ReportAsync(Command(cardId, "agent-2")))));

        Assert.Single(attempts, a => a is null);
        Assert.Single(attempts, a => a is not null && a.StartsWith("이미 신고된 카드입니다", StringComparison.Ordinal));
        Assert.Equal(emoneyBefore + balance, await EmoneyAsync(h, memberId));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.LostCardReports.CountAsync(r => r.CardId == cardId));
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.Type == EntryType.LostCardSweep));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_double_click_returns_the_same_report_and_a_stopped_card_is_refused(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _, _) = await CardAsync(h);
        var service = h.Get<LostCardService>();

        var first = await service.ReportAsync(Command(cardId, "same-click"));
        var again = await service.ReportAsync(Command(cardId, "same-click"));
        Assert.Equal(first.ReportNo, again.ReportNo);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => service.ReportAsync(Command(cardId, "new-call")));
        Assert.StartsWith($"이미 신고된 카드입니다 (신고번호 {first.ReportNo}", refused.Message);
        var unknown = await Assert.ThrowsAsync<BusinessRuleException>(() => service.ReportAsync(Command(999_999, "unknown")));
        Assert.Equal("카드를 찾을 수 없습니다.", unknown.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_payment_racing_the_report_is_taken_before_the_stop_and_refused_after(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId, balance) = await CardAsync(h);
        long cardAccount, merchant;
        await using (var db = await h.DbAsync())
        {
            cardAccount = await db.Accounts.Where(a => a.CardId == cardId).Select(a => a.Id).SingleAsync();
            merchant = await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement);
        }
        var stop = h.Clock.GetUtcNow();
        JournalRequest Pay(string key, DateTimeOffset at) =>
            new(EntryType.Payment, key, at, Actor.System, key, "결제", [new PostingLine(cardAccount, -1_000), new PostingLine(merchant, 1_000)]);

        // The terminal's payment stamped one second before the report and one stamped after it race the report.
        var results = await Task.WhenAll(
            Task.Run(() => Outcome(() => h.Writer.ExecuteAsync((db, ct) => LedgerPosting.PostAsync(db, Pay("pay-before", stop.AddSeconds(-1)), stop, ct)))),
            Task.Run(() => Outcome(() => h.Get<LostCardService>().ReportAsync(Command(cardId)))));
        Assert.Null(results[1]); // the report always goes through
        var late = await Assert.ThrowsAsync<LedgerRejectedException>(() =>
            h.Writer.ExecuteAsync((db, ct) => LedgerPosting.PostAsync(db, Pay("pay-after", stop.AddSeconds(1)), stop, ct)));
        Assert.Contains("정지된 카드", late.Message);

        // Either the payment came first and the rest was swept, or the sweep came first and the payment found the
        // card empty: never both, never neither, and the money adds up.
        await using var check = await h.DbAsync();
        var report = await check.LostCardReports.SingleAsync(r => r.CardId == cardId);
        var paid = await check.JournalEntries.AnyAsync(e => e.IdempotencyKey == "pay-before");
        Assert.Equal(paid, results[0] is null);
        if (!paid) Assert.StartsWith("잔액이 부족합니다", results[0]);
        var left = await check.Accounts.Where(a => a.Id == cardAccount).Select(a => a.Balance).SingleAsync();
        Assert.Equal(balance, report.SweptToEmoney + left + (paid ? 1_000 : 0));
        Assert.Equal(0, left);
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Finance_cannot_report_a_card(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var (cardId, _, _) = await CardAsync(h);
        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<LostCardService>().ReportAsync(Command(cardId)));
        await using var db = await h.DbAsync();
        Assert.Equal(CardStatus.Active, await db.Cards.Where(c => c.Id == cardId).Select(c => c.Status).SingleAsync());
    }

    private static async Task<string?> Outcome(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex) when (ex is BusinessRuleException or LedgerRejectedException)
        {
            return ex.Message;
        }
    }
}
