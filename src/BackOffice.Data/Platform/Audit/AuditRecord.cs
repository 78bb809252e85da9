namespace BackOffice.Data.Platform.Audit;

/// <summary>
/// Append-only record of a state change or an unmasking of personal data. Never updated or deleted:
/// <c>AppDbContext</c> refuses changes to existing rows and database triggers (<see cref="AuditTriggers"/>) refuse
/// UPDATE and DELETE. Each record is chained to the one before it (<see cref="AuditChain"/>): its
/// <see cref="Hash"/> covers its fields and the previous record's hash, so an edited, removed or inserted row breaks
/// the chain at that point (<see cref="AuditChainVerifier"/>).
/// </summary>
public class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    /// <summary>A stable action code, e.g. "member.unmask", "staff.disable".</summary>
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>The member concerned, so the member timeline can list it.</summary>
    public long? MemberId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }

    /// <summary>Position in the chain: 1, 2, 3, … without gaps. Null only for a row written before the chain existed and not yet sealed.</summary>
    public long? Sequence { get; set; }
    /// <summary>The <see cref="Hash"/> of the record at <see cref="Sequence"/> − 1 (<see cref="AuditChain.Genesis"/> for the first).</summary>
    public string? PreviousHash { get; set; }
    /// <summary>SHA-256 (lower-case hex) over <see cref="AuditChain.Canonical"/>: set when the record is saved.</summary>
    public string? Hash { get; set; }
}
