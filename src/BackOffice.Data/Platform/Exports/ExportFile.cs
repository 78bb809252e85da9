namespace BackOffice.Data.Platform.Exports;

public enum ExportFileStatus
{
    /// <summary>Waiting for a runner to claim it.</summary>
    Queued = 0,
    /// <summary>Claimed by one runner (<see cref="ExportFile.RunnerId"/>), which writes its heartbeat and progress.</summary>
    Running = 1,
    /// <summary>Written: the content is stored in <see cref="ExportFileChunk"/> rows until <see cref="ExportFile.ExpiresAt"/>.</summary>
    Done = 2,
    Failed = 3,
    /// <summary>Past its expiry: the content is deleted, the row (who, why, hash) stays.</summary>
    Expired = 4,
    /// <summary>Cancelled by its owner before it was done.</summary>
    Cancelled = 5,
}

/// <summary>
/// A file the portal produces in the background (issue 12 item 5): which kind, with which parameters, who asked and
/// why, how far it is, and when it is done its name, size, SHA-256 and expiry. The bytes live in
/// <see cref="ExportFileChunk"/> rows (in the shared database, so any portal server can hand the file out).
/// </summary>
public class ExportFile
{
    public long Id { get; set; }
    /// <summary>The export kind's key, e.g. <c>deduction-workbook</c>.</summary>
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>The parameters as JSON (a text dictionary).</summary>
    public string Parameters { get; set; } = "{}";
    public string RequestedBy { get; set; } = "";
    public string RequestedByName { get; set; } = "";
    /// <summary>The requester's roles when they asked (comma-separated), handed to the kind as the job's actor.</summary>
    public string RequestedRoles { get; set; } = "";
    public string? Reason { get; set; }
    public bool HoldsPersonalData { get; set; }
    public ExportFileStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>The runner (server and process) that claimed it; null while queued.</summary>
    public string? RunnerId { get; set; }
    /// <summary>Last sign of life of the running job; a Running row whose heartbeat is stale was left by a crashed process.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
    /// <summary>How many times a runner claimed it (a crash re-queues it once, then it fails).</summary>
    public int Attempts { get; set; }
    /// <summary>Set by the owner's cancel while it runs; the runner notices it at its next heartbeat.</summary>
    public bool CancelRequested { get; set; }
    public long ProgressDone { get; set; }
    public long ProgressTotal { get; set; }
    public string Stage { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>Lower-case hex SHA-256 of the file.</summary>
    public string Sha256 { get; set; } = "";
    public DateTimeOffset? ExpiresAt { get; set; }
    public int Downloads { get; set; }
    public string? FailureReason { get; set; }
}

/// <summary>One piece of an export's content, in order (<see cref="Index"/> from 0), at most 1 MiB each.</summary>
public class ExportFileChunk
{
    public long Id { get; set; }
    public long FileId { get; set; }
    public int Index { get; set; }
    public byte[] Data { get; set; } = [];
}
