using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>What a bulk seed did: the demo members before and after, what this run wrote and how long it took.</summary>
public sealed record BulkSeedResult(int MembersBefore, int MembersAfter, long Cards, long Accounts, long Entries, long Postings, TimeSpan Elapsed);

/// <summary>
/// <c>seed-demo --members N</c> for large volumes (issue 16 item 1): the same members, cards, accounts and histories as
/// <see cref="DemoDataGenerator"/> (the same generator code and the same random seeds per 500 members, every entry through
/// <see cref="LedgerPosting.Apply"/>), but written with raw bulk statements (<see cref="BulkTarget"/>: prepared inserts
/// on SQLite, binary COPY on PostgreSQL) in one transaction per batch instead of EF Core's change tracker.
/// <para><b>N is the size of the demo series</b>: afterwards members M00000001…M{N:D8} exist. The next member is found
/// from the data (the largest member number of the series), so a run that was interrupted (Ctrl-C, kill, a failed batch:
/// each batch commits whole or not at all) continues where it stopped when run again with the same N, and a second run
/// with the same N adds nothing. Ids are the largest id + 1 onwards, checked again inside every batch's transaction.</para>
/// <para>The next batch is generated on a second thread while the current one is written.</para>
/// </summary>
public static class BulkDemoSeeder
{
    /// <summary>Members per transaction. A multiple of the generator's 500 (its random seed unit).</summary>
    public const int DefaultBatchSize = 10_000;
    private const int SeedUnit = 500;
    /// <summary>The demo series: M00000001 … M89999999 (the fixed demo members of later issues are M9000xxxx).</summary>
    private const string SeriesFrom = "M00000000";
    private const string SeriesTo = "M90000000";

    public static async Task<BulkSeedResult> RunAsync(
        IServiceProvider services, DemoDataOptions options, TextWriter progressOutput, CancellationToken ct = default,
        int batchSize = DefaultBatchSize, Func<int, Task>? afterBatch = null, Action<string>? beforeTable = null)
    {
        if (batchSize <= 0 || batchSize % SeedUnit != 0) throw new ArgumentOutOfRangeException(nameof(batchSize), $"A multiple of {SeedUnit}.");
        var database = services.GetRequiredService<DatabaseOptions>();
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var numbers = services.GetRequiredService<NumberKeyRing>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await DemoDataGenerator.EnsureMerchantsAsync(services.GetRequiredService<DbWriter>());

        DemoTables tables;
        Dictionary<string, CardProgram> programs;
        List<Merchant> merchants;
        Dictionary<AccountKind, Account> system;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            tables = DemoTables.From(db);
            programs = await db.Programs.AsNoTracking().Include(p => p.Policies).ToDictionaryAsync(p => p.Code, ct);
            merchants = await db.Merchants.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
            system = await db.Accounts.AsNoTracking().Where(a => a.SystemCode != null).ToDictionaryAsync(a => a.Kind, ct);
        }

        await using var target = await BulkTarget.OpenAsync(database, ct);
        var before = await LastSeriesNumberAsync(target, ct);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var progress = new SeedProgress(progressOutput, before, options.Members);
        long cards = 0, accounts = 0, entries = 0, postings = 0;
        var done = before;
        if (before < options.Members)
        {
            var ids = new IdCursor(
                await MaxIdAsync(target, tables.Members, ct), await MaxIdAsync(target, tables.Cards, ct), await MaxIdAsync(target, tables.Accounts, ct),
                await MaxIdAsync(target, tables.Entries, ct), await MaxIdAsync(target, tables.Postings, ct));
            var systemVersions = system.Values.ToDictionary(a => a.Id, a => a.Version);

            // Generation (CPU: encryption, histories) runs one batch ahead of the writer (database).
            var channel = Channel.CreateBounded<DemoBatch>(1);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var producer = Task.Run(async () =>
            {
                try
                {
                    for (var first = before + 1; first <= options.Members; first += batchSize)
                    {
                        var count = Math.Min(batchSize, options.Members - first + 1);
                        var batch = Generate(first, count, options.Seed, now, ids, programs, merchants, system, numbers);
                        await channel.Writer.WriteAsync(batch, stop.Token);
                    }
                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            }, CancellationToken.None);

            var finished = false;
            try
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(ct))
                {
                    ct.ThrowIfCancellationRequested();
                    await WriteBatchAsync(target, tables, batch, systemVersions, beforeTable, ct);
                    foreach (var (id, version) in batch.SystemAccounts) systemVersions[id] = version.Version;
                    done = batch.FirstSeq + batch.Members.Count - 1;
                    cards += batch.Cards.Count;
                    accounts += batch.Accounts.Count;
                    entries += batch.Entries.Count;
                    postings += batch.Postings.Count;
                    progress.Report(done);
                    if (afterBatch is not null) await afterBatch(done);
                }
                finished = true;
            }
            finally
            {
                await stop.CancelAsync();
                try { await producer; } catch (OperationCanceledException) { }
                progress.End();
                try
                {
                    await target.FinishAsync(CancellationToken.None);
                }
                catch (Exception) when (!finished)
                {
                    // The failure that stopped the seed is the one to report (a broken connection cannot restore anything).
                }
            }
        }
        return new BulkSeedResult(before, done, cards, accounts, entries, postings, started.Elapsed);
    }

    /// <summary>The number of the last demo-series member (M00001234 → 1234), 0 when there is none.</summary>
    private static async Task<int> LastSeriesNumberAsync(BulkTarget target, CancellationToken ct)
    {
        await using var command = target.Connection.CreateCommand();
        command.CommandText = "SELECT MAX(\"MemberNo\") FROM \"Members\" WHERE \"MemberNo\" > @from AND \"MemberNo\" < @to";
        AddParameter(command, "from", SeriesFrom);
        AddParameter(command, "to", SeriesTo);
        var last = await command.ExecuteScalarAsync(ct) as string;
        return last is { Length: 9 } && int.TryParse(last.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Task<long> MaxIdAsync(BulkTarget target, BulkTable table, CancellationToken ct, DbTransaction? transaction = null) =>
        target.ScalarAsync($"SELECT COALESCE(MAX(\"Id\"), 0) FROM {table.QuotedName}", transaction, ct);

    private static async Task WriteBatchAsync(BulkTarget target, DemoTables tables, DemoBatch batch, Dictionary<long, long> systemVersions,
        Action<string>? beforeTable, CancellationToken ct)
    {
        await using var transaction = await target.Connection.BeginTransactionAsync(ct);
        // The ids were given ahead of time: nobody may have written rows past them since the run started.
        foreach (var (table, first) in new[]
                 {
                     (tables.Members, batch.FirstIds.Member), (tables.Cards, batch.FirstIds.Card), (tables.Accounts, batch.FirstIds.Account),
                     (tables.Entries, batch.FirstIds.Entry), (tables.Postings, batch.FirstIds.Posting),
                 })
        {
            if (await MaxIdAsync(target, table, ct, transaction) >= first)
                throw new InvalidOperationException($"{table.Name}: rows were added by someone else during the seed; run seed-demo again to continue.");
        }

        beforeTable?.Invoke(tables.Members.Name);
        await target.WriteAsync(tables.Members, batch.Members, transaction, ct);
        beforeTable?.Invoke(tables.Cards.Name);
        await target.WriteAsync(tables.Cards, batch.Cards, transaction, ct);
        beforeTable?.Invoke(tables.Accounts.Name);
        await target.WriteAsync(tables.Accounts, batch.Accounts, transaction, ct);
        beforeTable?.Invoke(tables.Entries.Name);
        await target.WriteAsync(tables.Entries, batch.Entries, transaction, ct);
        beforeTable?.Invoke(tables.Postings.Name);
        await target.WriteAsync(tables.Postings, batch.Postings, transaction, ct);

        // The operator accounts took the other side of every posting: their cached balance moves with them, guarded by
        // their version like any ledger write (a portal writing at the same time makes the batch fail, not the ledger drift).
        foreach (var (id, after) in batch.SystemAccounts)
        {
            var updated = await target.ExecuteAsync(
                "UPDATE \"Accounts\" SET \"Balance\" = @balance, \"Version\" = @version WHERE \"Id\" = @id AND \"Version\" = @expected",
                transaction, ct, ("balance", after.Balance), ("version", after.Version), ("id", id), ("expected", systemVersions[id]));
            if (updated != 1) throw new InvalidOperationException($"Operator account {id} changed during the seed; run seed-demo again to continue.");
        }
        await target.AfterBatchAsync(tables, transaction, ct);
        ct.ThrowIfCancellationRequested();
        await transaction.CommitAsync(ct);
    }

    private static DemoBatch Generate(int firstSeq, int count, int seed, DateTimeOffset now, IdCursor ids,
        Dictionary<string, CardProgram> programs, List<Merchant> merchants, Dictionary<AccountKind, Account> system, NumberKeyRing numbers)
    {
        var batch = new DemoBatch(firstSeq, ids.Snapshot());
        // Per 500 members one Random, seeded and consumed exactly as DemoDataGenerator does: the same N gives the same data.
        for (var unit = firstSeq; unit < firstSeq + count; unit += SeedUnit)
        {
            var r = new Random(seed + unit);
            var n = Math.Min(SeedUnit, firstSeq + count - unit);
            var people = new List<DemoDataGenerator.DemoMember>(n);
            for (var i = 0; i < n; i++)
            {
                var person = DemoDataGenerator.NewMember(r, unit + i, now, programs, numbers);
                var member = person.Member;
                member.Id = ++ids.Member;
                foreach (var card in member.Cards)
                {
                    card.Id = ++ids.Card;
                    card.MemberId = member.Id;
                }
                people.Add(person);
            }
            foreach (var p in people)
            {
                p.Emoney = new Account { Id = ++ids.Account, MemberId = p.Member.Id, Kind = AccountKind.Emoney };
                p.Cashback = new Account { Id = ++ids.Account, MemberId = p.Member.Id, Kind = AccountKind.Cashback };
                foreach (var card in p.Member.Cards)
                    p.CardAccounts.Add(new Account { Id = ++ids.Account, MemberId = p.Member.Id, CardId = card.Id, Card = card, Kind = AccountKind.CardBalance });
            }
            foreach (var p in people)
            {
                foreach (var entry in new MemberHistory(r, p, system, merchants, programs, now).Generate())
                {
                    entry.Id = ++ids.Entry;
                    batch.Entries.Add(entry);
                    foreach (var posting in entry.Postings)
                    {
                        posting.Id = ++ids.Posting;
                        posting.JournalEntryId = entry.Id;
                        batch.Postings.Add(posting);
                    }
                }
            }
            foreach (var p in people)
            {
                batch.Members.Add(p.Member);
                batch.Cards.AddRange(p.Member.Cards);
                batch.Accounts.AddRange([p.Emoney, p.Cashback, .. p.CardAccounts]);
            }
        }
        foreach (var account in system.Values) batch.SystemAccounts[account.Id] = (account.Balance, account.Version);
        return batch;
    }

    private sealed class IdCursor(long member, long card, long account, long entry, long posting)
    {
        public long Member = member;
        public long Card = card;
        public long Account = account;
        public long Entry = entry;
        public long Posting = posting;

        /// <summary>The first ids the next rows get.</summary>
        public IdCursor Snapshot() => new(Member + 1, Card + 1, Account + 1, Entry + 1, Posting + 1);
    }

    private sealed class DemoBatch(int firstSeq, IdCursor firstIds)
    {
        public int FirstSeq { get; } = firstSeq;
        public IdCursor FirstIds { get; } = firstIds;
        public List<object> Members { get; } = [];
        public List<object> Cards { get; } = [];
        public List<object> Accounts { get; } = [];
        public List<object> Entries { get; } = [];
        public List<object> Postings { get; } = [];
        /// <summary>Each operator account's balance and version after this batch.</summary>
        public Dictionary<long, (long Balance, long Version)> SystemAccounts { get; } = [];
    }
}
