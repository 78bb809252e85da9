namespace BackOffice.Data.CardIntake;

public enum IntakeStatus
{
    /// <summary>The member asked; the card is stopped and we wait for it by mail.</summary>
    Requested = 0,
    CardReceived = 1,
    Inspected = 2,
    /// <summary>Inspection found no qualifying damage (simple scratches, 000 재발급).</summary>
    Rejected = 3,
    BalanceVerified = 4,
    Settled = 5,
    Closed = 6,
}

public enum DefectKind
{
    Unknown = 0,
    /// <summary>파손</summary>
    Damaged = 1,
    /// <summary>고장</summary>
    Broken = 2,
}

public enum IntakeSettlement
{
    RefundToAccount = 0,
    LoadToNewCard = 1,
    ReplaceCard = 2,
}

/// <summary>
/// A damaged or broken card taken in (카드 접수): received → inspected → balance verified → settled → closed,
/// against the deadlines of the program policy, each stored with the rule that produced it.
/// </summary>
public class CardIntakeCase
{
    public long Id { get; set; }
    public string CaseNo { get; set; } = "";
    public long CardId { get; set; }
    public Card? Card { get; set; }
    public long MemberId { get; set; }
    public IntakeStatus Status { get; set; }
    public DefectKind ReportedKind { get; set; }
    public DefectKind InspectedKind { get; set; }
    public long PolicyId { get; set; }
    public ProgramPolicy? Policy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedById { get; set; } = "";
    public string RequestedByName { get; set; } = "";
    public DateTimeOffset? CardReceivedAt { get; set; }
    public DateTimeOffset? InspectedAt { get; set; }
    public string InspectionNotes { get; set; } = "";
    public string? RejectionReason { get; set; }
    /// <summary>Replaced free: a broken card within the warranty (1 year from first use, 003 하나로 제11조3).</summary>
    public bool WithinWarranty { get; set; }
    public string WarrantyExplanation { get; set; } = "";
    public long? VerifiedBalance { get; set; }
    public DateTimeOffset? BalanceVerifiedAt { get; set; }
    /// <summary>Balance verification deadline (15 days; transit: 10 business days) and its rule.</summary>
    public DateOnly? BalanceDueBy { get; set; }
    public string BalanceDueRule { get; set; } = "";
    /// <summary>Replacement shipping deadline (5 business days) and its rule.</summary>
    public DateOnly? ReplacementDueBy { get; set; }
    public string ReplacementDueRule { get; set; } = "";
    /// <summary>Set by the overdue job when the balance deadline passes before verification; cleared once settled, rejected or closed.</summary>
    public DateTimeOffset? OverdueSince { get; set; }
    public IntakeSettlement? Settlement { get; set; }
    public DateTimeOffset? SettledAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public long? ReplacementCardId { get; set; }
    /// <summary>
    /// Settled to the bank account: the defect refund request the settlement filed (issue 10). The money waits in the
    /// refund hold for Finance approval, a payout batch and the transfer file; the case never posts to the payout account.
    /// </summary>
    public long? RefundRequestId { get; set; }
    public RefundRequest? RefundRequest { get; set; }
    public string IdempotencyKey { get; set; } = "";
    /// <summary>The client key of the settle command that settled the case: a repeat of it returns as the first did.</summary>
    public string? SettlementKey { get; set; }
    public long Version { get; set; }
    public List<CardIntakePhoto> Photos { get; set; } = [];
}

/// <summary>A photo taken at intake or inspection (card number side, damage). The file lives in the data folder.</summary>
public class CardIntakePhoto
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string StoredName { get; set; } = "";
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedByName { get; set; } = "";
}
