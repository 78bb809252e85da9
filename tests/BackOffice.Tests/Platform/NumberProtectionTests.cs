using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Tests.Platform;

/// <summary>Issue 10 item 10: card and account numbers at rest (AES-GCM, HMAC search hash, key rotation, conversion).</summary>
public class NumberProtectionTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static readonly string KnownCard = CardNumber.WithCheckDigit("941022000000001");

    /// <summary>DEVELOPMENT ONLY test keys: the development ring plus a second key "dev2", current.</summary>
    private static NumberKeyRing RotatedRing()
    {
        var options = NumberProtectionOptions.Development();
        options.Keys["dev2"] = "ZGV2ZWxvcG1lbnQtb25seS1jYXJkLWtleS0wMDAwMDI=";
        options.CurrentKeyId = "dev2";
        return new NumberKeyRing(options);
    }

    [Fact]
    public void Encrypting_twice_gives_different_ciphertexts_that_both_decrypt_and_name_their_key()
    {
        var ring = new NumberKeyRing(NumberProtectionOptions.Development());
        var a = ring.Encrypt(KnownCard);
        var b = ring.Encrypt(KnownCard);

        Assert.NotEqual(a, b); // random 12-byte nonce
        Assert.StartsWith("dev1:", a);
        Assert.Equal(12 + KnownCard.Length + 16, Convert.FromBase64String(a["dev1:".Length..]).Length); // nonce | ciphertext | tag
        Assert.Equal((KnownCard, KnownCard), (ring.Decrypt(a), ring.Decrypt(b)));
        Assert.DoesNotContain(KnownCard, a);
        Assert.Equal(ring.CardHash(KnownCard), ring.CardHash(KnownCard));
        Assert.Equal(64, ring.CardHash(KnownCard).Length);
        Assert.NotEqual(ring.CardHash(KnownCard), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(KnownCard)))); // keyed, not a plain hash
    }

    [Fact]
    public void A_tampered_ciphertext_or_a_changed_key_id_does_not_decrypt()
    {
        var ring = RotatedRing();
        var stored = ring.Encrypt(KnownCard);
        var bytes = Convert.FromBase64String(stored["dev2:".Length..]);
        bytes[14] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => ring.Decrypt("dev2:" + Convert.ToBase64String(bytes)));
        // The key id is authenticated: claiming another configured key fails, an unknown one is named.
        Assert.ThrowsAny<CryptographicException>(() => ring.Decrypt("dev1:" + stored["dev2:".Length..]));
        var unknown = Assert.ThrowsAny<CryptographicException>(() => ring.Decrypt("old9:" + stored["dev2:".Length..]));
        Assert.Contains("NumberProtection:Keys:old9", unknown.Message);
    }

    public static TheoryData<Dictionary<string, string?>, string?> Configurations => new()
    {
        { new() { }, "CurrentKeyId" },
        { new() { ["NumberProtection:CurrentKeyId"] = "k1", ["NumberProtection:HashKey"] = NumberProtectionOptions.Development().HashKey }, "Keys:k1" },
        { new() { ["NumberProtection:CurrentKeyId"] = "k1", ["NumberProtection:Keys:k1"] = "c2hvcnQ=", ["NumberProtection:HashKey"] = NumberProtectionOptions.Development().HashKey }, "32바이트" },
        { new() { ["NumberProtection:CurrentKeyId"] = "k1", ["NumberProtection:Keys:k1"] = NumberProtectionOptions.Development().Keys["dev1"] }, "HashKey" },
        { new() { ["NumberProtection:CurrentKeyId"] = "k1", ["NumberProtection:Keys:k1"] = NumberProtectionOptions.Development().Keys["dev1"], ["NumberProtection:HashKey"] = NumberProtectionOptions.Development().Keys["dev1"] }, "달라야" },
        { new() { ["NumberProtection:CurrentKeyId"] = "k1", ["NumberProtection:Keys:k1"] = NumberProtectionOptions.Development().Keys["dev1"], ["NumberProtection:HashKey"] = NumberProtectionOptions.Development().HashKey }, null },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void A_start_without_usable_keys_is_refused_with_a_message_naming_the_setting(Dictionary<string, string?> settings, string? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var problems = NumberProtectionOptions.Problems(configuration);
        if (expected is null)
        {
            Assert.Empty(problems);
            return;
        }
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        var refused = Assert.Throws<InvalidOperationException>(() => new NumberKeyRing(NumberProtectionOptions.From(configuration)));
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_development_settings_file_holds_the_development_keys()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "appsettings.Development.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(file)).Build();
        Assert.Empty(NumberProtectionOptions.Problems(configuration));
        var fromFile = new NumberKeyRing(NumberProtectionOptions.From(configuration));
        Assert.Equal(new NumberKeyRing(NumberProtectionOptions.Development()).CardHash(KnownCard), fromFile.CardHash(KnownCard));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Cards_and_accounts_are_stored_encrypted_found_by_hash_and_the_hash_is_unique(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 3);
        var ring = h.Get<NumberKeyRing>();
        await using var db = await h.DbAsync();
        var card = await db.Cards.SingleAsync(c => c.NumberHash == ring.CardHash(KnownCard));
        Assert.Equal((KnownCard[^4..], KnownCard), (card.Last4, ring.RevealNumber(card)));
        Assert.Null(await db.Cards.Where(c => c.Id == card.Id).Select(c => EF.Property<string?>(c, NumberColumns.LegacyCardNumber)).SingleAsync());
        var member = await db.Members.SingleAsync(m => m.MemberNo == "M00000001");
        Assert.Equal(member.BankAccountLast4, ring.RevealBankAccount(member.BankAccountCipher)[^4..]);
        Assert.Null(await db.Members.Where(m => m.Id == member.Id).Select(m => EF.Property<string?>(m, NumberColumns.LegacyBankAccount)).SingleAsync());

        // The search by card number goes through the hash.
        var page = await h.Get<MemberQueries>().SearchAsync(new MemberSearchCriteria(MemberSearchKind.CardNumber, KnownCard), 0, 20);
        Assert.Equal("M00000001", Assert.Single(page.Rows).MemberNo);

        // One card per number: a second card with the same number is refused by the unique index on the hash.
        var twin = new Card { ProgramId = card.ProgramId, MemberId = card.MemberId, Design = "기본", IssuedOn = card.IssuedOn, ExpiresOn = card.ExpiresOn };
        ring.SetNumber(twin, KnownCard);
        db.Cards.Add(twin);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rotation_re_encrypts_every_number_under_the_current_key_and_old_keys_still_decrypt(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var before = await SnapshotAsync(h, h.Get<NumberKeyRing>());
        Assert.All(before.Ciphers, c => Assert.StartsWith("dev1:", c));
        var rotated = RotatedRing();

        // Old rows still decrypt with the new ring (by their key id) before anything is rotated.
        Assert.Equal(before.Clear, (await SnapshotAsync(h, rotated)).Clear);
        NumberConversionReport report;
        await using (var rotating = await h.DbAsync()) report = await NumberConversion.RotateAsync(rotating, rotated);

        var after = await SnapshotAsync(h, rotated);
        Assert.Equal(before.Ciphers.Count, report.Total);
        Assert.True(report.Cards > 0 && report.Members > 0 && report.ResidentNumbers > 0);
        Assert.All(after.Ciphers, c => Assert.StartsWith("dev2:", c));
        Assert.Equal(before.Clear, after.Clear);
        await using var db = await h.DbAsync();
        Assert.Equal(0, (await NumberConversion.RotateAsync(db, rotated)).Total); // idempotent
        // The hash key is not rotated: lookups by number still work.
        Assert.True(await db.Cards.AnyAsync(c => c.NumberHash == rotated.CardHash(KnownCard)));
    }

    private sealed record Snapshot(List<string> Ciphers, List<string> Clear);

    private static async Task<Snapshot> SnapshotAsync(Harness h, NumberKeyRing ring)
    {
        await using var db = await h.DbAsync();
        var cards = await db.Cards.OrderBy(c => c.Id).Select(c => c.NumberCipher!).ToListAsync();
        var accounts = await db.Members.Where(m => m.BankAccountCipher != null).OrderBy(m => m.Id).Select(m => m.BankAccountCipher!).ToListAsync();
        var residents = await db.Members.Where(m => m.ResidentNumberCipher != null).OrderBy(m => m.Id).Select(m => m.ResidentNumberCipher!).ToListAsync();
        var all = cards.Concat(accounts).Concat(residents).ToList();
        return new Snapshot(all, all.Select(ring.Decrypt).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Clear_rows_left_by_the_schema_migration_are_encrypted_and_emptied_after_migrating(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 4);
        var ring = h.Get<NumberKeyRing>();
        var clear = await ClearNumbersAsync(h, ring);
        await PutBackClearColumnsAsync(h, ring);
        await using (var check = await h.DbAsync())
            Assert.Equal(clear.Cards.Count, await check.Cards.CountAsync(c => EF.Property<string?>(c, NumberColumns.LegacyCardNumber) != null && c.NumberCipher == null));

        await DatabaseSetup.MigrateAsync(h.Services); // migrate + the conversion step
        await DatabaseSetup.MigrateAsync(h.Services); // and again: nothing left to do

        await using var db = await h.DbAsync();
        Assert.Equal(0, await db.Cards.CountAsync(c => EF.Property<string?>(c, NumberColumns.LegacyCardNumber) != null));
        Assert.Equal(0, await db.Members.CountAsync(m => EF.Property<string?>(m, NumberColumns.LegacyBankAccount) != null));
        var cards = await db.Cards.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(clear.Cards, cards.Select(ring.RevealNumber).ToList());
        Assert.All(cards, c => Assert.Equal(ring.CardHash(ring.RevealNumber(c)), c.NumberHash));
        var members = await db.Members.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(clear.Accounts, members.Select(m => ring.RevealBankAccount(m.BankAccountCipher)).ToList());
        Assert.All(members, m => Assert.Equal(NumberKeyRing.Last4(ring.RevealBankAccount(m.BankAccountCipher)), m.BankAccountLast4));
        var page = await h.Get<MemberQueries>().SearchAsync(new MemberSearchCriteria(MemberSearchKind.CardNumber, KnownCard), 0, 20);
        Assert.Equal("M00000001", Assert.Single(page.Rows).MemberNo);
    }

    [Fact]
    public async Task The_sqlite_file_holds_no_full_card_or_account_number_of_the_demo_data()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 30);
        var ring = h.Get<NumberKeyRing>();
        var (cards, accounts) = await ClearNumbersAsync(h, ring);
        var numbers = cards.Concat(accounts.Where(a => a.Length > 0)).ToList();
        Assert.True(numbers.Count > 50);

        Assert.Empty(Found(await FileBytesAsync(h), numbers));

        // Control: the scan does find numbers when they are there in clear (the state before the conversion) ...
        await PutBackClearColumnsAsync(h, ring);
        Assert.NotEmpty(Found(await FileBytesAsync(h), numbers));
        // ... and after the conversion step (with its VACUUM) they are gone again, freed pages included.
        await DatabaseSetup.MigrateAsync(h.Services);
        Assert.Empty(Found(await FileBytesAsync(h), numbers));
    }

    [Fact]
    public async Task An_sqlite_database_from_before_the_migration_is_upgraded_and_its_clear_rows_converted()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddSingleton<TimeProvider>(KstClock.At(2026, 11, 20, 10));
        services.AddStaffIdentity(TimeSpan.FromSeconds(30));
        services.AddBackOfficeDatabase(database.Options);
        services.AddNumberProtection(NumberProtectionOptions.Development()); // development-only keys
        await using var root = services.BuildServiceProvider();
        var factory = root.GetRequiredService<IDbContextFactory<AppDbContext>>();

        // The schema as it was before issue 10 (the last foundation migration), with clear numbers in it.
        await using (var db = await factory.CreateDbContextAsync())
        {
            var before = db.Database.GetMigrations().Single(m => m.EndsWith("_StaffMustChangePassword", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(before);
        }
        // The program row as that schema had it (the policy columns changed since, so not through ReferenceData).
        long programId;
        await using (var raw = new SqliteConnection(database.Options.ResolvedConnectionString()))
        {
            await raw.OpenAsync();
            programId = await InsertAsync(raw, "Programs", new() { ["Code"] = ProgramPresets.LocalCurrency, ["Name"] = "서로e음", ["Description"] = "" });
        }
        var cardNumbers = new[] { CardNumber.WithCheckDigit("941022000000001"), CardNumber.WithCheckDigit("941022000000002") };
        const string account = "11122233344455";
        await using (var raw = new SqliteConnection(database.Options.ResolvedConnectionString()))
        {
            await raw.OpenAsync();
            var memberId = await InsertAsync(raw, "Members", new()
            {
                ["MemberNo"] = "M00000001",
                ["Name"] = "홍길동",
                ["Phone"] = "01012345678",
                ["BirthDate"] = "1990-01-01",
                ["BankName"] = "국민은행",
                ["BankAccountNumber"] = account,
                ["BankAccountHolder"] = "홍길동",
            });
            foreach (var number in cardNumbers)
            {
                await InsertAsync(raw, "Cards", new()
                {
                    ["ProgramId"] = programId,
                    ["MemberId"] = memberId,
                    ["Number"] = number,
                    ["Last4"] = number[^4..],
                    ["Design"] = "기본",
                    ["IssuedOn"] = "2025-01-01",
                    ["ExpiresOn"] = "2030-01-01",
                });
            }
        }

        await DatabaseSetup.MigrateAsync(root); // NumbersAtRest, then the conversion

        var ring = root.GetRequiredService<NumberKeyRing>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var cards = await db.Cards.OrderBy(c => c.Id).ToListAsync();
            Assert.Equal(cardNumbers, cards.Select(ring.RevealNumber));
            Assert.Equal(cardNumbers.Select(ring.CardHash), cards.Select(c => c.NumberHash));
            Assert.Equal(0, await db.Cards.CountAsync(c => EF.Property<string?>(c, NumberColumns.LegacyCardNumber) != null));
            var member = await db.Members.SingleAsync();
            Assert.Equal((account, "4455", true), (ring.RevealBankAccount(member.BankAccountCipher), member.BankAccountLast4, member.HasOwnNameBankAccount));
            Assert.Null(await db.Members.Select(m => EF.Property<string?>(m, NumberColumns.LegacyBankAccount)).SingleAsync());
        }
        await using (var db = await factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        var file = await FolderBytesAsync(database.Options.DataFolder);
        Assert.Empty(Found(file, [.. cardNumbers, account]));
    }

    /// <summary>Inserts a row with raw SQL into the old schema: the given values, and a zero or empty value for other required columns.</summary>
    private static async Task<long> InsertAsync(SqliteConnection connection, string table, Dictionary<string, object> values)
    {
        var columns = new List<(string Name, string Type, bool Required, bool Key)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info(\"{table}\")";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1 && reader.IsDBNull(4), reader.GetInt64(5) == 1));
        }
        await using var insert = connection.CreateCommand();
        var names = new List<string>();
        foreach (var column in columns.Where(c => !c.Key))
        {
            var value = values.TryGetValue(column.Name, out var given) ? given : column.Required ? (column.Type == "TEXT" ? "" : 0) : null;
            if (value is null) continue;
            names.Add(column.Name);
            insert.Parameters.AddWithValue("$" + column.Name, value);
        }
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select(n => "$" + n))}); SELECT last_insert_rowid();";
        return (long)(await insert.ExecuteScalarAsync())!;
    }

    private static List<string> Found(byte[] file, List<string> numbers) =>
        numbers.Where(n => file.AsSpan().IndexOf(Encoding.ASCII.GetBytes(n)) >= 0).ToList();

    private static async Task<byte[]> FileBytesAsync(Harness h)
    {
        await using (var db = await h.DbAsync())
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        return await FolderBytesAsync(h.Database.Options.DataFolder);
    }

    private static async Task<byte[]> FolderBytesAsync(string folder)
    {
        using var all = new MemoryStream();
        foreach (var path in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await stream.CopyToAsync(all);
        }
        return all.ToArray();
    }

    private static async Task<(List<string> Cards, List<string> Accounts)> ClearNumbersAsync(Harness h, NumberKeyRing ring)
    {
        await using var db = await h.DbAsync();
        var cards = (await db.Cards.OrderBy(c => c.Id).ToListAsync()).Select(ring.RevealNumber).ToList();
        var accounts = (await db.Members.OrderBy(m => m.Id).Select(m => m.BankAccountCipher).ToListAsync()).Select(ring.RevealBankAccount).ToList();
        return (cards, accounts);
    }

    /// <summary>The state right after the NumbersAtRest schema migration on an old database: clear columns, no ciphertext.</summary>
    private static async Task PutBackClearColumnsAsync(Harness h, NumberKeyRing ring)
    {
        await using var db = await h.DbAsync();
        foreach (var card in await db.Cards.AsNoTracking().ToListAsync())
        {
            var number = ring.RevealNumber(card);
            await db.Cards.Where(c => c.Id == card.Id).ExecuteUpdateAsync(s => s
                .SetProperty(c => EF.Property<string?>(c, NumberColumns.LegacyCardNumber), number)
                .SetProperty(c => c.NumberCipher, (string?)null).SetProperty(c => c.NumberHash, (string?)null).SetProperty(c => c.Last4, ""));
        }
        foreach (var member in await db.Members.AsNoTracking().ToListAsync())
        {
            var number = ring.RevealBankAccount(member.BankAccountCipher);
            await db.Members.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => EF.Property<string?>(m, NumberColumns.LegacyBankAccount), number)
                .SetProperty(m => m.BankAccountCipher, (string?)null).SetProperty(m => m.BankAccountLast4, ""));
        }
    }
}
