using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackOffice.Data.Platform.Persistence;

/// <summary>
/// Runs one command as one database transaction on a short-lived context: the state change, its journal
/// entry and its audit record commit together or not at all.
/// <para>It retries only what it expects (<see cref="ProviderErrors"/>): a concurrency conflict on a
/// <c>Version</c> token, a unique-index race the model knows (the command's own check then finds the row that won
/// and returns or refuses accordingly), and a serialization failure or deadlock. Those run the whole command again
/// on fresh data, at most <see cref="MaxAttempts"/> times, with jittered back-off. Anything else surfaces at once:
/// a refusal as it is, a known user-facing database cause as a <see cref="BusinessRuleException"/> with a Korean
/// message, everything else as the original exception.</para>
/// </summary>
public sealed class DbWriter(IDbContextFactory<AppDbContext> factory, WriteGate gate)
{
    public const int MaxAttempts = 12;

    private long _attempts;
    private long _retries;

    /// <summary>Every run of a command, first runs and retries alike (for tests and diagnostics).</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    /// <summary>Runs that failed with an expected failure and were run again.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Raised before a command runs again, with the attempt that failed and why.</summary>
    public event Action<int, DbFailure>? Retrying;

    public async Task<T> ExecuteAsync<T>(Func<AppDbContext, CancellationToken, Task<T>> command, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            Interlocked.Increment(ref _attempts);
            DbFailure failure;
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
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await RollbackQuietlyAsync(tx);
                    failure = ProviderErrors.Classify(e);
                    var expected = failure.Kind == DbFailureKind.UniqueViolation
                        ? ProviderErrors.IsKnownUniqueRace(failure, db.Model)
                        : failure.MayRetry;
                    if (!expected)
                    {
                        if (UserFacing(failure) is { } refusal) throw refusal;
                        throw;
                    }
                    if (attempt >= MaxAttempts) throw Exhausted(failure);
                }
            }
            Interlocked.Increment(ref _retries);
            Retrying?.Invoke(attempt, failure);
            // Exponential back-off with full jitter (up to 20, 40, … ms, at most 1 s): racing writers spread out instead of
            // colliding again in lockstep, so even thirty writers on one hot balance get through within the bound (about 6 s at worst).
            await Task.Delay(Random.Shared.Next(1, Math.Min(1_000, 10 << attempt)), ct);
        }
    }

    public Task ExecuteAsync(Func<AppDbContext, CancellationToken, Task> command, CancellationToken ct = default) =>
        ExecuteAsync<bool>(async (db, token) =>
        {
            await command(db, token);
            return true;
        }, ct);

    /// <summary>A failure that is not retried: a Korean message where the cause is one a user can act on.</summary>
    private static BusinessRuleException? UserFacing(DbFailure failure) => failure.Kind switch
    {
        DbFailureKind.UniqueViolation => new BusinessRuleException("같은 값으로 이미 저장된 기록이 있습니다. 화면을 새로 고친 뒤 확인하세요."),
        DbFailureKind.ForeignKeyViolation => new BusinessRuleException("연결된 기록을 찾을 수 없습니다. 화면을 새로 고친 뒤 다시 시도하세요."),
        DbFailureKind.ValueTooLong => new BusinessRuleException("입력한 내용이 너무 깁니다. 글자 수를 줄여 다시 입력하세요."),
        _ => null,
    };

    private static BusinessRuleException Exhausted(DbFailure failure) => new(failure.Kind switch
    {
        DbFailureKind.UniqueViolation => "같은 요청이 동시에 처리되고 있습니다. 잠시 후 화면을 새로 고쳐 결과를 확인하세요.",
        _ => "다른 사용자가 같은 기록을 동시에 변경하고 있습니다. 잠시 후 다시 시도하세요.",
    });

    private static async Task RollbackQuietlyAsync(IDbContextTransaction tx)
    {
        try
        {
            await tx.RollbackAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // A failed commit or a broken connection may have ended the transaction already; disposing it cleans up.
        }
    }
}
