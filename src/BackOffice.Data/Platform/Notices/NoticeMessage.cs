namespace BackOffice.Data.Platform.Notices;

public enum NoticeChannel
{
    Sms = 0,
    Email = 1,
}

/// <summary>
/// Where a notice stands. <see cref="Pending"/> and <see cref="Failed"/> wait for <see cref="NoticeMessage.NextAttemptAt"/>;
/// <see cref="Sending"/> is held by one sender until its lease (also <see cref="NoticeMessage.NextAttemptAt"/>) runs out;
/// <see cref="Sent"/> and <see cref="Abandoned"/> are final.
/// </summary>
public enum NoticeStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    /// <summary>The last attempt failed; the next one is scheduled with back-off.</summary>
    Failed = 3,
    /// <summary>Given up after the maximum number of attempts; shown on the member's timeline.</summary>
    Abandoned = 4,
}

/// <summary>
/// One notice to one member on one channel: the outbox row, written in the same transaction as the event it tells
/// about (<see cref="NoticeOutbox.EnqueueAsync"/>) and sent later by the sender job. Subject and body are rendered at
/// write time from the template version in force that day, so a later template change never alters what was promised.
/// The recipient is personal data: stored because the sender needs it, never written to a log.
/// </summary>
public class NoticeMessage
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public NoticeChannel Channel { get; set; }
    public string TemplateKey { get; set; } = "";
    public int TemplateVersion { get; set; }
    /// <summary>Phone digits (SMS) or e-mail address. Personal data: never logged.</summary>
    public string Recipient { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>The business number of the event, e.g. the lost-card report number or the refund request number.</summary>
    public string EventRef { get; set; } = "";
    /// <summary>One notice per event, template and channel: <c>{template}:{event}:{channel}</c>, unique.</summary>
    public string DedupeKey { get; set; } = "";
    public NoticeStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the message is next due: the first send, the next retry, or the end of a sender's lease.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>The claim of the sender holding the message while <see cref="NoticeStatus.Sending"/>.</summary>
    public string? ClaimToken { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ProviderMessageId { get; set; }
    public long Version { get; set; }

    public List<NoticeAttempt> AttemptLog { get; set; } = [];

    public static string DedupeKeyFor(string templateKey, string eventRef, NoticeChannel channel) =>
        $"{templateKey}:{eventRef}:{channel.ToString().ToLowerInvariant()}";
}

public enum NoticeAttemptOutcome
{
    Sent = 0,
    Failed = 1,
}

/// <summary>The delivery log: one row per send attempt with its outcome.</summary>
public class NoticeAttempt
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public NoticeMessage? Message { get; set; }
    public int Number { get; set; }
    public DateTimeOffset At { get; set; }
    public NoticeAttemptOutcome Outcome { get; set; }
    /// <summary>What went wrong, without the recipient.</summary>
    public string? Error { get; set; }
    public string? ProviderMessageId { get; set; }
}
