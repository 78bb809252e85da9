namespace BackOffice.Data.Reissue;

public enum ReissueReason
{
    Lost = 0,
    Stolen = 1,
    /// <summary>파손: physical damage by the holder (003 제2조14).</summary>
    Damaged = 2,
    /// <summary>고장: looks fine but fails in terminals (003 제2조13).</summary>
    Broken = 3,
    Expired = 4,
    WrongDesignDelivered = 5,
    ReturnedMail = 6,
}

public enum ReissueStatus
{
    /// <summary>A fee waiver waits for a Supervisor.</summary>
    AwaitingWaiverApproval = 0,
    Issued = 1,
    Rejected = 2,
    Cancelled = 3,
}

/// <summary>A request for a new card replacing an old one. The new card gets a new number and links to the old.</summary>
public class ReissueRequest
{
    public long Id { get; set; }
    public string RequestNo { get; set; } = "";
    public long OldCardId { get; set; }
    public Card? OldCard { get; set; }
    public long? NewCardId { get; set; }
    public Card? NewCard { get; set; }
    public long MemberId { get; set; }
    public ReissueReason Reason { get; set; }
    public long DesignId { get; set; }
    public CardDesign? Design { get; set; }
    public ReissueStatus Status { get; set; }
    public long PolicyId { get; set; }
    public ProgramPolicy? Policy { get; set; }
    /// <summary>The fee the policy sets for the reason, before any waiver.</summary>
    public long Fee { get; set; }
    /// <summary>What the member pays: the fee, or 0 with an approved waiver.</summary>
    public long FeeCharged { get; set; }
    public string FeeExplanation { get; set; } = "";
    public bool WaiverRequested { get; set; }
    public string? WaiverReason { get; set; }
    public string? WaiverDecidedById { get; set; }
    public string? WaiverDecidedByName { get; set; }
    public DateTimeOffset? WaiverDecidedAt { get; set; }
    public string? WaiverDecisionNote { get; set; }
    /// <summary>Balance carried from the old card to the new one (004 제13조③ and defect replacement).</summary>
    public long CarriedBalance { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedById { get; set; } = "";
    public string RequestedByName { get; set; } = "";
    public DateTimeOffset? IssuedAt { get; set; }
    public long? IntakeCaseId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public long Version { get; set; }
}
