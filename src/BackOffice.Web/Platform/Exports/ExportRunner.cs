using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Web.Platform.Exports;

/// <summary>
/// Runs the queued exports on this portal server (a hosted service; every server runs one).
/// <list type="bullet">
/// <item>A runner <b>claims</b> a queued row with one conditional update (<c>Status = Queued</c> → <c>Running</c>, its own
/// <see cref="RunnerId"/>): of two servers racing for one row exactly one update matches, so no job runs twice.</item>
/// <item>While it runs, it writes the progress and a heartbeat every <see cref="ExportOptions.HeartbeatInterval"/>, and
/// there notices the owner's cancel (a flag on the row, so a cancel on another server reaches it).</item>
/// <item>The file is written to a temporary file, hashed, and stored in 1 MiB chunks with the row marked Done in one
/// transaction, so a half-written file is never offered.</item>
/// <item>A Running row whose heartbeat is older than <see cref="ExportOptions.StaleAfter"/> was left by a stopped
/// process: at start (and now and then) it is re-queued, or failed after <see cref="ExportOptions.MaxAttempts"/> claims.</item>
/// <item>At most <see cref="ExportOptions.MaxConcurrent"/> exports run at once on one server.</item>
/// </list>
/// </summary>
public sealed class ExportRunner(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, IEnumerable<IExportKind> kinds, TimeProvider clock,
    IOptions<ExportOptions> options, ILogger<ExportRunner> logger) : BackgroundService
{
    public const int ChunkSize = 1 << 20;
    public const string Crashed = "서버가 중단되어 파일을 끝까지 만들지 못했습니다. 다시 요청하세요.";

    private TaskCompletionSource _wake = NewSignal();
    private int _running;

    /// <summary>Server and process: unique per runner.</summary>
    public string RunnerId { get; init; } =
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private ExportOptions Options => options.Value;

    /// <summary>A new export was queued: look now instead of at the next poll.</summary>
    public void Signal() => Volatile.Read(ref _wake).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastRecovery = DateTimeOffset.MinValue;
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            // A fresh signal before looking, so a Signal() after the look wakes the wait below.
            var wake = NewSignal();
            Volatile.Write(ref _wake, wake);
            try
            {
                if (clock.GetUtcNow() - lastRecovery >= Options.StaleAfter / 2)
                {
                    await RecoverAsync(stoppingToken);
                    lastRecovery = clock.GetUtcNow();
                }
                running.RemoveAll(t => t.IsCompleted);
                while (running.Count < Math.Max(1, Options.MaxConcurrent) && await ClaimNextAsync(stoppingToken) is { } file)
                    running.Add(Task.Run(() => RunClaimedAsync(file, stoppingToken), CancellationToken.None));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Export runner loop failed; trying again");
            }
            try
            {
                await Task.WhenAny(wake.Task, Task.Delay(Options.PollInterval, clock, stoppingToken));
            }
            catch (OperationCanceledException)
            {
                break;
            }
            // A finished export frees a slot: the next poll (or signal) claims the next one.
        }
        await Task.WhenAll(running);
    }

    /// <summary>Claims and runs every queued export one after another (tests and tools); returns how many it ran.</summary>
    public async Task<int> RunPendingAsync(CancellationToken ct = default)
    {
        var count = 0;
        while (await ClaimNextAsync(ct) is { } file)
        {
            await RunClaimedAsync(file, ct);
            count++;
        }
        return count;
    }

    /// <summary>Exports running on this runner now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Claims the oldest queued export for this runner, or null when none is left (or others took them all).</summary>
    public async Task<ExportFile?> ClaimNextAsync(CancellationToken ct = default)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            long candidate;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                candidate = await db.ExportFiles.Where(f => f.Status == ExportFileStatus.Queued)
                    .OrderBy(f => f.RequestedAt).ThenBy(f => f.Id).Select(f => f.Id).FirstOrDefaultAsync(ct);
            }
            if (candidate == 0) return null;
            var now = clock.GetUtcNow();
            var claimed = await writer.ExecuteAsync((db, token) => db.ExportFiles
                .Where(f => f.Id == candidate && f.Status == ExportFileStatus.Queued)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.Status, ExportFileStatus.Running)
                    .SetProperty(f => f.RunnerId, RunnerId)
                    .SetProperty(f => f.StartedAt, now)
                    .SetProperty(f => f.HeartbeatAt, now)
                    .SetProperty(f => f.Attempts, f => f.Attempts + 1)
                    .SetProperty(f => f.Stage, "시작"), token), ct);
            if (claimed == 1)
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                return await db.ExportFiles.AsNoTracking().SingleAsync(f => f.Id == candidate, ct);
            }
            // Another runner claimed it first: look for the next one.
        }
        return null;
    }

    /// <summary>Runs an export this runner claimed, to Done, Failed or Cancelled (or back to the queue if the server stops).</summary>
    public async Task RunClaimedAsync(ExportFile file, CancellationToken stoppingToken)
    {
        Interlocked.Increment(ref _running);
        try
        {
            await RunCoreAsync(file, stoppingToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Export {Id} could not be finished", file.Id);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            Signal(); // a slot is free: the loop claims the next queued export at once
        }
    }

    private async Task RunCoreAsync(ExportFile file, CancellationToken stoppingToken)
    {
        var kind = kinds.FirstOrDefault(k => string.Equals(k.Key, file.Kind, StringComparison.Ordinal));
        if (kind is null)
        {
            await FinishAsync(file.Id, ExportFileStatus.Failed, "이 서버에 등록되지 않은 파일 종류입니다.", CancellationToken.None);
            return;
        }
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(file.Parameters) ?? [];
        var actor = new Actor(file.RequestedBy, file.RequestedByName,
            file.RequestedRoles.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
        var progress = new LatestProgress();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var job = new ExportJob(new ExportParameters(values), actor, file.Reason, progress);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(file.Id, progress, cancel, heartbeatStop.Token);
        var tempPath = Path.Combine(Path.GetTempPath(), $"backoffice-export-{file.Id}-{Guid.NewGuid():N}.tmp");
        try
        {
            await using var temp = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            await kind.WriteAsync(job, temp, cancel.Token);
            await temp.FlushAsync(cancel.Token);
            await heartbeatStop.CancelAsync();
            await heartbeat;
            await StoreAsync(file, temp, progress.Latest, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
            if (stoppingToken.IsCancellationRequested)
                await RequeueAsync(file.Id, CancellationToken.None);
            else
                await FinishAsync(file.Id, ExportFileStatus.Cancelled, null, CancellationToken.None);
        }
        catch (Exception e)
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
            logger.LogError(e, "Export {Id} ({Kind}) failed", file.Id, file.Kind);
            var reason = e is CommandRefusedException ? e.Message : $"파일을 만들지 못했습니다: {e.Message}";
            await FinishAsync(file.Id, ExportFileStatus.Failed, reason, CancellationToken.None);
        }
    }

    /// <summary>Every heartbeat interval: progress and heartbeat on the row (only while it is still ours), and the cancel flag.</summary>
    private async Task HeartbeatAsync(long id, LatestProgress progress, CancellationTokenSource cancel, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(Options.HeartbeatInterval, clock, stop);
                if (!await WriteProgressAsync(id, progress.Latest, stop)) await cancel.CancelAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Export {Id}: heartbeat failed", id);
        }
    }

    /// <summary>Writes progress; false when the owner asked to cancel or the row is no longer this runner's.</summary>
    private async Task<bool> WriteProgressAsync(long id, ExportProgress latest, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stage = Limit(latest.Stage, 200);
        var updated = await writer.ExecuteAsync((db, token) => db.ExportFiles
            .Where(f => f.Id == id && f.Status == ExportFileStatus.Running && f.RunnerId == RunnerId && !f.CancelRequested)
            .ExecuteUpdateAsync(s => s
                .SetProperty(f => f.HeartbeatAt, now)
                .SetProperty(f => f.ProgressDone, latest.Done)
                .SetProperty(f => f.ProgressTotal, latest.Total)
                .SetProperty(f => f.Stage, stage), token), ct);
        return updated == 1;
    }

    private async Task StoreAsync(ExportFile file, FileStream temp, ExportProgress latest, CancellationToken ct)
    {
        temp.Position = 0;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(temp, ct));
        var size = temp.Length;
        var now = clock.GetUtcNow();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var row = await db.ExportFiles.SingleAsync(f => f.Id == file.Id, token);
            if (row.Status != ExportFileStatus.Running || row.RunnerId != RunnerId) return; // taken away (stale) meanwhile
            if (row.CancelRequested)
            {
                Finish(db, row, ExportFileStatus.Cancelled, null, now);
                return;
            }
            await db.ExportFileChunks.Where(c => c.FileId == file.Id).ExecuteDeleteAsync(token);
            temp.Position = 0;
            var buffer = new byte[ChunkSize];
            for (var index = 0; ; index++)
            {
                var read = await temp.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, token);
                if (read == 0 && index > 0) break;
                var chunk = new ExportFileChunk { FileId = file.Id, Index = index, Data = buffer[..read] };
                db.ExportFileChunks.Add(chunk);
                await db.SaveChangesAsync(token);
                db.Entry(chunk).State = EntityState.Detached;
                if (read < ChunkSize) break;
            }
            row.Status = ExportFileStatus.Done;
            row.FinishedAt = now;
            row.HeartbeatAt = now;
            row.Size = size;
            row.Sha256 = hash;
            row.ProgressDone = latest.Total > 0 ? latest.Total : latest.Done;
            row.ProgressTotal = latest.Total;
            row.Stage = "완료";
            var days = row.HoldsPersonalData ? ExportOptions.PersonalDataRetentionDays : Math.Max(1, Options.RetentionDays);
            row.ExpiresAt = now.AddDays(days);
            db.Record(Actor.System, now, "export.done", nameof(ExportFile), Id(row.Id),
                after: new { row.Kind, row.FileName, row.Size, row.Sha256, row.RequestedByName, ExpiresAt = row.ExpiresAt, RetentionDays = days });
        }, ct);
    }

    private async Task FinishAsync(long id, ExportFileStatus status, string? reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var row = await db.ExportFiles.SingleAsync(f => f.Id == id, token);
            if (row.Status != ExportFileStatus.Running || row.RunnerId != RunnerId) return;
            Finish(db, row, status, reason, now);
        }, ct);
    }

    private static void Finish(AppDbContext db, ExportFile row, ExportFileStatus status, string? reason, DateTimeOffset now)
    {
        row.Status = status;
        row.FinishedAt = now;
        row.FailureReason = reason is null ? null : Limit(reason, 1000);
        row.Stage = status == ExportFileStatus.Cancelled ? "취소됨" : "실패";
        db.Record(Actor.System, now, status == ExportFileStatus.Cancelled ? "export.cancelled" : "export.failed", nameof(ExportFile), Id(row.Id),
            after: new { row.Kind, row.FileName, row.RequestedByName, Reason = reason });
    }

    private async Task RequeueAsync(long id, CancellationToken ct) =>
        await writer.ExecuteAsync((db, token) => db.ExportFiles
            .Where(f => f.Id == id && f.Status == ExportFileStatus.Running && f.RunnerId == RunnerId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, ExportFileStatus.Queued).SetProperty(f => f.RunnerId, (string?)null)
                .SetProperty(f => f.Stage, "대기 중 (서버 재시작)"), token), ct);

    /// <summary>
    /// Exports left Running by a stopped process (stale heartbeat): re-queued while they have claims left, else failed.
    /// Returns how many it found.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - Options.StaleAfter;
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var stale = await db.ExportFiles.Where(f => f.Status == ExportFileStatus.Running && f.HeartbeatAt < staleBefore).ToListAsync(token);
            foreach (var row in stale)
            {
                var previous = row.RunnerId;
                if (row.CancelRequested)
                {
                    row.Status = ExportFileStatus.Cancelled;
                    row.FinishedAt = now;
                    row.Stage = "취소됨";
                }
                else if (row.Attempts < Options.MaxAttempts)
                {
                    row.Status = ExportFileStatus.Queued;
                    row.Stage = "대기 중 (다시 시도)";
                }
                else
                {
                    row.Status = ExportFileStatus.Failed;
                    row.FinishedAt = now;
                    row.FailureReason = Crashed;
                    row.Stage = "실패";
                }
                row.RunnerId = null;
                db.Record(Actor.System, now, "export.recovered", nameof(ExportFile), Id(row.Id),
                    after: new { row.Kind, row.FileName, Runner = previous, row.Attempts, Status = row.Status.ToString() });
            }
            return stale.Count;
        }, ct);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Limit(string? text, int max) => text is null ? "" : text.Length <= max ? text : text[..max];

    /// <summary>Keeps only the latest report (the kind may report from any thread; the heartbeat reads it).</summary>
    private sealed class LatestProgress : IProgress<ExportProgress>
    {
        private ExportProgress _latest = new(0, 0, "생성 중");
        private readonly Lock _lock = new();

        public ExportProgress Latest
        {
            get
            {
                lock (_lock) return _latest;
            }
        }

        public void Report(ExportProgress value)
        {
            lock (_lock) _latest = value;
        }
    }
}
