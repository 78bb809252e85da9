namespace BackOffice.Data.Platform.Ledger;

public enum AccountKind
{
    // Member money: the operator owes it to the member. Never negative.
    CardBalance = 0,
    Emoney = 1,
    Cashback = 2,
    /// <summary>Money set aside for a pending refund: it can no longer be spent or moved.</summary>
    RefundHold = 3,
    /// <summary>Credits (크레딧) bought by top-up (001): kept in lots with their own expiry (<c>ValueLot</c>); not refundable (001 §6).</summary>
    Credits = 4,
    /// <summary>Oh! point (004 제4조): 1 point = 1 won, kept in lots, used oldest first, expiring 60 months after earning (004 제5조).</summary>
    Points = 5,

    // Operator accounts: the other side of every member posting.
    /// <summary>Money received through banks and top-up channels.</summary>
    FundingClearing = 100,
    /// <summary>What the operator owes merchants for card payments.</summary>
    MerchantSettlement = 101,
    /// <summary>The budget that pays cashback (the district's subsidy).</summary>
    CashbackFunding = 102,
    /// <summary>Money on its way out to members' bank accounts.</summary>
    RefundPayout = 103,
    /// <summary>Fees the operator earns (reissue, refund fees).</summary>
    FeeIncome = 104,
    /// <summary>Balances written off by the rules (unregistered lost cards, prescription).</summary>
    Forfeited = 105,
    /// <summary>The budget that funds points (the card company and partner merchants, 004 제4조①).</summary>
    PointFunding = 106,
    /// <summary>Prescribed balances approved for donation, owed to the donation foundation (004 제5조②).</summary>
    DonationPayable = 107,
    /// <summary>The operator's revenue when members spend credits on its own service (001 §3).</summary>
    ServiceRevenue = 108,
}

/// <summary>
/// A ledger account. <see cref="Balance"/> is a cache of the sum of its postings, updated in the same
/// transaction; <c>LedgerConsistencyCheck</c> proves it. <see cref="Version"/> is the optimistic
/// concurrency token that stops two writers from losing each other's update.
/// </summary>
public class Account
{
    public long Id { get; set; }
    public AccountKind Kind { get; set; }
    public long? MemberId { get; set; }
    public Member? Member { get; set; }
    public long? CardId { get; set; }
    public Card? Card { get; set; }
    /// <summary>Unique name of an operator account, e.g. "SYSTEM:FundingClearing".</summary>
    public string? SystemCode { get; set; }
    public long Balance { get; set; }
    public long Version { get; set; }

    public bool IsMemberMoney => Kind < AccountKind.FundingClearing;
}
