using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Protection;

public sealed record NumberConversionReport(int Cards, int Members, int RefundRequests, int ResidentNumbers = 0)
{
    public int Total => Cards + Members + RefundRequests + ResidentNumbers;
}

/// <summary>
/// The data half of the <c>NumbersAtRest</c> migration, and key rotation. EF migrations cannot see the keys, so the
/// schema migration only adds the encrypted columns and leaves the old clear columns nullable; this runs right after
/// every migration (DatabaseSetup.MigrateAsync) and is idempotent: each row that still has a clear number gets its
/// ciphertext (and hash and last 4) and the clear column is set to NULL, in one statement per row guarded by the
/// clear value it read. On SQLite the file is then vacuumed, so the freed pages no longer hold the old numbers.
/// </summary>
public static class NumberConversion
{
    private const int BatchSize = 500;

    public static async Task<NumberConversionReport> ConvertLegacyAsync(AppDbContext db, NumberKeyRing keys, CancellationToken ct = default)
    {
        var cards = 0;
        const string cardColumn = NumberColumns.LegacyCardNumber;
        const string accountColumn = NumberColumns.LegacyBankAccount;
        while (true)
        {
            var batch = await db.Cards.AsNoTracking().Where(c => EF.Property<string?>(c, cardColumn) != null).OrderBy(c => c.Id).Take(BatchSize)
                .Select(c => new { c.Id, Clear = EF.Property<string>(c, cardColumn), c.NumberCipher }).ToListAsync(ct);
            if (batch.Count == 0) break;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in batch)
            {
                var clear = row.Clear;
                var cipher = row.NumberCipher ?? keys.Encrypt(clear);
                var hash = keys.CardHash(clear);
                var last4 = NumberKeyRing.Last4(clear);
                cards += await db.Cards.Where(c => c.Id == row.Id && EF.Property<string?>(c, cardColumn) == clear)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(c => c.NumberCipher, cipher)
                        .SetProperty(c => c.NumberHash, hash)
                        .SetProperty(c => c.Last4, last4)
                        .SetProperty(c => EF.Property<string?>(c, cardColumn), (string?)null), ct);
            }
            await tx.CommitAsync(ct);
        }

        var members = 0;
        while (true)
        {
            var batch = await db.Members.AsNoTracking().Where(m => EF.Property<string?>(m, accountColumn) != null).OrderBy(m => m.Id).Take(BatchSize)
                .Select(m => new { m.Id, Clear = EF.Property<string>(m, accountColumn), m.BankAccountCipher }).ToListAsync(ct);
            if (batch.Count == 0) break;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in batch)
            {
                var clear = row.Clear;
                var cipher = row.BankAccountCipher ?? (clear.Length == 0 ? null : keys.Encrypt(clear));
                var last4 = NumberKeyRing.Last4(clear);
                members += await db.Members.Where(m => m.Id == row.Id && EF.Property<string?>(m, accountColumn) == clear)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.BankAccountCipher, cipher)
                        .SetProperty(m => m.BankAccountLast4, last4)
                        .SetProperty(m => EF.Property<string?>(m, accountColumn), (string?)null), ct);
            }
            await tx.CommitAsync(ct);
        }

        var refunds = 0;
        while (true)
        {
            var batch = await db.RefundRequests.AsNoTracking().Where(r => EF.Property<string?>(r, accountColumn) != null).OrderBy(r => r.Id).Take(BatchSize)
                .Select(r => new { r.Id, Clear = EF.Property<string>(r, accountColumn), r.BankAccountCipher }).ToListAsync(ct);
            if (batch.Count == 0) break;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in batch)
            {
                var clear = row.Clear;
                var cipher = row.BankAccountCipher ?? (clear.Length == 0 ? null : keys.Encrypt(clear));
                var last4 = NumberKeyRing.Last4(clear);
                refunds += await db.RefundRequests.Where(r => r.Id == row.Id && EF.Property<string?>(r, accountColumn) == clear)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(r => r.BankAccountCipher, cipher)
                        .SetProperty(r => r.BankAccountLast4, last4)
                        .SetProperty(r => EF.Property<string?>(r, accountColumn), (string?)null), ct);
            }
            await tx.CommitAsync(ct);
        }

        var report = new NumberConversionReport(cards, members, refunds);
        if (report.Total > 0 && db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // The clear values are gone from the tables, not yet from the freed pages of the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
            await db.Database.ExecuteSqlRawAsync("VACUUM;", ct);
        }
        return report;
    }

    /// <summary>
    /// Re-encrypts every number that is not under the current key (<c>rotate-number-keys</c>). Each row is updated
    /// only if its ciphertext is still the one read, so a concurrent change is never overwritten. The hash key is not
    /// rotated here: the hashes stay valid. Afterwards the old key can be removed from the configuration.
    /// </summary>
    public static async Task<NumberConversionReport> RotateAsync(AppDbContext db, NumberKeyRing keys, CancellationToken ct = default) =>
        new(await RotateColumnAsync<Card>(db, keys, nameof(Card.NumberCipher), ct),
            await RotateColumnAsync<Member>(db, keys, nameof(Member.BankAccountCipher), ct),
            await RotateColumnAsync<RefundRequest>(db, keys, nameof(RefundRequest.BankAccountCipher), ct),
            await RotateColumnAsync<Member>(db, keys, nameof(Member.ResidentNumberCipher), ct));

    /// <summary>One encrypted column of one table, in batches of <see cref="BatchSize"/>: the rows not under the current key.</summary>
    private static async Task<int> RotateColumnAsync<T>(AppDbContext db, NumberKeyRing keys, string column, CancellationToken ct) where T : class
    {
        var prefix = keys.CurrentKeyId + ":";
        var rows = db.Set<T>();
        var rotated = 0;
        while (true)
        {
            var batch = await rows.AsNoTracking()
                .Where(e => EF.Property<string?>(e, column) != null && !EF.Property<string>(e, column).StartsWith(prefix))
                .OrderBy(e => EF.Property<long>(e, "Id")).Take(BatchSize)
                .Select(e => new { Id = EF.Property<long>(e, "Id"), Cipher = EF.Property<string>(e, column) }).ToListAsync(ct);
            if (batch.Count == 0) return rotated;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in batch)
            {
                var fresh = keys.Encrypt(keys.Decrypt(row.Cipher));
                rotated += await rows.Where(e => EF.Property<long>(e, "Id") == row.Id && EF.Property<string>(e, column) == row.Cipher)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string>(e, column), fresh), ct);
            }
            await tx.CommitAsync(ct);
        }
    }
}
