namespace BackOffice.Data.Platform.Jobs;

public enum JobOutcome
{
    Succeeded = 0,
    Failed = 1,
}

/// <summary>One run of a background job: when, how long, how it ended and on which portal server.</summary>
public class JobRun
{
    public long Id { get; set; }
    /// <summary>The job's key (e.g. <c>refunds.mark-overdue</c>).</summary>
    public string JobName { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long DurationMs { get; set; }
    public JobOutcome Outcome { get; set; }
    /// <summary>What the run did ("3건 기한 경과 표시") or why it failed.</summary>
    public string Message { get; set; } = "";
    /// <summary>The portal server (scheduler instance) that ran it.</summary>
    public string Server { get; set; } = "";
    /// <summary>Who started it by hand from the jobs page; null for a scheduled run.</summary>
    public string? StartedByName { get; set; }
}

/// <summary>The stored result of one ledger consistency check (nightly job or a check by hand).</summary>
public class LedgerCheckRun
{
    public long Id { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public int AccountsChecked { get; set; }
    public long EntriesChecked { get; set; }
    public int Mismatches { get; set; }
    public int UnbalancedEntries { get; set; }
    public long NegativeMemberBalances { get; set; }
    public long GrandTotal { get; set; }
    public bool IsConsistent { get; set; }
    public string Summary { get; set; } = "";
}

/// <summary>
/// A warning for staff (not a notice to a member): shown on the dashboard to everyone holding <see cref="Permission"/>
/// until it is resolved. One open alert per <see cref="Source"/>: a job that finds the same problem again updates it.
/// </summary>
public class StaffAlert
{
    public long Id { get; set; }
    /// <summary>What raised it, e.g. <c>ledger.consistency</c>.</summary>
    public string Source { get; set; } = "";
    public Permission Permission { get; set; }
    public string Title { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
