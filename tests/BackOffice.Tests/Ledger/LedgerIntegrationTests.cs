using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Ledger;

public class LedgerIntegrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static async Task<(long Card, long Funding)> OpenCardAsync(Harness h, long initial = 0)
    {
        return await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var program = await db.Programs.FirstAsync(p => p.Code == ProgramPresets.LocalCurrency, ct);
            var member = new Member { MemberNo = "M90000001", Name = "테스트", Phone = "01000000000", JoinedAt = h.Clock.GetUtcNow() };
            var card = new Card { ProgramId = program.Id, Member = member, Design = "기본" };
            h.Get<NumberKeyRing>().SetNumber(card, CardNumber.WithCheckDigit("941022900000001"));
            db.Cards.Add(card);
            await db.SaveChangesAsync(ct);
            var account = await SystemAccounts.CardAccountAsync(db, card.Id, ct);
            var funding = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct);
            if (initial > 0)
                await LedgerPosting.PostAsync(db, TopUp(account.Id, funding, initial, "initial", h.Clock.GetUtcNow()), h.Clock.GetUtcNow(), ct);
            return (account.Id, funding);
        });
    }

    private static JournalRequest TopUp(long card, long funding, long amount, string key, DateTimeOffset at) =>
        new(EntryType.TopUp, key, at, Actor.System, key, "충전", [new PostingLine(card, amount), new PostingLine(funding, -amount)]);

    private static async Task<long> BalanceAsync(Harness h, long accountId)
    {
        await using var db = await h.DbAsync();
        return await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Balance).SingleAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Parallel_writers_on_one_balance_lose_no_update(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (card, funding) = await OpenCardAsync(h);

        // 30 top-ups of 1,000 won on the same card at once, each with its own key, each its own context.
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() =>
            h.Writer.ExecuteAsync((db, ct) => LedgerPosting.PostAsync(db, TopUp(card, funding, 1_000, $"race-{i}", h.Clock.GetUtcNow()), h.Clock.GetUtcNow(), ct)))));

        Assert.Equal(30_000, await BalanceAsync(h, card));
        await using var db = await h.DbAsync();
        Assert.Equal(30, await db.Postings.CountAsync(p => p.AccountId == card));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_idempotency_key_posted_in_parallel_writes_one_entry(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (card, funding) = await OpenCardAsync(h);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            h.Writer.ExecuteAsync((db, ct) => LedgerPosting.PostAsync(db, TopUp(card, funding, 5_000, "double-click", h.Clock.GetUtcNow()), h.Clock.GetUtcNow(), ct)))));

        Assert.Single(results, r => !r.WasDuplicate);
        Assert.Equal(5_000, await BalanceAsync(h, card));
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.IdempotencyKey == "double-click"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_entry_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (card, funding) = await OpenCardAsync(h, initial: 10_000);

        var error = await Assert.ThrowsAsync<LedgerRejectedException>(() => h.Writer.ExecuteAsync((db, ct) =>
            LedgerPosting.PostAsync(db, TopUp(card, funding, -50_000, "overdraw", h.Clock.GetUtcNow()), h.Clock.GetUtcNow(), ct)));
        Assert.Contains("잔액이 부족합니다", error.Message);
        Assert.Equal(10_000, await BalanceAsync(h, card));
        await using var db = await h.DbAsync();
        Assert.False(await db.JournalEntries.AnyAsync(e => e.IdempotencyKey == "overdraw"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_stopped_card_takes_no_payment_after_its_stop_time(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (card, funding) = await OpenCardAsync(h, initial: 10_000);
        var stop = h.Clock.GetUtcNow();
        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var account = await db.Accounts.Include(a => a.Card).SingleAsync(a => a.Id == card, ct);
            account.Card!.StoppedAt = stop;
            account.Card.Status = CardStatus.Lost;
        });

        await Assert.ThrowsAsync<LedgerRejectedException>(() => h.Writer.ExecuteAsync((db, ct) =>
            LedgerPosting.PostAsync(db, TopUp(card, funding, -1_000, "after-stop", stop.AddMinutes(1)), stop, ct)));
        Assert.Equal(10_000, await BalanceAsync(h, card));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_consistency_check_finds_a_tampered_balance(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (card, _) = await OpenCardAsync(h, initial: 10_000);
        await using var db = await h.DbAsync();
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);

        await db.Accounts.Where(a => a.Id == card).ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, 99_999));
        var report = await LedgerConsistencyCheck.RunAsync(db);
        Assert.False(report.IsConsistent);
        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal((card, 99_999L, 10_000L), (mismatch.AccountId, mismatch.CachedBalance, mismatch.PostedBalance));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Audit_records_and_journal_entries_cannot_be_edited(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await h.Writer.ExecuteAsync((db, _) =>
        {
            db.Record(Actor.System, h.Clock.GetUtcNow(), "test.action", "Test", "1", reason: "원본");
            return Task.CompletedTask;
        });
        await using var db = await h.DbAsync();
        var record = await db.AuditRecords.SingleAsync(a => a.Action == "test.action");
        record.Reason = "변조";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        Assert.Equal("원본", (await db.AuditRecords.SingleAsync(a => a.Action == "test.action")).Reason);
        db.AuditRecords.Remove(await db.AuditRecords.SingleAsync(a => a.Action == "test.action"));
        Assert.Contains("AuditRecord is append-only", (await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message);
        db.ChangeTracker.Clear();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "test.action"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Journal_entries_and_postings_cannot_be_edited_or_deleted(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var (card, _) = await OpenCardAsync(h, initial: 10_000);
        await using var db = await h.DbAsync();
        async Task<JournalEntry> EntryAsync() => await db.JournalEntries.Include(e => e.Postings).SingleAsync(e => e.IdempotencyKey == "initial");
        async Task RefusedAsync(string what, Action<JournalEntry> tamper)
        {
            tamper(await EntryAsync());
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Equal($"{what} is append-only.", refused.Message);
            db.ChangeTracker.Clear();
        }

        await RefusedAsync(nameof(JournalEntry), e => e.Description = "변조");
        // Deleted alone (its postings not loaded), so the refusal is about the entry itself.
        db.JournalEntries.Remove(await db.JournalEntries.SingleAsync(e => e.IdempotencyKey == "initial"));
        Assert.Equal("JournalEntry is append-only.", (await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message);
        db.ChangeTracker.Clear();
        await RefusedAsync(nameof(Posting), e => e.Postings.Single(p => p.AccountId == card).Amount = 99_999);
        await RefusedAsync(nameof(Posting), e => db.Postings.Remove(e.Postings.Single(p => p.AccountId == card)));

        var unchanged = await EntryAsync();
        Assert.Equal(("충전", 2), (unchanged.Description, unchanged.Postings.Count));
        Assert.Equal(10_000, unchanged.Postings.Single(p => p.AccountId == card).Amount);
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Demo_data_is_posted_through_the_ledger_and_stays_consistent(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 60);
        await using var db = await h.DbAsync();
        var report = await LedgerConsistencyCheck.RunAsync(db);
        Assert.True(report.IsConsistent, $"mismatches {report.Mismatches.Count}, unbalanced {report.UnbalancedEntries.Count}");
        Assert.True(report.EntriesChecked > 60 * 5);
        Assert.Equal(60, await db.Members.CountAsync());
        // Cashback was paid at 10 % or 6 % of a payment (000 캐시백).
        Assert.True(await db.JournalEntries.AnyAsync(e => e.Type == EntryType.CashbackAccrual));
    }
}
