using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace BackOffice.Data.Platform.Audit;

/// <summary>Adds audit records to the caller's context so they commit with the change they describe.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static AuditRecord Record(
        this AppDbContext db, Actor actor, DateTimeOffset at, string action, string entityType, string entityId,
        object? before = null, object? after = null, string? reason = null, long? memberId = null)
    {
        var record = new AuditRecord
        {
            At = at,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            MemberId = memberId,
            Before = Serialize(before),
            After = Serialize(after),
            Reason = reason,
        };
        db.AuditRecords.Add(record);
        return record;
    }

    private static string? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => JsonSerializer.Serialize(value, Json),
    };
}
