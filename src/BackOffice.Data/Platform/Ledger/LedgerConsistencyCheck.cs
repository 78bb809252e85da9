using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Ledger;

public sealed record BalanceMismatch(long AccountId, AccountKind Kind, long? MemberId, long CachedBalance, long PostedBalance);

public sealed record UnbalancedEntry(long EntryId, string IdempotencyKey, long Sum);

public sealed record ConsistencyReport(
    int AccountsChecked, long EntriesChecked, IReadOnlyList<BalanceMismatch> Mismatches,
    IReadOnlyList<UnbalancedEntry> UnbalancedEntries, long NegativeMemberBalances, long GrandTotal,
    IReadOnlyList<LotMismatch>? LotMismatches = null)
{
    public bool IsConsistent => Mismatches.Count == 0 && UnbalancedEntries.Count == 0 && NegativeMemberBalances == 0 && GrandTotal == 0
        && (LotMismatches is null || LotMismatches.Count == 0);
}

/// <summary>
/// Recomputes every balance from its postings and compares it with the cached balance; checks that every
/// entry sums to zero, that no member balance is negative, that all postings together sum to zero, and that the
/// open lots of every credits and points account add up to its balance.
/// </summary>
public static class LedgerConsistencyCheck
{
    public static async Task<ConsistencyReport> RunAsync(AppDbContext db, CancellationToken ct = default)
    {
        // Set-based (issue 16 item 3): the database sums the postings per account and compares them with the cached balances;
        // only the mismatches come back, so 20,000,000 postings and millions of accounts never travel to the process.
        var posted = db.Postings.GroupBy(p => p.AccountId).Select(g => new { AccountId = g.Key, Sum = g.Sum(p => p.Amount) });
        var mismatches = (await (from a in db.Accounts
                                 join s in posted on a.Id equals s.AccountId into joined
                                 from s in joined.DefaultIfEmpty()
                                 select new { a.Id, a.Kind, a.MemberId, a.Balance, Posted = (long?)s!.Sum })
                .Where(x => x.Balance != (x.Posted ?? 0))
                .OrderBy(x => x.Id)
                .ToListAsync(ct))
            .Select(x => new BalanceMismatch(x.Id, x.Kind, x.MemberId, x.Balance, x.Posted ?? 0))
            .ToList();
        var accountsChecked = await db.Accounts.CountAsync(ct);

        var unbalanced = await db.Postings.GroupBy(p => p.JournalEntryId)
            .Select(g => new { EntryId = g.Key, Sum = g.Sum(p => p.Amount) })
            .Where(x => x.Sum != 0)
            .Join(db.JournalEntries, x => x.EntryId, e => e.Id, (x, e) => new UnbalancedEntry(e.Id, e.IdempotencyKey, x.Sum))
            .ToListAsync(ct);

        var negative = await db.Accounts.LongCountAsync(a => a.Kind < AccountKind.FundingClearing && a.Balance < 0, ct);
        var entries = await db.JournalEntries.LongCountAsync(ct);
        var grandTotal = await db.Postings.SumAsync(p => (long?)p.Amount, ct) ?? 0;

        // Credits and points are also kept in lots (issue 15): their open lots must add up to the balance.
        var lots = await LotLedger.CheckAsync(db, ct);
        return new ConsistencyReport(accountsChecked, entries, mismatches, unbalanced, negative, grandTotal, lots);
    }
}
