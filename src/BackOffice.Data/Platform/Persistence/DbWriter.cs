using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Persistence;

/// <summary>
/// Runs one command as one database transaction on a short-lived context: the state change, its journal
/// entry and its audit record commit together or not at all. When another writer got there first
/// (concurrency token or unique key), the whole command runs again on fresh data, where its idempotency
/// check then finds the finished work instead of doing it twice.
/// </summary>
public sealed class DbWriter(IDbContextFactory<AppDbContext> factory, WriteGate gate)
{
    private const int MaxAttempts = 20;

    public async Task<T> ExecuteAsync<T>(Func<AppDbContext, CancellationToken, Task<T>> command, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            using (await gate.EnterAsync(ct))
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                try
                {
                    var result = await command(db, ct);
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    return result;
                }
                // A deadlock (PostgreSQL 40P01) reaches us wrapped by the provider's execution strategy as a transient failure.
                catch (Exception ex) when (attempt < MaxAttempts && (ex is DbUpdateException || ex.InnerException is DbUpdateException))
                {
                    await tx.RollbackAsync(CancellationToken.None);
                }
            }
            // Spread the retries of racing writers so they do not collide again in lockstep.
            await Task.Delay(Random.Shared.Next(5, 20 * Math.Min(attempt, 5)), ct);
        }
    }

    public Task ExecuteAsync(Func<AppDbContext, CancellationToken, Task> command, CancellationToken ct = default) =>
        ExecuteAsync<bool>(async (db, token) =>
        {
            await command(db, token);
            return true;
        }, ct);
}
