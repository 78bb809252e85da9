namespace BackOffice.Web.Platform.Exports;

/// <summary>The operator's settings of the background exports (configuration section <c>Exports</c>).</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>Files holding personal data in full are deleted 30 days after they are made (issue 12: the workbook).</summary>
    public const int PersonalDataRetentionDays = 30;

    /// <summary>Days other files are kept before their content is deleted (운영 정책; default 7).</summary>
    public int RetentionDays { get; set; } = 7;

    /// <summary>Exports one portal server runs at once; the rest wait in the queue.</summary>
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>How often a running export writes its progress and heartbeat.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A running export whose heartbeat is older than this was left by a stopped server: re-queued once, then failed.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle runner looks for queued exports (another server's, or a missed signal).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Claims of one export before a crash fails it instead of re-queueing it.</summary>
    public int MaxAttempts { get; set; } = 2;
}
