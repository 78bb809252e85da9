namespace BackOffice.Web.Features.Cases;

/// <summary>An error correction's adjusting entry, as proposed: which member account, signed won (positive credits the
/// member), the reason, and the click's key.</summary>
public sealed record ProposeAdjustmentCommand(string CaseNumber, AccountKind Account, long? CardId, long Amount, string Reason, string IdempotencyKey);

/// <summary>An adjustment on screen (the approvals page, the case's panel).</summary>
public sealed record CaseAdjustmentRow(
    long Id, long CaseId, string CaseNumber, string CaseSubject, string MemberNo, AccountKind Account, string AccountLabel, long Amount, string Reason,
    AdjustmentStatus Status, string ProposedById, string ProposedByName, DateTimeOffset ProposedAt, string? DecidedByName, DateTimeOffset? DecidedAt,
    string? RefusalReason, long? JournalEntryId, string CounterAccountLabel);

/// <summary>A member account an adjustment may correct: e-money, cashback, or a card linked to the case.</summary>
public sealed record AdjustmentAccountOption(AccountKind Account, long? CardId, string Label, long Balance);

/// <summary>What the fraud claim panel shows before assessing: the report and the card's payments around it.</summary>
public sealed record FraudClaimContext(
    string CaseNumber, long CardId, string CardMasked, string ReportNo, long LostCardReportId, DateTimeOffset ReportedAt, DateOnly WindowFrom,
    int DaysBeforeReport, long CapPerCard, IReadOnlyList<FraudUse> Payments, FraudClaimAssessmentView? Assessment);

/// <summary>A stored assessment with the refund request that pays it.</summary>
public sealed record FraudClaimAssessmentView(
    long Id, long ClaimedAmount, long EligibleAmount, long MemberShare, long Compensation, string Calculation, string? RefundRequestNo,
    string? RefundStatus, DateTimeOffset AssessedAt, string AssessedByName);

/// <summary>The agent's assessment: the uses claimed (payment entries of the reported card), the ⑤ exclusions ticked
/// (each needs the reason), and the click's key.</summary>
public sealed record AssessFraudClaimCommand(
    string CaseNumber, IReadOnlyList<long> ClaimedEntryIds, IReadOnlyList<FraudExclusion> Exclusions, string? ExclusionReason, string IdempotencyKey);

public sealed record FraudClaimAssessed(long AssessmentId, long Compensation, string Calculation, string? RefundRequestNo);

/// <summary>Issue the case's transaction statement for a period (and optionally one card).</summary>
public sealed record IssuePaperStatementCommand(string CaseNumber, DateOnly From, DateOnly To, long? CardId, string IdempotencyKey);

public sealed record PaperStatementRow(
    long Id, string DocumentNumber, DateTimeOffset IssuedAt, DateTimeOffset? MailedAt, string? MailingReference, string? MailedByName);

/// <summary>The paper statement panel's data: the case, the member's cards, and what was issued and mailed.</summary>
public sealed record PaperStatementContext(
    string CaseNumber, long MemberId, CaseStatus Status, DateTimeOffset ReceivedAt, IReadOnlyList<(long Id, string Masked)> Cards,
    IReadOnlyList<PaperStatementRow> Issued);
