namespace BackOffice.Web.Features.Cases;

/// <summary>A member's card offered for linking when a case is opened.</summary>
public sealed record CaseCardChoice(long Id, string Masked, string ProgramName, CardStatus Status);

/// <summary>A recent ledger entry of the member offered for linking (a transaction the case is about).</summary>
public sealed record CaseEntryChoice(long Id, DateTimeOffset OccurredAt, EntryType Type, long Amount, string Description, string? CardMasked);

/// <summary>What the open dialog offers: the member's cards and recent transactions.</summary>
public sealed record CaseOpenOptions(IReadOnlyList<CaseCardChoice> Cards, IReadOnlyList<CaseEntryChoice> Entries);

/// <summary>One row of the member's case tab.</summary>
public sealed record CaseSummary(long Id, string Number, CaseType Type, CaseStatus Status, string Subject, DateTimeOffset ReceivedAt,
    DateOnly? DueOn, int? DaysLeft, string? AssigneeName, bool DelayNoticeSent, CaseOutcome Outcome, DateTimeOffset? ClosedAt);

public sealed record CaseHistoryLine(DateTimeOffset At, string Kind, string ActorName, string Text);

public sealed record CaseAttachmentInfo(long Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset AddedAt, string AddedByName);

/// <summary>An outbox message of the case (receipt, delay, result), with its delivery status.</summary>
public sealed record CaseNoticeInfo(long Id, string TemplateKey, NoticeChannel Channel, string Subject, string Body, NoticeStatus Status, DateTimeOffset CreatedAt);

public sealed record CaseLinkedEntry(long Id, DateTimeOffset OccurredAt, EntryType Type, long Amount, string Description);

/// <summary>Everything the case page shows.</summary>
public sealed record CaseDetail(
    long Id, string Number, CaseType Type, CaseChannel Channel, CaseStatus Status, long MemberId, string MemberNo, string MaskedMemberName,
    string? ProgramName, string Subject, string Description, DateTimeOffset ReceivedAt, DateTimeOffset OpenedAt, string OpenedByName,
    string? AssigneeId, string? AssigneeName, CaseClockRule Rule, DateTimeOffset? IdentityConfirmedAt, DateOnly? ClockStartsOn,
    DateOnly? DueOn, string DueDerivation, int PausedDays, int? DaysLeft, bool NeedsDelayNotice,
    DateTimeOffset? ReceiptNoticeAt, DateTimeOffset? DelayNoticeAt, string? DelayReason, DateOnly? PromisedBy, DateTimeOffset? ResultNoticeAt,
    DateTimeOffset? WarnedAt, DateTimeOffset? BreachedAt, CaseOutcome Outcome, string? Resolution, DateTimeOffset? ClosedAt, string? ClosedByName,
    IReadOnlyList<string> LinkedCards, IReadOnlyList<CaseLinkedEntry> LinkedEntries, IReadOnlyList<CaseHistoryLine> History,
    IReadOnlyList<CaseAttachmentInfo> Attachments, IReadOnlyList<CaseNoticeInfo> Notices, CasePause? OpenPause);

/// <summary>An attachment's bytes for the download endpoint.</summary>
public sealed record CaseAttachmentFile(string FileName, string ContentType, byte[] Content);
