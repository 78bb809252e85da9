namespace BackOffice.Data.Cases;

/// <summary>
/// A member's case that runs against a legal clock: dispute, complaint, error correction, paper statement or fraud
/// compensation claim (issue 13). The due date is computed once from <see cref="ClockRuleKey"/> and stored with its
/// derivation (<see cref="DueDerivation"/>), so the screen always names the rule that produced it; a pause, an outage
/// or an identity confirmation recomputes it and the new derivation is stored (history keeps the old one).
/// </summary>
public class ServiceCase
{
    public long Id { get; set; }
    /// <summary>Case number <c>K{yyyyMMdd}-{NNNNNN}</c>.</summary>
    public string Number { get; set; } = "";
    public CaseType Type { get; set; }
    public CaseChannel Channel { get; set; }
    public CaseStatus Status { get; set; }
    public long MemberId { get; set; }
    /// <summary>The program whose terms set the clock (the linked card's, else the member's main card's).</summary>
    public long? ProgramId { get; set; }
    public string Subject { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>When the request reached the operator (may be before it was typed in: a letter, a fax).</summary>
    public DateTimeOffset ReceivedAt { get; set; }
    public string OpenedById { get; set; } = "";
    public string OpenedByName { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
    public string? AssigneeId { get; set; }
    public string? AssigneeName { get; set; }

    // The clock.
    public string ClockRuleKey { get; set; } = "";
    /// <summary>Set for clocks that start at identity confirmation (003 캐시비 제13조②); null until confirmed.</summary>
    public DateTimeOffset? IdentityConfirmedAt { get; set; }
    /// <summary>The day the clock starts from (first day not counted, 민법 제157조); null while it has not started.</summary>
    public DateOnly? ClockStartsOn { get; set; }
    /// <summary>The legal due date; null while the clock has not started.</summary>
    public DateOnly? DueOn { get; set; }
    /// <summary>"접수 2026-09-18 → 15일 → 2026-10-03(개천절) → 다음 영업일 2026-10-06 (민법 제157조 초일 불산입, 제161조)".</summary>
    public string DueDerivation { get; set; } = "";
    /// <summary>Days paused so far (waiting for the member's documents), already added into <see cref="DueOn"/>.</summary>
    public int PausedDays { get; set; }

    // Telling the member.
    public DateTimeOffset? ReceiptNoticeAt { get; set; }
    /// <summary>When the delay notice (reason and new schedule) was sent; required before the due date if the case runs late.</summary>
    public DateTimeOffset? DelayNoticeAt { get; set; }
    public string? DelayReason { get; set; }
    /// <summary>The new schedule told to the member in the delay notice.</summary>
    public DateOnly? PromisedBy { get; set; }
    public DateTimeOffset? ResultNoticeAt { get; set; }

    // Escalation (the escalation job).
    /// <summary>When Supervisors were warned that the due date is near.</summary>
    public DateTimeOffset? WarnedAt { get; set; }
    /// <summary>When the case passed its due date unanswered (escalated again at breach).</summary>
    public DateTimeOffset? BreachedAt { get; set; }

    // The end.
    public CaseOutcome Outcome { get; set; }
    public string? Resolution { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedById { get; set; }
    public string? ClosedByName { get; set; }

    /// <summary>The opening click's key: the same click arriving twice opens one case.</summary>
    public string IdempotencyKey { get; set; } = "";
    public long Version { get; set; }

    public List<CaseEvent> Events { get; set; } = [];
    public List<CaseLink> Links { get; set; } = [];
}

/// <summary>One line of a case's history: who did what, when (opened, assigned, notices, pauses, escalations, …).</summary>
public class CaseEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>A short code: <c>opened</c>, <c>assigned</c>, <c>notice.receipt</c>, <c>notice.delay</c>, <c>notice.result</c>,
    /// <c>paused</c>, <c>resumed</c>, <c>warned</c>, <c>breached</c>, <c>note</c>, <c>attachment</c>, <c>adjustment.proposed</c>, …</summary>
    public string Kind { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    /// <summary>What happened, in Korean, for the history list.</summary>
    public string Text { get; set; } = "";
}

/// <summary>A card or a ledger entry (transaction) the case is about.</summary>
public class CaseLink
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long? CardId { get; set; }
    public long? JournalEntryId { get; set; }
}

/// <summary>A file the member sent (letter, fax, screenshot), kept with the case.</summary>
public class CaseAttachment
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset AddedAt { get; set; }
    public string AddedById { get; set; } = "";
    public string AddedByName { get; set; } = "";
}

/// <summary>A pause of the clock (waiting for the member's documents), only where the rule allows one.</summary>
public class CasePause
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateOnly From { get; set; }
    /// <summary>The day the clock runs again; null while paused.</summary>
    public DateOnly? Until { get; set; }
    public string Reason { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string? ResumedById { get; set; }
    public string? ResumedByName { get; set; }
}
