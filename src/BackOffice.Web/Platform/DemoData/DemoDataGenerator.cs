using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// Deterministic demo members with cards and months of history. Every money movement goes through
/// <see cref="LedgerPosting.Apply"/>, so the demo ledger obeys the same invariants as real commands and the
/// consistency check passes. Members are written in batches, one transaction each.
/// </summary>
public static class DemoDataGenerator
{
    private const int BatchSize = 500;

    /// <summary>Creates the demo members on the first start (when there are none).</summary>
    public static async Task<int> EnsureAsync(IServiceProvider services, DemoDataOptions options, ILogger logger)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            if (await db.Members.AnyAsync()) return 0;
        }
        var added = await AddMembersAsync(services, options, logger);
        await DemoRefundMembers.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 11: a 캐시비 card above the store cap
        await DemoShipments.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 14: a card applied for yesterday
        await DemoMailingShipments.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 14: an application for the mailing batch
        await DemoCaseResolutions.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 13: a paper statement case, a pending adjustment
        await DemoCaseQueue.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 13: open cases for the work queue
        await DemoReturnedShipments.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 14: a returned card for the happy call
        await DemoTopUps.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 15: a waiting virtual account and an approved card top-up
        await DemoCredits.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 15: credit lots, one expiring in 20 days with its notice
        await DemoPaymentImports.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 15: a card top-up in 매입요청 for the settlement file
        await DemoPoints.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 15: Oh! points with a lot expiring the month after next
        await DemoPrescription.AddAsync(services, services.GetRequiredService<TimeProvider>().GetUtcNow()); // issue 15: prescribed BC 선불카드 balances, one item told 40 days ago
        return added;
    }

    public static async Task<int> AddMembersAsync(IServiceProvider services, DemoDataOptions options, ILogger logger)
    {
        var writer = services.GetRequiredService<DbWriter>();
        var clock = services.GetRequiredService<TimeProvider>();
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var numbers = services.GetRequiredService<NumberKeyRing>();
        await EnsureMerchantsAsync(writer);

        int start;
        await using (var db = await factory.CreateDbContextAsync()) start = await db.Members.CountAsync();
        var now = clock.GetUtcNow();
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var offset = 0; offset < options.Members; offset += BatchSize)
        {
            var count = Math.Min(BatchSize, options.Members - offset);
            var first = start + offset + 1;
            await writer.ExecuteAsync((db, ct) => WriteBatchAsync(db, numbers, new Random(options.Seed + first), first, count, now, ct));
            if (options.Members > BatchSize)
                logger.LogInformation("Demo data: {Done}/{Total} members ({Seconds:F1} s)", offset + count, options.Members, started.Elapsed.TotalSeconds);
        }
        return options.Members;
    }

    internal static Task EnsureMerchantsAsync(DbWriter writer) =>
        writer.ExecuteAsync(async (db, ct) =>
        {
            if (await db.Merchants.AnyAsync(ct)) return;
            db.Merchants.AddRange(KoreanNames.Merchants.Select(m =>
                new Merchant { Name = m.Name, Category = m.Category, District = m.District, InDistrict = m.InDistrict }));
        });

    private static async Task WriteBatchAsync(AppDbContext db, NumberKeyRing numbers, Random r, int firstSeq, int count, DateTimeOffset now, CancellationToken ct)
    {
        var programs = await db.Programs.Include(p => p.Policies).ToDictionaryAsync(p => p.Code, ct);
        var merchants = await db.Merchants.AsNoTracking().ToListAsync(ct);
        var system = await db.Accounts.Where(a => a.SystemCode != null).ToDictionaryAsync(a => a.Kind, ct);

        var people = new List<DemoMember>();
        for (var i = 0; i < count; i++) people.Add(NewMember(r, firstSeq + i, now, programs, numbers));
        db.Members.AddRange(people.Select(p => p.Member));
        await db.SaveChangesAsync(ct);

        foreach (var p in people)
        {
            p.Emoney = new Account { MemberId = p.Member.Id, Kind = AccountKind.Emoney };
            p.Cashback = new Account { MemberId = p.Member.Id, Kind = AccountKind.Cashback };
            foreach (var card in p.Member.Cards)
                p.CardAccounts.Add(new Account { MemberId = p.Member.Id, CardId = card.Id, Card = card, Kind = AccountKind.CardBalance });
            db.Accounts.AddRange([p.Emoney, p.Cashback, .. p.CardAccounts]);
        }
        await db.SaveChangesAsync(ct);

        foreach (var p in people)
        {
            var history = new MemberHistory(r, p, system, merchants, programs, now);
            foreach (var entry in history.Generate()) db.JournalEntries.Add(entry);
        }
    }

    internal static DemoMember NewMember(Random r, int seq, DateTimeOffset now, Dictionary<string, CardProgram> programs, NumberKeyRing numbers)
    {
        var known = seq == 1; // a fixed member the end-to-end tests and the README can find
        // Every tenth member shares the most common name, as real member bases do: searches must page.
        var name = known ? "홍길동" : seq % 10 == 0 ? "김민준" : KoreanNames.Name(r);
        var joined = now.AddDays(-(known ? 400 : r.Next(130, 900))).AddMinutes(-r.Next(0, 1440));
        var foreigner = !known && r.Next(100) < 3;
        var bank = r.Next(100);
        var member = new Member
        {
            MemberNo = $"M{seq:D8}",
            Name = name,
            Phone = known ? "01012345678" : $"010{r.Next(10_000_000, 99_999_999)}",
            BirthDate = new DateOnly(r.Next(1950, 2010), r.Next(1, 13), r.Next(1, 29)),
            Email = $"user{seq}@example.com",
            Address = known ? "인천광역시 서구 청라동 123-4" : KoreanNames.Address(r),
            IsForeigner = foreigner,
            HasAlienRegistration = foreigner,
            IncomeDeductionRegisteredAt = !foreigner && (known || r.Next(100) < 60) ? joined.AddDays(r.Next(1, 60)) : null,
            BankName = bank < 90 || known ? KoreanNames.Bank(r) : "",
            JoinedAt = joined,
        };
        numbers.SetBankAccount(member, bank < 90 || known ? $"{r.Next(100, 999)}{r.Next(100_000, 999_999)}{r.Next(10_000, 99_999)}" : "");
        if (member.IncomeDeductionRegisteredAt is not null)
        {
            // Issue 12: registered members carry a made-up resident number (demo only); every 7th registered mid-history, so
            // the deduction workbook shows use before registration. Derived from seq, not r: the other demo values stay as they were.
            member.ResidentNumberCipher = numbers.Encrypt(ResidentNumber.Fake(member.BirthDate, female: seq % 2 == 0, seq));
            if (!known && seq % 7 == 0) member.IncomeDeductionRegisteredAt = now.AddDays(-(seq % 90)).AddSeconds(-(seq % 86_400));
        }
        member.BankAccountHolder = member.BankAccountLast4.Length == 0 ? "" : bank < 85 || known ? name : KoreanNames.Name(r);

        var cardCount = known ? 2 : r.Next(100) < 75 ? 1 : 2;
        for (var c = 0; c < cardCount; c++)
        {
            var programCode = known || c == 0 ? (r.Next(100) < 85 || known ? ProgramPresets.LocalCurrency : ProgramPresets.CardCompanyPrepaid) : known || seq % 2 == 0 ? ProgramPresets.Hanaro : ProgramPresets.Cashbee;
            var issued = DateOnly.FromDateTime(joined.ToKst().DateTime).AddDays(r.Next(0, 10) + c * 30);
            var prefix = programCode switch { ProgramPresets.LocalCurrency => "941022", ProgramPresets.Hanaro => "942011", ProgramPresets.Cashbee => "942022", _ => "943033" };
            var number = known && c == 0 ? CardNumber.WithCheckDigit("941022000000001") : CardNumber.WithCheckDigit(prefix + (seq * 4L + c).ToString("D9"));
            var card = new Card
            {
                ProgramId = programs[programCode].Id,
                IsNamed = programCode == ProgramPresets.CardCompanyPrepaid ? r.Next(2) == 0 : false,
                IsRegistered = known || r.Next(100) < 90,
                IsMain = c == 0,
                Design = programCode switch
                {
                    ProgramPresets.LocalCurrency => new[] { "서로e음 기본", "청라 호수공원", "정서진 노을" }[r.Next(3)],
                    ProgramPresets.Hanaro => "하나로 기본",
                    ProgramPresets.Cashbee => "캐시비 기본",
                    _ => "BC 선불 블루",
                },
                IssuedOn = issued,
                ExpiresOn = issued.AddYears(5),
            };
            numbers.SetNumber(card, number);
            member.Cards.Add(card);
        }
        return new DemoMember(member);
    }

    internal sealed class DemoMember(Member member)
    {
        public Member Member { get; } = member;
        public Account Emoney { get; set; } = null!;
        public Account Cashback { get; set; } = null!;
        public List<Account> CardAccounts { get; } = [];
    }
}
