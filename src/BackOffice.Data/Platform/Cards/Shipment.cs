namespace BackOffice.Data.Platform.Cards;

public enum ShipmentMethod
{
    /// <summary>보통우편: welcome and reissued cards (000 발급신청).</summary>
    Ordinary = 0,
    /// <summary>등기우편: replacements of broken cards (000 재발급).</summary>
    Registered = 1,
}

public enum ShipmentStatus
{
    Requested = 0,
    HandedToPost = 1,
    Delivered = 2,
    Returned = 3,
}

/// <summary>A card on its way to a member. Minimal for now; delivery handling comes with its own issue.</summary>
public class Shipment
{
    public long Id { get; set; }
    public long CardId { get; set; }
    public Card? Card { get; set; }
    public long MemberId { get; set; }
    public long? ReissueRequestId { get; set; }
    public string Address { get; set; } = "";
    public ShipmentMethod Method { get; set; }
    public ShipmentStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>When it must leave, and the rule that set it (e.g. replacement within 5 business days).</summary>
    public DateOnly DueBy { get; set; }
    public string DueRule { get; set; } = "";
}
