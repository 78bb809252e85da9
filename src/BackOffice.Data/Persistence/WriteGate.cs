namespace BackOffice.Data.Persistence;

/// <summary>
/// Lets one write transaction at a time into an SQLite database. SQLite 3.50.4 (the newest the registry
/// serves) has the WAL-reset bug fixed in 3.51.3: two connections writing or checkpointing the same file
/// at the same moment can corrupt it. PostgreSQL needs no gate; its concurrency tokens do the work.
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
