namespace BackOffice.Data.Platform.Lots;

/// <summary>Credits (001) or Oh! points (004): member value kept in lots that expire one by one.</summary>
public enum LotKind
{
    Credit = 0,
    Point = 1,
}

public enum LotState
{
    Open = 0,
    /// <summary>Spent to the last won.</summary>
    Used = 1,
    /// <summary>Its remainder posted to the forfeited account when its validity ended (001 §4, 004 제5조①④).</summary>
    Expired = 2,
    /// <summary>Its remainder forfeited at once: a cause of 004 제5조⑤, or the member's withdrawal (001 §5).</summary>
    Forfeited = 3,
    /// <summary>Its top-up was taken back (purchase failed, fraud: 001 §5).</summary>
    Reversed = 4,
}

/// <summary>
/// One top-up of credits or one earning of points, with its own expiry. The lots of an account together hold exactly
/// its balance (<see cref="LotLedger.CheckAsync"/> proves it): use takes the oldest open lots first (004 제4조⑥), and
/// expiry posts each lot's remainder to the forfeited account.
/// </summary>
public class ValueLot
{
    public long Id { get; set; }
    public LotKind Kind { get; set; }
    public long MemberId { get; set; }
    /// <summary>The member's <see cref="AccountKind.Credits"/> or <see cref="AccountKind.Points"/> account.</summary>
    public long AccountId { get; set; }
    public long ProgramId { get; set; }
    /// <summary>The policy version whose validity rule set <see cref="ExpiresOn"/>.</summary>
    public int PolicyVersion { get; set; }
    public long Amount { get; set; }
    public long Remaining { get; set; }
    public DateTimeOffset AcquiredAt { get; set; }
    /// <summary>The last KST day the lot can be used; the expiry run takes it from the next day.</summary>
    public DateOnly ExpiresOn { get; set; }
    /// <summary>How <see cref="ExpiresOn"/> was found, with its clause, e.g. "충전 2026-03-10 → 1년 → 2027-03-10까지 (001 §4 case 1)".</summary>
    public string ExpiryRule { get; set; } = "";
    /// <summary>What opened the lot: a top-up number, a merchant approval, a promotion.</summary>
    public string Source { get; set; } = "";
    public long SourceEntryId { get; set; }
    public JournalEntry? SourceEntry { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    /// <summary>When the member was told this lot will expire (004 제5조④: 2 months before; credits: 운영 정책).</summary>
    public DateTimeOffset? ExpiryNoticeAt { get; set; }
    public LotState State { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public long Version { get; set; }
}

public enum LotMovementKind
{
    Acquire = 0,
    Use = 1,
    Expire = 2,
    Forfeit = 3,
    Reverse = 4,
}

/// <summary>What one journal entry did to one lot: the trail from every posting on a credits or points account to its lots.</summary>
public class LotMovement
{
    public long Id { get; set; }
    public long LotId { get; set; }
    public ValueLot? Lot { get; set; }
    public long JournalEntryId { get; set; }
    public JournalEntry? JournalEntry { get; set; }
    public LotMovementKind Kind { get; set; }
    /// <summary>Positive for the acquisition, negative for what was taken.</summary>
    public long Amount { get; set; }
    public long RemainingAfter { get; set; }
    public DateTimeOffset At { get; set; }
}
