namespace BackOffice.Data.Platform.Persistence;

/// <summary>
/// Lets one write transaction at a time into an SQLite database, which is SQLite's own model (one writer,
/// many readers in WAL mode): waiting here in order is fairer and faster than every writer spinning on
/// SQLITE_BUSY. PostgreSQL and SQL Server need no gate; their concurrency tokens do the work.
/// </summary>
public sealed class WriteGate(bool enabled)
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public bool Enabled => enabled;

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!enabled) return NoLock.Instance;
        await _semaphore.WaitAsync(ct);
        return new Release(_semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();
        public void Dispose() { }
    }
}
