namespace BackOffice.Data.Cases;

/// <summary>
/// An error correction's adjusting entry, proposed by one person and posted only when a second person approves
/// (four eyes). Amount is signed won on the member account: positive credits the member, negative debits.
/// </summary>
public class CaseAdjustment
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long MemberId { get; set; }
    /// <summary>The card whose balance is corrected; null for the e-money or cashback account.</summary>
    public long? CardId { get; set; }
    /// <summary>Which member account (card balance, e-money, cashback).</summary>
    public Platform.Ledger.AccountKind Account { get; set; }
    public long Amount { get; set; }
    public string Reason { get; set; } = "";
    public AdjustmentStatus Status { get; set; }
    public string ProposedById { get; set; } = "";
    public string ProposedByName { get; set; } = "";
    public DateTimeOffset ProposedAt { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RefusalReason { get; set; }
    public long? JournalEntryId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public long Version { get; set; }
}

/// <summary>
/// A fraud compensation claim's assessment (004 제13조④–⑥): the fraudulent uses from 60 days before the loss report,
/// the member's share for use before the report (at most 20,000 won per card) and the compensation, paid as a refund
/// request. <see cref="Calculation"/> is the human-readable derivation the screen shows.
/// </summary>
public class FraudClaimAssessment
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long LostCardReportId { get; set; }
    public long CardId { get; set; }
    public long ClaimedAmount { get; set; }
    public long EligibleAmount { get; set; }
    public long MemberShare { get; set; }
    public long Compensation { get; set; }
    public string Calculation { get; set; } = "";
    public long? RefundRequestId { get; set; }
    public DateTimeOffset AssessedAt { get; set; }
    public string AssessedById { get; set; } = "";
    public string AssessedByName { get; set; } = "";
}

/// <summary>A paper statement's issue through the document pipeline and its mailing (003 하나로 제15조④).</summary>
public class PaperStatementMailing
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public string DocumentNumber { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? MailedAt { get; set; }
    /// <summary>등기번호 or a note on how it was sent.</summary>
    public string? MailingReference { get; set; }
    public string? MailedById { get; set; }
    public string? MailedByName { get; set; }
}
