namespace BackOffice.Data.Platform.Audit;

/// <summary>
/// Append-only record of a state change or an unmasking of personal data. Never updated or deleted:
/// <c>AppDbContext</c> refuses changes to existing rows.
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
}
