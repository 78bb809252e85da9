using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Benchmarks;

/// <summary>
/// Member search (issue 16 item 2): each search as the portal runs it (<see cref="MemberQueries.SearchAsync"/>, EF Core)
/// beside the same query in hand-written SQL through ADO.NET returning the same rows (the baseline of its category,
/// so the Ratio column is EF's cost). Phone and card-number searches are audited by the portal (one audit row per
/// search, a durable write): "…Read" is the portal's query alone (<see cref="MemberQueries.FindAsync"/>), the
/// like-for-like comparison with the SQL. The setup checks that both sides return the same rows.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SearchBenchmarks
{
    private BenchDatabase _db = null!;
    private MemberQueries _queries = null!;
    private string _phone = "", _cardNumber = "", _cardHash = "", _name = "", _sharedName = "", _memberNo = "";

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
        await using var context = await _db.ContextAsync();
        // A member in the middle of the table; the most shared name of all (the "10,000 share a name" case at scale).
        var count = await context.Members.CountAsync();
        var member = await context.Members.AsNoTracking().Include(m => m.Cards).OrderBy(m => m.Id).Skip(count / 2).FirstAsync(m => m.Cards.Count > 0);
        _phone = member.Phone;
        _name = member.Name;
        _memberNo = member.MemberNo;
        _cardNumber = _db.Get<NumberKeyRing>().RevealNumber(member.Cards[0]);
        _cardHash = _db.Get<NumberKeyRing>().CardHash(_cardNumber);
        _sharedName = await context.Members.GroupBy(m => m.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();

        foreach (var (kind, value) in new[] { (MemberSearchKind.CardNumber, _cardNumber), (MemberSearchKind.Phone, _phone),
                     (MemberSearchKind.Name, _name), (MemberSearchKind.Name, _sharedName), (MemberSearchKind.MemberNo, _memberNo) })
        {
            var ef = await _queries.FindAsync(new MemberSearchCriteria(kind, value), 0, 20);
            var sql = await SqlSearchAsync(kind, kind == MemberSearchKind.CardNumber ? _cardHash : value);
            if (ef.Total != sql.Total || !ef.Rows.SequenceEqual(sql.Rows))
                throw new InvalidOperationException($"{kind} '{value}': EF and SQL differ ({ef.Total}/{ef.Rows.Count} vs {sql.Total}/{sql.Rows.Count}).");
            Console.WriteLine($"// {Provider} {kind}: {ef.Total} found, first page {ef.Rows.Count} rows, same in SQL");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _db.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Task<MemberSearchPage> Portal(MemberSearchKind kind, string value) =>
        _queries.SearchAsync(new MemberSearchCriteria(kind, value), 0, 20);

    private Task<MemberSearchPage> Read(MemberSearchKind kind, string value) =>
        _queries.FindAsync(new MemberSearchCriteria(kind, value), 0, 20);

    [Benchmark, BenchmarkCategory("CardNumber")] public Task<MemberSearchPage> CardNumber_Ef() => Portal(MemberSearchKind.CardNumber, _cardNumber);
    [Benchmark, BenchmarkCategory("CardNumber")] public Task<MemberSearchPage> CardNumber_EfRead() => Read(MemberSearchKind.CardNumber, _cardNumber);
    [Benchmark(Baseline = true), BenchmarkCategory("CardNumber")] public Task<MemberSearchPage> CardNumber_Sql() => SqlSearchAsync(MemberSearchKind.CardNumber, _db.Get<NumberKeyRing>().CardHash(_cardNumber));

    [Benchmark, BenchmarkCategory("Phone")] public Task<MemberSearchPage> Phone_Ef() => Portal(MemberSearchKind.Phone, _phone);
    [Benchmark, BenchmarkCategory("Phone")] public Task<MemberSearchPage> Phone_EfRead() => Read(MemberSearchKind.Phone, _phone);
    [Benchmark(Baseline = true), BenchmarkCategory("Phone")] public Task<MemberSearchPage> Phone_Sql() => SqlSearchAsync(MemberSearchKind.Phone, _phone);

    [Benchmark, BenchmarkCategory("Name")] public Task<MemberSearchPage> Name_Ef() => Portal(MemberSearchKind.Name, _name);
    [Benchmark(Baseline = true), BenchmarkCategory("Name")] public Task<MemberSearchPage> Name_Sql() => SqlSearchAsync(MemberSearchKind.Name, _name);

    [Benchmark, BenchmarkCategory("SharedName")] public Task<MemberSearchPage> SharedName_Ef() => Portal(MemberSearchKind.Name, _sharedName);
    [Benchmark(Baseline = true), BenchmarkCategory("SharedName")] public Task<MemberSearchPage> SharedName_Sql() => SqlSearchAsync(MemberSearchKind.Name, _sharedName);

    [Benchmark, BenchmarkCategory("MemberNo")] public Task<MemberSearchPage> MemberNo_Ef() => Portal(MemberSearchKind.MemberNo, _memberNo);
    [Benchmark(Baseline = true), BenchmarkCategory("MemberNo")] public Task<MemberSearchPage> MemberNo_Sql() => SqlSearchAsync(MemberSearchKind.MemberNo, _memberNo);

    /// <summary>
    /// The search in SQL: a count capped as the portal caps it (<see cref="MemberQueries.CountCap"/>), the first page of
    /// members ordered by member number, and their cards' last four digits.
    /// </summary>
    private async Task<MemberSearchPage> SqlSearchAsync(MemberSearchKind kind, string value)
    {
        var where = kind switch
        {
            MemberSearchKind.CardNumber => "\"Id\" IN (SELECT \"MemberId\" FROM \"Cards\" WHERE \"NumberHash\" = @v)",
            MemberSearchKind.Phone => "\"Phone\" = @v",
            MemberSearchKind.Name => "\"Name\" = @v",
            _ => "\"MemberNo\" = @v",
        };
        await using var connection = await _db.ConnectionAsync();
        var total = (int)await Sql.ScalarAsync(connection,
            $"SELECT COUNT(*) FROM (SELECT 1 FROM \"Members\" WHERE {where} LIMIT {MemberQueries.CountCap + 1}) AS capped", ("v", value));
        var rows = await Sql.ListAsync(connection,
            $"""
            SELECT m."Id", m."MemberNo", m."Name", m."Phone", m."JoinedAt", c."Last4"
            FROM (SELECT "Id", "MemberNo", "Name", "Phone", "JoinedAt" FROM "Members" WHERE {where} ORDER BY "MemberNo" LIMIT 20) AS m
            LEFT JOIN "Cards" AS c ON c."MemberId" = m."Id"
            ORDER BY m."MemberNo", c."Id"
            """,
            r => (Id: r.GetInt64(0), MemberNo: r.GetString(1), Name: r.GetString(2), Phone: r.GetString(3), JoinedAt: r.GetInt64(4),
                Last4: r.IsDBNull(5) ? null : r.GetString(5)),
            ("v", value));
        var page = rows.GroupBy(r => r.Id).Select(g =>
        {
            var first = g.First();
            var cards = g.Where(r => r.Last4 is not null).Select(r => r.Last4!).ToList();
            return new MemberSearchRow(first.Id, first.MemberNo, PersonalDataMask.Name(first.Name), PersonalDataMask.Phone(first.Phone),
                cards.Count, string.Join(", ", cards.Select(l => "*" + l)), new DateTimeOffset(first.JoinedAt, TimeSpan.Zero));
        }).ToList();
        return new MemberSearchPage(page, total);
    }

    internal static DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture),
        var other => throw new InvalidOperationException($"A date read as {other.GetType()}"),
    };
}
