namespace BackOffice.Data.Platform.Ledger;

public enum AccountKind
{
    // Member money: the operator owes it to the member. Never negative.
    CardBalance = 0,
    Emoney = 1,
    Cashback = 2,
    /// <summary>Money set aside for a pending refund: it can no longer be spent or moved.</summary>
    RefundHold = 3,

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
