using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Benchmarks;

/// <summary>
/// The member page (issue 16 item 2): the header and cards (<see cref="MemberQueries.GetAsync"/>), the first page of the
/// history and its deepest page (<see cref="MemberQueries.GetTransactionsAsync"/>, keyset), each beside hand-written SQL
/// returning the same rows (checked in the setup). Also the whole ledger, newest first, at row 1,000,000 (or half the
/// ledger on a smaller database) with the same keyset shape: the portal has no whole-ledger screen (the deepest a
/// finance user pages is a member's or account's history), so this is the keyset query at that depth.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MemberPageBenchmarks
{
    private BenchDatabase _db = null!;
    private MemberQueries _queries = null!;
    private long _memberId;
    private TransactionCursor? _deepCursor;
    private TransactionCursor _ledgerCursor = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    public static IEnumerable<string> Providers() => BenchDatabase.Providers();

    // Synchronous on purpose: the in-process toolchain did not wait for an async setup (the PostgreSQL cases ran on
    // unset fields, 2026-12-02).
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _db = await BenchDatabase.OpenAsync(Provider);
        _queries = _db.Get<MemberQueries>();
        // The targets are found once per database (a scan of every posting: seconds on 38 million), not per benchmark case.
        if (Targets.TryGetValue(Provider, out var known))
        {
            (_memberId, _ledgerCursor, _deepCursor) = known;
            return;
        }
        await using (var context = await _db.ContextAsync())
        {
            // The member with the longest history.
            _memberId = await context.Postings.Where(p => p.Account!.MemberId != null).GroupBy(p => p.Account!.MemberId)
                .OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
            var postings = await context.Postings.CountAsync();
            var depth = Math.Min(1_000_000, postings / 2);
            var at = await context.Postings.OrderByDescending(p => p.JournalEntry!.OccurredAt).ThenByDescending(p => p.Id)
                .Skip(depth - 1).Select(p => new { p.JournalEntry!.OccurredAt, p.Id }).FirstAsync();
            _ledgerCursor = new TransactionCursor(at.OccurredAt, at.Id);
            Console.WriteLine($"// {Provider}: {postings:N0} postings, ledger page after row {depth:N0}");
        }
        var page = await _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), null, 20);
        var pages = 1;
        while (page.Next is { } next)
        {
            var following = await _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), next, 20);
            if (following.Rows.Count == 0) break;
            _deepCursor = next;
            page = following;
            pages++;
        }
        Console.WriteLine($"// {Provider}: member {_memberId}, {pages} history pages of 20");

        Same("member page", Compare(await MemberPage_Ef(), await MemberPage_Sql()));
        Same("first history page", (await FirstHistoryPage_Ef()).Rows.SequenceEqual((await FirstHistoryPage_Sql()).Rows));
        Same("deepest history page", (await DeepestHistoryPage_Ef()).Rows.SequenceEqual((await DeepestHistoryPage_Sql()).Rows));
        Same("ledger page", (await LedgerPageAtDepth_Ef()).SequenceEqual(await LedgerPageAtDepth_Sql()));
        Targets[Provider] = (_memberId, _ledgerCursor, _deepCursor);
    }

    private static readonly Dictionary<string, (long MemberId, TransactionCursor Ledger, TransactionCursor? Deep)> Targets = [];

    private static void Same(string what, bool same)
    {
        if (!same) throw new InvalidOperationException($"EF and SQL differ: {what}");
    }

    private static bool Compare(MemberDetail? a, MemberDetail? b) =>
        a is not null && b is not null && a with { Cards = [] } == b with { Cards = [] } && a.Cards.SequenceEqual(b.Cards);

    [GlobalCleanup]
    public void Cleanup() => _db.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark, BenchmarkCategory("MemberPage")]
    public Task<MemberDetail?> MemberPage_Ef() => _queries.GetAsync(_memberId);

    [Benchmark(Baseline = true), BenchmarkCategory("MemberPage")]
    public async Task<MemberDetail?> MemberPage_Sql()
    {
        await using var connection = await _db.ConnectionAsync();
        var members = await Sql.ListAsync(connection,
            """
            SELECT "Id", "MemberNo", "Name", "Phone", "BirthDate", "Email", "Address", "BankName", "BankAccountLast4", "BankAccountHolder",
                   "IsForeigner", "HasAlienRegistration", "IncomeDeductionRegisteredAt", "JoinedAt", "Status"
            FROM "Members" WHERE "Id" = @id
            """,
            r => (Id: r.GetInt64(0), MemberNo: r.GetString(1), Name: r.GetString(2), Phone: r.GetString(3), BirthDate: SearchBenchmarks.ReadDate(r, 4),
                Email: r.GetString(5), Address: r.GetString(6), BankName: r.GetString(7), Last4: r.GetString(8), Holder: r.GetString(9),
                IsForeigner: r.GetBoolean(10), HasAlien: r.GetBoolean(11), Deduction: r.IsDBNull(12) ? (long?)null : r.GetInt64(12),
                JoinedAt: r.GetInt64(13), Status: (MemberStatus)r.GetInt32(14)),
            ("id", _memberId));
        if (members.Count == 0) return null;
        var m = members[0];
        var accounts = await Sql.ListAsync(connection, """SELECT "Kind", "CardId", "Balance" FROM "Accounts" WHERE "MemberId" = @id""",
            r => (Kind: (AccountKind)r.GetInt32(0), CardId: r.IsDBNull(1) ? (long?)null : r.GetInt64(1), Balance: r.GetInt64(2)), ("id", _memberId));
        var cards = await Sql.ListAsync(connection,
            """
            SELECT c."Id", c."Last4", p."Name", c."Status", c."IsNamed", c."IsRegistered", c."IsMain", c."Design", c."IssuedOn", c."FirstUsedOn",
                   c."ExpiresOn", c."StoppedAt", c."ReplacesCardId"
            FROM "Cards" AS c JOIN "Programs" AS p ON p."Id" = c."ProgramId"
            WHERE c."MemberId" = @id
            ORDER BY c."IsMain" DESC, c."IssuedOn" DESC, c."Id"
            """,
            r => (Id: r.GetInt64(0), Last4: r.GetString(1), Program: r.GetString(2), Status: (CardStatus)r.GetInt32(3), IsNamed: r.GetBoolean(4),
                IsRegistered: r.GetBoolean(5), IsMain: r.GetBoolean(6), Design: r.GetString(7), IssuedOn: SearchBenchmarks.ReadDate(r, 8),
                FirstUsedOn: r.IsDBNull(9) ? (DateOnly?)null : SearchBenchmarks.ReadDate(r, 9), ExpiresOn: SearchBenchmarks.ReadDate(r, 10),
                StoppedAt: r.IsDBNull(11) ? (long?)null : r.GetInt64(11), Replaces: r.IsDBNull(12) ? (long?)null : r.GetInt64(12)),
            ("id", _memberId));
        var cardBalances = accounts.Where(a => a.CardId != null).ToDictionary(a => a.CardId!.Value, a => a.Balance);
        long Sum(AccountKind kind) => accounts.Where(a => a.Kind == kind && a.CardId == null).Sum(a => a.Balance);
        static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);
        return new MemberDetail(
            m.Id, m.MemberNo, PersonalDataMask.Name(m.Name), PersonalDataMask.Phone(m.Phone), PersonalDataMask.BirthDate(m.BirthDate),
            PersonalDataMask.Email(m.Email), PersonalDataMask.Address(m.Address), m.BankName, PersonalDataMask.AccountLast4(m.Last4),
            m.Last4.Length > 0 && string.Equals(m.Holder, m.Name, StringComparison.Ordinal), m.IsForeigner, m.HasAlien,
            m.Deduction is { } d ? At(d) : null, At(m.JoinedAt),
            m.Status == MemberStatus.Active ? "정상" : m.Status == MemberStatus.Suspended ? "자격 정지" : "탈퇴",
            cards.Select(c => new CardSummary(c.Id, CardNumber.Mask(c.Last4), c.Last4, c.Program, c.Status, c.IsNamed, c.IsRegistered, c.IsMain,
                c.Design, c.IssuedOn, c.FirstUsedOn, c.ExpiresOn, c.StoppedAt is { } s ? At(s) : null, c.Replaces,
                cardBalances.GetValueOrDefault(c.Id))).ToList(),
            new MemberBalances(cardBalances.Values.Sum(), Sum(AccountKind.Emoney), Sum(AccountKind.Cashback), Sum(AccountKind.RefundHold)));
    }

    [Benchmark, BenchmarkCategory("FirstHistoryPage")]
    public Task<TransactionPage> FirstHistoryPage_Ef() => _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), null, 20);

    [Benchmark(Baseline = true), BenchmarkCategory("FirstHistoryPage")]
    public Task<TransactionPage> FirstHistoryPage_Sql() => HistorySqlAsync(null);

    [Benchmark, BenchmarkCategory("DeepestHistoryPage")]
    public Task<TransactionPage> DeepestHistoryPage_Ef() => _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), _deepCursor, 20);

    [Benchmark(Baseline = true), BenchmarkCategory("DeepestHistoryPage")]
    public Task<TransactionPage> DeepestHistoryPage_Sql() => HistorySqlAsync(_deepCursor);

    /// <summary>The history query of <see cref="MemberQueries.GetTransactionsAsync"/> in SQL: 21 rows tell whether a next page exists.</summary>
    private async Task<TransactionPage> HistorySqlAsync(TransactionCursor? after)
    {
        await using var connection = await _db.ConnectionAsync();
        var keyset = after is null ? "" : """AND e."OccurredAt" <= @t AND (e."OccurredAt" < @t OR (e."OccurredAt" = @t AND p."Id" < @p))""";
        var rows = await Sql.ListAsync(connection,
            $"""
            SELECT p."Id", p."JournalEntryId", e."OccurredAt", e."Type", a."Kind", c."Last4", p."Amount", p."BalanceAfter", mer."Name",
                   e."Description", e."ActorName", e."Reference"
            FROM "Postings" AS p
            JOIN "Accounts" AS a ON a."Id" = p."AccountId"
            JOIN "JournalEntries" AS e ON e."Id" = p."JournalEntryId"
            LEFT JOIN "Cards" AS c ON c."Id" = a."CardId"
            LEFT JOIN "Merchants" AS mer ON mer."Id" = e."MerchantId"
            WHERE a."MemberId" = @m AND a."Kind" < @k {keyset}
            ORDER BY e."OccurredAt" DESC, p."Id" DESC
            LIMIT 21
            """,
            ReadRow,
            after is null
                ? [("m", _memberId), ("k", (int)AccountKind.FundingClearing)]
                : [("m", _memberId), ("k", (int)AccountKind.FundingClearing), ("t", after.OccurredAt.UtcTicks), ("p", after.PostingId)]);
        var page = rows.Take(20).ToList();
        return new TransactionPage(page, rows.Count > 20 ? new TransactionCursor(page[^1].OccurredAt, page[^1].PostingId) : null);
    }

    private static TransactionRow ReadRow(DbDataReader r)
    {
        var kind = (AccountKind)r.GetInt32(4);
        return new TransactionRow(r.GetInt64(0), r.GetInt64(1), new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero), (EntryType)r.GetInt32(3),
            kind == AccountKind.CardBalance ? $"카드 *{(r.IsDBNull(5) ? null : r.GetString(5))}" : EntryTypeNames.Of(kind),
            r.GetInt64(6), r.GetInt64(7), r.IsDBNull(8) ? null : r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11));
    }

    [Benchmark, BenchmarkCategory("LedgerPageAtDepth")]
    public async Task<List<TransactionRow>> LedgerPageAtDepth_Ef()
    {
        await using var db = await _db.ContextAsync();
        var after = _ledgerCursor;
        var rows = await db.Postings.AsNoTracking()
            .Where(p => p.JournalEntry!.OccurredAt <= after.OccurredAt) // as MemberQueries: the plain bound PostgreSQL can seek on
            .Where(p => p.JournalEntry!.OccurredAt < after.OccurredAt || (p.JournalEntry!.OccurredAt == after.OccurredAt && p.Id < after.PostingId))
            .OrderByDescending(p => p.JournalEntry!.OccurredAt).ThenByDescending(p => p.Id)
            .Take(20)
            .Select(p => new
            {
                p.Id,
                p.JournalEntryId,
                p.JournalEntry!.OccurredAt,
                p.JournalEntry.Type,
                p.Account!.Kind,
                CardLast4 = p.Account.Card!.Last4,
                p.Amount,
                p.BalanceAfter,
                Merchant = p.JournalEntry.Merchant!.Name,
                p.JournalEntry.Description,
                p.JournalEntry.ActorName,
                p.JournalEntry.Reference,
            })
            .ToListAsync();
        return rows.Select(r => new TransactionRow(r.Id, r.JournalEntryId, r.OccurredAt, r.Type,
            r.Kind == AccountKind.CardBalance ? $"카드 *{r.CardLast4}" : EntryTypeNames.Of(r.Kind),
            r.Amount, r.BalanceAfter, r.Merchant, r.Description, r.ActorName, r.Reference)).ToList();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("LedgerPageAtDepth")]
    public async Task<List<TransactionRow>> LedgerPageAtDepth_Sql()
    {
        await using var connection = await _db.ConnectionAsync();
        return await Sql.ListAsync(connection,
            """
            SELECT p."Id", p."JournalEntryId", e."OccurredAt", e."Type", a."Kind", c."Last4", p."Amount", p."BalanceAfter", mer."Name",
                   e."Description", e."ActorName", e."Reference"
            FROM "Postings" AS p
            JOIN "JournalEntries" AS e ON e."Id" = p."JournalEntryId"
            JOIN "Accounts" AS a ON a."Id" = p."AccountId"
            LEFT JOIN "Cards" AS c ON c."Id" = a."CardId"
            LEFT JOIN "Merchants" AS mer ON mer."Id" = e."MerchantId"
            WHERE e."OccurredAt" <= @t AND (e."OccurredAt" < @t OR (e."OccurredAt" = @t AND p."Id" < @p))
            ORDER BY e."OccurredAt" DESC, p."Id" DESC
            LIMIT 20
            """,
            ReadRow, ("t", _ledgerCursor.OccurredAt.UtcTicks), ("p", _ledgerCursor.PostingId));
    }
}
