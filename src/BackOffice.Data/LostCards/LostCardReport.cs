namespace BackOffice.Data.LostCards;

public enum LossKind
{
    Lost = 0,
    Stolen = 1,
}

public enum ReportChannel
{
    Phone = 0,
    Visit = 1,
    App = 2,
}

/// <summary>
/// A lost or stolen card report. The card stops at <see cref="ReportedAt"/>; what happens to its balance
/// follows the program policy in force (000 분실: to e-money; 004 제13조③: to the reissued card; else none).
/// One report per card: a second report of the same card finds this one (unique card id).
/// </summary>
public class LostCardReport
{
    public long Id { get; set; }
    /// <summary>The number read out to the member, e.g. L20261122-000123.</summary>
    public string ReportNo { get; set; } = "";
    public long CardId { get; set; }
    public Card? Card { get; set; }
    public long MemberId { get; set; }
    public LossKind Kind { get; set; }
    public ReportChannel Channel { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public string ReportedById { get; set; } = "";
    public string ReportedByName { get; set; } = "";
    public string Notes { get; set; } = "";
    /// <summary>The balance on the card at the report time.</summary>
    public long BalanceAtReport { get; set; }
    /// <summary>What moved to e-money with the stop (0 when the policy keeps it for the reissued card or forfeits it).</summary>
    public long SweptToEmoney { get; set; }
    /// <summary>What waits on the stopped card to be carried to the reissued card.</summary>
    public long CarriedToReissue { get; set; }
    public long? SweepEntryId { get; set; }
    public LostCardBalanceHandling Handling { get; set; }
    public long PolicyId { get; set; }
    public ProgramPolicy? Policy { get; set; }
    /// <summary>The policy sentence and the calculation the agent saw, kept as shown.</summary>
    public string Explanation { get; set; } = "";
    /// <summary>Fraud-compensation window start (004 제13조④: 60 days before the report), when the program has one.</summary>
    public DateOnly? FraudWindowFrom { get; set; }
    public long MemberFraudShareCap { get; set; }
    public string IdempotencyKey { get; set; } = "";
}
