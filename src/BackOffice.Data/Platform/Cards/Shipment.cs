namespace BackOffice.Data.Platform.Cards;

public enum ShipmentMethod
{
    /// <summary>보통우편: welcome and reissued cards (000 발급신청).</summary>
    Ordinary = 0,
    /// <summary>등기우편: replacements of broken cards (000 재발급).</summary>
    Registered = 1,
}

/// <summary>
/// The shipment life cycle (issue 14): 신청 → 발송 준비 (in a closed mailing batch) → 우체국 접수 (vendor's dispatch
/// confirmation) → 배송 중 → 수령 확인, or → 반송 → 재발송 (a new shipment continues it). Numbers are stored: keep them.
/// </summary>
public enum ShipmentStatus
{
    /// <summary>신청: waiting for the day's mailing batch; the address may change until the end of the application day.</summary>
    Requested = 0,
    /// <summary>우체국 접수: the vendor confirmed the hand-over to the post office.</summary>
    HandedToPost = 1,
    /// <summary>수령 확인: the member registered the card, or an agent confirmed it after a call.</summary>
    Delivered = 2,
    /// <summary>반송: the post office returned it; the happy-call queue takes over.</summary>
    Returned = 3,
    /// <summary>발송 준비: in a closed mailing batch; the address is locked.</summary>
    Preparing = 4,
    /// <summary>배송 중: on its way (dispatch confirmation with a tracking number).</summary>
    InTransit = 5,
    /// <summary>재발송됨: a returned card sent again; <see cref="Shipment.ResentAsShipmentId"/> continues it.</summary>
    Resent = 6,
    /// <summary>취소: the application was withdrawn before the batch.</summary>
    Cancelled = 7,
}

/// <summary>Why a card is on its way.</summary>
public enum ShipmentKind
{
    /// <summary>A new card applied for (the welcome card is free once per member and program, 000 발급신청).</summary>
    NewCard = 0,
    /// <summary>A reissue after loss or damage (the reissue workflow).</summary>
    Reissue = 1,
    /// <summary>A replacement from card intake.</summary>
    Replacement = 2,
    /// <summary>A returned card sent again (000 배송: the first re-send is free).</summary>
    Resend = 3,
    /// <summary>A wrong card was delivered: the chosen design is sent without a fee (000 배송).</summary>
    WrongCardResend = 4,
}

/// <summary>A card on its way to a member, with its whole history in <see cref="ShipmentEvent"/>.</summary>
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

    // Issue 14: delivery.
    public ShipmentKind Kind { get; set; }
    /// <summary>Shipment number <c>S{yyyyMMdd}-{NNNNNN}</c>; the vendor and the post office files carry it.</summary>
    public string Number { get; set; } = "";
    /// <summary>The KST day of the application: the address may change until its end (000 배송).</summary>
    public DateOnly ApplicationDay { get; set; }
    /// <summary>5-digit postcode (우편번호). Personal data with the address lines.</summary>
    public string Postcode { get; set; } = "";
    /// <summary>도로명주소. Personal data: masked on screen, unmasked with a reason.</summary>
    public string RoadAddress { get; set; } = "";
    /// <summary>상세주소. Personal data.</summary>
    public string AddressDetail { get; set; } = "";
    public string Design { get; set; } = "";
    /// <summary>The fee charged for this shipment (0 when free) and why, with the rule.</summary>
    public long Fee { get; set; }
    public string FeeRule { get; set; } = "";
    public long? FeeEntryId { get; set; }
    public long? MailingBatchId { get; set; }
    /// <summary>Set when the mailing batch took the address to the vendor: no change after it.</summary>
    public DateTimeOffset? AddressLockedAt { get; set; }
    public string? TrackingNumber { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? ReturnReason { get; set; }
    /// <summary>The returned shipment this one re-sends.</summary>
    public long? ResendOfShipmentId { get; set; }
    /// <summary>The shipment that re-sent this returned one.</summary>
    public long? ResentAsShipmentId { get; set; }
    /// <summary>When a member not reached after three happy-call attempts was sent a notice.</summary>
    public DateTimeOffset? UnreachedNoticeAt { get; set; }
    /// <summary>The key of the click that created it (applications, re-sends); null for older shipments.</summary>
    public string? IdempotencyKey { get; set; }
    public long Version { get; set; }
}
