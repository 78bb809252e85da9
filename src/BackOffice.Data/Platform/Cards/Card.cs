namespace BackOffice.Data.Platform.Cards;

public enum CardStatus
{
    Active = 0,
    Lost = 1,
    Stolen = 2,
    Defective = 3,
    Replaced = 4,
    Expired = 5,
    Closed = 6,
    /// <summary>Stopped because its member is suspended (003 하나로 제25조①, 004 제7조③); active again when the suspension is lifted.</summary>
    Suspended = 7,
}

public class Card
{
    public long Id { get; set; }
    public long ProgramId { get; set; }
    public CardProgram? Program { get; set; }
    public long? MemberId { get; set; }
    public Member? Member { get; set; }

    /// <summary>
    /// The full number, encrypted (<see cref="NumberKeyRing"/>): set it with <c>NumberKeyRing.SetNumber</c>, read it only
    /// through an audited unmask. Screens show <see cref="Last4"/>. Null only on a legacy row the conversion has not reached.
    /// </summary>
    public string? NumberCipher { get; set; }
    /// <summary>HMAC-SHA-256 of the number (<see cref="NumberKeyRing.CardHash"/>): lookups by number and the unique index.</summary>
    public string? NumberHash { get; set; }
    public string Last4 { get; set; } = "";
    public CardStatus Status { get; set; }
    /// <summary>When the card stopped accepting payments and top-ups (loss report, intake).</summary>
    public DateTimeOffset? StoppedAt { get; set; }
    /// <summary>Registered to a member in the app: a bearer card then gets loss protection (000 분실, 004 제13조②2).</summary>
    public bool IsRegistered { get; set; }
    /// <summary>Named (기명) vs bearer (무기명) card (003 제2조, 004 제2조).</summary>
    public bool IsNamed { get; set; }
    public bool IsMain { get; set; }
    public string Design { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public DateOnly? FirstUsedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    /// <summary>The face value (권면금액) of a voucher, which its 60 % rule is measured against (002 잔액 환불); 0 for other cards.</summary>
    public long FaceValue { get; set; }
    /// <summary>The card this one replaced (reissue chain).</summary>
    public long? ReplacesCardId { get; set; }
    public Card? ReplacesCard { get; set; }
    public long Version { get; set; }

    public string Masked => CardNumber.Mask(Last4);
}
