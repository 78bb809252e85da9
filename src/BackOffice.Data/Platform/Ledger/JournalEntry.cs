namespace BackOffice.Data.Platform.Ledger;

public enum EntryType
{
    TopUp = 0,
    Payment = 1,
    PaymentCancel = 2,
    CashbackAccrual = 3,
    CashbackUse = 4,
    EmoneyToCard = 5,
    CardToEmoney = 6,
    EmoneyTopUp = 7,
    LostCardSweep = 10,
    BalanceTransfer = 11,
    ReissueFee = 12,
    /// <summary>A card fee of the delivery workflow: an additional card after the free welcome card, or a paid re-send (issue 14).</summary>
    CardDeliveryFee = 13,
    RefundHold = 20,
    RefundRelease = 21,
    RefundPayout = 22,
    RefundFee = 23,
    Adjustment = 30,
    /// <summary>A withdrawing member's remaining balances written off (001 §5), with the member's consent when refundable money was given up.</summary>
    WithdrawalForfeit = 31,
    /// <summary>Credits bought: a card top-up approved or a virtual-account deposit paid (001 §2); opens a lot.</summary>
    CreditTopUp = 40,
    /// <summary>Credits spent on the operator's service (001 §3), oldest lots first.</summary>
    CreditUse = 41,
    /// <summary>A credited top-up taken back: the card purchase failed or the approval was cancelled for fraud (001 §5).</summary>
    CreditTopUpReversal = 42,
    /// <summary>Credits expired a year after the top-up or the last use (001 §4).</summary>
    CreditExpiry = 43,
    PointEarn = 50,
    PointUse = 51,
    /// <summary>Points past their 60 months, forfeited in the monthly run (004 제5조①④).</summary>
    PointExpiry = 52,
    /// <summary>Points forfeited at once for a cause of 004 제5조⑤.</summary>
    PointForfeit = 53,
    /// <summary>A prescribed card balance donated after notice and Finance approval (004 제5조②③).</summary>
    PrescriptionDonation = 60,
}

/// <summary>
/// One business event in the ledger. Its postings sum to zero. The idempotency key is unique: a repeated
/// command finds the entry it already wrote instead of writing a second one.
/// </summary>
public class JournalEntry
{
    public long Id { get; set; }
    public EntryType Type { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string IdempotencyKey { get; set; } = "";
    /// <summary>Staff user id, or "system" / "member-app" for events not taken by staff.</summary>
    public string Actor { get; set; } = "";
    public string ActorName { get; set; } = "";
    /// <summary>What caused it: a report number, a refund id, a merchant approval number.</summary>
    public string Reference { get; set; } = "";
    public string Description { get; set; } = "";
    public long? MerchantId { get; set; }
    public Merchant? Merchant { get; set; }
    public List<Posting> Postings { get; set; } = [];
}

public class Posting
{
    public long Id { get; set; }
    public long JournalEntryId { get; set; }
    public JournalEntry? JournalEntry { get; set; }
    public long AccountId { get; set; }
    public Account? Account { get; set; }
    /// <summary>Positive adds to the account, negative takes from it. The entry's postings sum to zero.</summary>
    public long Amount { get; set; }
    /// <summary>The account's balance right after this posting, for statements and audits.</summary>
    public long BalanceAfter { get; set; }
}
