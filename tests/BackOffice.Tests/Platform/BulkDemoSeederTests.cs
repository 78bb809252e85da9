using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>
/// Issue 16 item 1: <c>seed-demo</c>'s bulk path (prepared inserts on SQLite, binary COPY on PostgreSQL) writes the demo
/// generator's data with a consistent ledger, the portal's own queries find it, the portal keeps writing afterwards without
/// id collisions, and an interrupted seed resumes without doubling anyone. Small N here; the million is measured in
/// docs/benchmarks.md ("Volume: a million members").
/// </summary>
public class BulkDemoSeederTests
{
    /// <summary>2,000 in CI (a few seconds per provider); <c>BACKOFFICE_LONG_VOLUME=1</c>: 100,000.</summary>
    private static readonly int Members = Environment.GetEnvironmentVariable("BACKOFFICE_LONG_VOLUME") == "1" ? 100_000 : 2000;
    /// <summary>Four batches in each test (a multiple of the generator's 500).</summary>
    private static readonly int Batch = Members / 4;

    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bulk_seed_is_consistent_found_by_the_portals_searches_and_the_portal_writes_after_it(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var progress = new StringWriter();

        var result = await BulkDemoSeeder.RunAsync(h.Services, new DemoDataOptions { Members = Members, Seed = 7 }, progress, batchSize: Batch);

        Assert.Equal((0, Members), (result.MembersBefore, result.MembersAfter));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{Members:N0} / {Members:N0} members"), progress.ToString(), StringComparison.Ordinal);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(Members, await db.Members.CountAsync());
            Assert.Equal(result.Cards, await db.Cards.CountAsync());
            Assert.InRange(result.Cards, Members, 2 * Members);
            Assert.Equal(result.Entries, await db.JournalEntries.CountAsync());
            Assert.Equal(result.Postings, await db.Postings.CountAsync());
            Assert.True(await db.Members.AllAsync(m => db.Accounts.Count(a => a.MemberId == m.Id) >= 3), "e-money, cashback and a card account each");
            // Histories of varying length: the busiest member has clearly more entries than the quietest.
            var perMember = await db.Postings.Where(p => p.Account!.MemberId != null).GroupBy(p => p.Account!.MemberId).Select(g => g.Count()).ToListAsync();
            Assert.True(perMember.Max() >= 2 * perMember.Min(), $"history lengths {perMember.Min()}…{perMember.Max()}");
            Assert.Equal(Members / 10, await db.Members.CountAsync(m => m.Name == "김민준")); // the shared name
            var report = await LedgerConsistencyCheck.RunAsync(db);
            Assert.True(report.IsConsistent, $"mismatches {report.Mismatches.Count}, unbalanced {report.UnbalancedEntries.Count}, total {report.GrandTotal}");
            Assert.Equal(result.Entries, report.EntriesChecked);
        }

        // The portal's own searches find the seeded members (the known member 1 and the last one).
        var queries = h.Get<MemberQueries>();
        foreach (var criteria in new[]
                 {
                     new MemberSearchCriteria(MemberSearchKind.CardNumber, CardNumber.WithCheckDigit("941022000000001")),
                     new MemberSearchCriteria(MemberSearchKind.Phone, "01012345678"),
                     new MemberSearchCriteria(MemberSearchKind.Name, "홍길동"),
                     new MemberSearchCriteria(MemberSearchKind.MemberNo, "M00000001"),
                 })
        {
            Assert.Single((await queries.SearchAsync(criteria, 0, 20)).Rows, r => r.MemberNo == "M00000001");
        }
        var last = await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.MemberNo, $"M{Members:D8}"), 0, 20);
        Assert.Single(last.Rows);
        var shared = await queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Name, "김민준"), 0, 20);
        Assert.Equal(20, shared.Rows.Count);
        var detail = await queries.GetAsync(last.Rows[0].Id);
        Assert.NotNull(detail);

        // The portal writes after the seed: a member, a card, an account and a journal entry get fresh ids (on PostgreSQL
        // the identity sequences were moved past the copied ids; without that these inserts collide).
        var numbers = h.Get<NumberKeyRing>();
        long newMemberId = 0;
        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var member = new Member { MemberNo = "M90009999", Name = "새회원", Phone = "01099998888", JoinedAt = h.Clock.GetUtcNow() };
            var card = new Card
            {
                ProgramId = await db.Programs.Where(p => p.Code == ProgramPresets.LocalCurrency).Select(p => p.Id).SingleAsync(ct),
                Design = "서로e음 기본",
                IssuedOn = h.Clock.TodayKst(),
                ExpiresOn = h.Clock.TodayKst().AddYears(5),
            };
            numbers.SetNumber(card, CardNumber.WithCheckDigit("941022700000001"));
            member.Cards.Add(card);
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);
            db.Accounts.Add(new Account { MemberId = member.Id, CardId = card.Id, Kind = AccountKind.CardBalance });
            await db.SaveChangesAsync(ct);
            newMemberId = member.Id;
        });
        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var account = await db.Accounts.SingleAsync(a => a.MemberId == newMemberId, ct);
            var funding = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct);
            await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.TopUp, "test:after-bulk-seed", h.Clock.GetUtcNow(), Actor.System, "test", "충전",
                [new PostingLine(account.Id, 30_000), new PostingLine(funding, -30_000)]), h.Clock.GetUtcNow(), ct);
        });
        await using (var db = await h.DbAsync())
        {
            Assert.True(newMemberId > await db.Members.Where(m => m.MemberNo != "M90009999").MaxAsync(m => m.Id));
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
        }

        // The same N again adds nobody.
        var again = await BulkDemoSeeder.RunAsync(h.Services, new DemoDataOptions { Members = Members, Seed = 7 }, new StringWriter());
        Assert.Equal((Members, Members, 0L), (again.MembersBefore, again.MembersAfter, again.Entries));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_seed_stopped_between_batches_or_failing_inside_one_continues_where_it_stopped_without_doubles(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var options = new DemoDataOptions { Members = Members, Seed = 7 };

        // Ctrl-C after the second batch: the next batch never starts.
        using (var cancel = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BulkDemoSeeder.RunAsync(h.Services, options, new StringWriter(), cancel.Token,
                batchSize: Batch, afterBatch: done => done == 2 * Batch ? cancel.CancelAsync() : Task.CompletedTask));
        }
        Assert.Equal(2 * Batch, await SeriesCountAsync(h));

        // A batch that fails half-way (members, cards and accounts written, its postings not): rolled back whole.
        var batches = 0;
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkDemoSeeder.RunAsync(h.Services, options, new StringWriter(), batchSize: Batch,
            beforeTable: table =>
            {
                if (table == "Members") batches++;
                if (batches == 2 && table == "Postings") throw new InvalidOperationException("the disk is full (test)");
            }));
        Assert.Equal("the disk is full (test)", failure.Message);
        Assert.Equal(3 * Batch, await SeriesCountAsync(h));
        await using (var db = await h.DbAsync())
        {
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
            Assert.Equal(0, await db.Cards.CountAsync(c => !db.Members.Any(m => m.Id == c.MemberId)));
        }

        var progress = new StringWriter();
        var resumed = await BulkDemoSeeder.RunAsync(h.Services, options, progress, batchSize: Batch);

        Assert.Equal((3 * Batch, Members), (resumed.MembersBefore, resumed.MembersAfter));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{3 * Batch:N0} members already there, continuing"), progress.ToString(), StringComparison.Ordinal);
        await using (var db = await h.DbAsync())
        {
            var numbers = await db.Members.Select(m => m.MemberNo).ToListAsync();
            Assert.Equal(Enumerable.Range(1, Members).Select(i => $"M{i:D8}"), numbers.Order(StringComparer.Ordinal));
            Assert.Equal(await db.JournalEntries.CountAsync(), await db.JournalEntries.Select(e => e.IdempotencyKey).Distinct().CountAsync());
            Assert.True(await db.Members.AllAsync(m => db.Accounts.Any(a => a.MemberId == m.Id && a.Kind == AccountKind.Emoney)));
            var report = await LedgerConsistencyCheck.RunAsync(db);
            Assert.True(report.IsConsistent, $"mismatches {report.Mismatches.Count}, unbalanced {report.UnbalancedEntries.Count}");
        }
    }

    /// <summary>The bulk path writes what the EF Core path writes: same members, cards, histories and balances (SQLite, 1,000 members).</summary>
    [Fact]
    public async Task The_bulk_path_writes_the_same_demo_data_as_the_EF_Core_generator()
    {
        await using var ef = await Harness.StartAsync("sqlite", demoMembers: 1000);
        await using var bulk = await Harness.StartAsync("sqlite");
        await BulkDemoSeeder.RunAsync(bulk.Services, new DemoDataOptions { Members = 1000, Seed = 7 }, new StringWriter(), batchSize: 500);

        Assert.Equal(await ShapeAsync(ef), await ShapeAsync(bulk));
    }

    private static async Task<string> ShapeAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        var members = await db.Members.OrderBy(m => m.MemberNo)
            .Select(m => new { m.MemberNo, m.Name, m.Phone, m.BirthDate, m.BankAccountLast4, m.JoinedAt, Cards = m.Cards.OrderBy(c => c.NumberHash).Select(c => c.NumberHash + c.Design + c.ExpiresOn).ToList() })
            .ToListAsync();
        var balances = await db.Accounts.Where(a => a.MemberId != null).GroupBy(a => a.Member!.MemberNo)
            .Select(g => new { g.Key, Sum = g.Sum(a => a.Balance), Count = g.Count() }).OrderBy(x => x.Key).ToListAsync();
        var entries = await db.JournalEntries.OrderBy(e => e.IdempotencyKey)
            .Select(e => new { e.IdempotencyKey, e.Type, e.OccurredAt, e.Description, e.MerchantId, Moved = e.Postings.Where(p => p.Amount > 0).Sum(p => p.Amount) }).ToListAsync();
        var system = await db.Accounts.Where(a => a.SystemCode != null).OrderBy(a => a.SystemCode).Select(a => a.SystemCode + "=" + a.Balance).ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(new { members, balances, entries, system });
    }

    private static async Task<int> SeriesCountAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return await db.Members.CountAsync(m => m.MemberNo.StartsWith("M0"));
    }
}
