using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Audit;

/// <summary>
/// Chains audit records: record n stores n, the hash of record n − 1 and its own hash, SHA-256 over
/// <see cref="Canonical"/> (its fields and the previous hash). <see cref="AppDbContext"/> calls <see cref="SealAsync"/>
/// just before it saves new audit records, so every <c>db.Record(…)</c> is covered without the call sites knowing.
/// <para>Linear under concurrency: sealing first locks the single <see cref="AuditChainHead"/> row in the command's
/// transaction (PostgreSQL and SQL Server: a row lock that a second server's command waits on until the first commits;
/// SQLite: the write lock, on top of the <see cref="WriteGate"/>), reads the head, numbers the new records after it and
/// moves the head, all committed with the change the records describe, or rolled back with it.</para>
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The exact text hashed: a JSON array of the version tag, the chain fields and every audited field.</summary>
    public static string Canonical(AuditRecord r, long sequence, string previousHash) =>
        JsonSerializer.Serialize(new object?[]
        {
            "audit-v1", sequence, previousHash, r.At.UtcTicks, r.ActorId, r.ActorName, r.Action, r.EntityType, r.EntityId,
            r.MemberId, r.Before, r.After, r.Reason,
        });

    public static string HashOf(AuditRecord r, long sequence, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(r, sequence, previousHash))));

    /// <summary>New audit records of this context that are not sealed yet, in the order they were added.</summary>
    internal static List<AuditRecord> Pending(AppDbContext db) =>
        db.ChangeTracker.Entries<AuditRecord>()
            .Where(e => e.State == EntityState.Added && e.Entity.Hash is null)
            .Select(e => e.Entity)
            .ToList();

    /// <summary>
    /// Numbers and hashes <paramref name="pending"/> after the chain's head and moves the head. Runs inside the
    /// caller's transaction (the lock lasts until it ends).
    /// </summary>
    internal static async Task SealAsync(AppDbContext db, IReadOnlyList<AuditRecord> pending, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Audit records are sealed inside a transaction.");
        var head = await LockHeadAsync(db, ct);
        foreach (var record in pending)
        {
            var sequence = head.Sequence + 1;
            record.Sequence = sequence;
            record.PreviousHash = head.Hash;
            record.Hash = HashOf(record, sequence, head.Hash);
            head.Sequence = sequence;
            head.Hash = record.Hash;
        }
    }

    /// <summary>Takes the chain lock and returns the head, tracked, to be moved in the same transaction.</summary>
    private static async Task<AuditChainHead> LockHeadAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(ProviderCommands.LockAuditChainHead(db.Database.ProviderName), ct);
        var tracked = db.ChangeTracker.Entries<AuditChainHead>().FirstOrDefault(e => e.Entity.Id == AuditChainHead.SingletonId);
        if (tracked is not null) return tracked.Entity; // an earlier save of this transaction moved it; we hold the lock since
        return await db.AuditChainHeads.FirstOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, ct)
            ?? throw new InvalidOperationException("The audit chain head row is missing: run the migrations.");
    }

    /// <summary>
    /// Chains the audit rows written before the chain existed (no hash yet), oldest first, after the current head.
    /// A first-run step (<c>DatabaseSetup.MigrateAsync</c>) rather than migration SQL: SQLite has no SHA-256 function,
    /// and the same C# computes the hash on every provider exactly as new records get it. The triggers let exactly
    /// this through: an UPDATE of a row whose hash is still empty. Returns how many rows it sealed.
    /// </summary>
    public static async Task<int> SealLegacyAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (!await db.AuditRecords.AnyAsync(a => a.Hash == null, ct)) return 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var head = await LockHeadAsync(db, ct);
        var sealedRows = 0;
        while (true)
        {
            var batch = await db.AuditRecords.AsNoTracking().Where(a => a.Hash == null).OrderBy(a => a.Id).Take(500).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var record in batch)
            {
                var sequence = head.Sequence + 1;
                var hash = HashOf(record, sequence, head.Hash);
                var previous = head.Hash;
                await db.AuditRecords.Where(a => a.Id == record.Id && a.Hash == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Sequence, sequence).SetProperty(a => a.PreviousHash, previous)
                        .SetProperty(a => a.Hash, hash), ct);
                head.Sequence = sequence;
                head.Hash = hash;
                sealedRows++;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return sealedRows;
    }
}
