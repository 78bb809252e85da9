namespace BackOffice.Data.Prescription;

public enum PrescriptionItemStatus
{
    /// <summary>Listed by the run; no notice needed (bearer card, no member, or below the notice minimum) or not yet sent.</summary>
    Listed = 0,
    /// <summary>The member was told (004 제5조②); the 30 days to object run (제5조③).</summary>
    Notified = 1,
    /// <summary>The member objected within the 30 days: not donated; the balance stays owed.</summary>
    Objected = 2,
    /// <summary>Notice period and objection window over without objection (or no notice needed): may be donated.</summary>
    Due = 3,
    /// <summary>In a donation batch waiting for the second person's approval.</summary>
    Proposed = 4,
    /// <summary>Donated: the ledger entry moved the balance to the donation account.</summary>
    Donated = 5,
    /// <summary>Dropped: the card was used, refunded or its balance changed after the listing.</summary>
    Withdrawn = 6,
}

/// <summary>One run of the prescription job (소멸시효 점검): what it listed, noticed and found due.</summary>
public class PrescriptionRun
{
    public long Id { get; set; }
    /// <summary>P{yyyyMMdd}-{NNNNNN}.</summary>
    public string Number { get; set; } = "";
    public DateOnly AsOf { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public string RanById { get; set; } = "";
    public string RanByName { get; set; } = "";
    public int Listed { get; set; }
    public int Notified { get; set; }
    public int BecameDue { get; set; }
    public int Withdrawn { get; set; }
    public long ListedAmount { get; set; }
}

/// <summary>
/// A card balance whose prescription is complete (004 제5조①: 5 years after the month of last use, or of sale or
/// top-up when never used), on its way to donation (제5조②): a one-month notice for named cards of 50,000 won or more,
/// 30 days of silence as consent (제5조③), then donation only in a batch a second person approves.
/// </summary>
public class PrescriptionItem
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public long CardId { get; set; }
    public long AccountId { get; set; }
    public long? MemberId { get; set; }
    public long ProgramId { get; set; }
    public int PolicyVersion { get; set; }
    /// <summary>The balance listed; the donation takes exactly this, and is refused if the balance moved since.</summary>
    public long Amount { get; set; }
    public DateTimeOffset LastUseOrSaleAt { get; set; }
    public bool NeverUsed { get; set; }
    public DateOnly PrescribedFrom { get; set; }
    /// <summary>E.g. "최종사용월 2021-03 → 5년 → 2026-04-01부터 소멸시효 완성 (004 제5조①)".</summary>
    public string Derivation { get; set; } = "";
    /// <summary>Whether a notice is owed before donation, and the rule that says so.</summary>
    public bool NoticeRequired { get; set; }
    public string NoticeRule { get; set; } = "";
    public DateTimeOffset? NoticeSentAt { get; set; }
    /// <summary>The last day the member may object (notice day + 30 days, 004 제5조③).</summary>
    public DateOnly? ObjectionDeadline { get; set; }
    /// <summary>The donation day announced in the notice (at least a month after it, 004 제5조②).</summary>
    public DateOnly? PlannedDonationOn { get; set; }
    public DateTimeOffset? ObjectedAt { get; set; }
    public string ObjectionNote { get; set; } = "";
    public string ObjectionRecordedById { get; set; } = "";
    public string ObjectionRecordedByName { get; set; } = "";
    public long? DonationBatchId { get; set; }
    public long? DonationEntryId { get; set; }
    public PrescriptionItemStatus Status { get; set; }
    public long Version { get; set; }
}

public enum DonationBatchStatus
{
    Proposed = 0,
    Donated = 1,
    Refused = 2,
}

/// <summary>A set of due prescription items proposed for donation by one Finance person and donated only when a second approves.</summary>
public class DonationBatch
{
    public long Id { get; set; }
    /// <summary>G{yyyyMMdd}-{NNNNNN}.</summary>
    public string Number { get; set; } = "";
    /// <summary>여신전문금융업협회가 설립한 기부금관리재단 (004 제5조②).</summary>
    public string Recipient { get; set; } = "";
    public int Items { get; set; }
    public long Total { get; set; }
    public DonationBatchStatus Status { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public string ProposedById { get; set; } = "";
    public string ProposedByName { get; set; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string DecidedById { get; set; } = "";
    public string DecidedByName { get; set; } = "";
    public string DecisionNote { get; set; } = "";
    public long? EntryId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public long Version { get; set; }
}
