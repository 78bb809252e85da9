namespace BackOffice.Data.Credits;

public enum TopUpMethod
{
    /// <summary>신용카드 (001 §2.2.1).</summary>
    Card = 0,
    /// <summary>일회성 가상계좌 (001 §2.2.2).</summary>
    VirtualAccount = 1,
}

/// <summary>The payment states of 001 §2.2.1 (card) and §2.2.2 (virtual account), plus the approval cancelled for fraud (001 §5).</summary>
public enum TopUpStatus
{
    /// <summary>승인요청: approval asked of the card company.</summary>
    ApprovalRequested = 0,
    /// <summary>승인완료: approved; the credits are given now.</summary>
    Approved = 1,
    /// <summary>매입대기: waiting for the purchase request day.</summary>
    PurchasePending = 2,
    /// <summary>매입요청: the money asked of the card company.</summary>
    PurchaseRequested = 3,
    /// <summary>매입완료: the money collected.</summary>
    Purchased = 4,
    /// <summary>매입반송: the request returned by the card company, with a reason per item.</summary>
    PurchaseReturned = 5,
    /// <summary>매입실패: the money cannot be collected; the credits are taken back.</summary>
    PurchaseFailed = 6,
    /// <summary>입금대기: a virtual account waiting for the deposit before its deadline.</summary>
    AwaitingDeposit = 10,
    /// <summary>결제완료: deposited; the credits are given now.</summary>
    Paid = 11,
    /// <summary>입금취소: the deadline passed (cancelled at 00:00 after the last day) or the member cancelled.</summary>
    DepositCancelled = 12,
    /// <summary>승인 거절·취소: declined, or the approval cancelled later for fraud (001 §5); credits given are taken back.</summary>
    ApprovalCancelled = 20,
}

/// <summary>
/// One credit top-up (크레딧 충전) and its payment. The member app or the gateway's settlement file creates it; its state
/// changes only through <see cref="TopUpLog.Move"/>, each with a <see cref="TopUpEvent"/>. Credits are given at
/// <see cref="TopUpStatus.Approved"/> or <see cref="TopUpStatus.Paid"/> (a lot, <see cref="LotId"/>) and taken back at a
/// failed purchase or a cancelled approval.
/// </summary>
public class CreditTopUp
{
    public long Id { get; set; }
    /// <summary>T{yyyyMMdd}-{NNNNNN}.</summary>
    public string Number { get; set; } = "";
    public long MemberId { get; set; }
    public long ProgramId { get; set; }
    public int PolicyVersion { get; set; }
    public TopUpMethod Method { get; set; }
    /// <summary>Credits bought = won paid (1 C = 1원, VAT included, 001 §2.1, §5).</summary>
    public long Amount { get; set; }
    public TopUpStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>The payment gateway's transaction id: the key of the settlement and deposit files.</summary>
    public string GatewayTransactionId { get; set; } = "";
    /// <summary>Card: the card company (e.g. "BC카드"); virtual account: the bank.</summary>
    public string Institution { get; set; } = "";
    public string ApprovalNumber { get; set; } = "";
    /// <summary>The one-time virtual account number (the operator's account, not the member's).</summary>
    public string VirtualAccountNumber { get; set; } = "";
    /// <summary>The last KST day a deposit is accepted (001 §2.2.2: 예약 당일 포함 N영업일).</summary>
    public DateOnly? DepositDeadline { get; set; }
    /// <summary>00:00 KST after <see cref="DepositDeadline"/>: the auto-cancel instant (001 §2.2.2).</summary>
    public DateTimeOffset? CancelsAt { get; set; }
    /// <summary>How the deadline was found or moved, with its rule.</summary>
    public string DeadlineRule { get; set; } = "";
    /// <summary>When the e-mail and SMS before the cancel went out (001 §2.2.2 ※ 취소 전 EMAIL 및 SMS 발송).</summary>
    public DateTimeOffset? CancelReminderAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public long? CreditEntryId { get; set; }
    public long? LotId { get; set; }
    public long? ReversalEntryId { get; set; }
    /// <summary>매입반송 사유 (per item, 001 §2.2.1) or the reason of a cancelled approval.</summary>
    public string ReturnReason { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
    public long Version { get; set; }
}

/// <summary>One step in a top-up's life: a state change or a note (a moved deadline, an evidence request).</summary>
public class TopUpEvent
{
    public long Id { get; set; }
    public long TopUpId { get; set; }
    public DateTimeOffset At { get; set; }
    public TopUpStatus From { get; set; }
    public TopUpStatus To { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>"staff", "member-app", "job", or the imported file ("gateway:&lt;file&gt;", "deposit:&lt;file&gt;").</summary>
    public string Source { get; set; } = "";
}

public enum PaymentImportKind
{
    /// <summary>The payment gateway's card settlement file (approvals, purchase states).</summary>
    GatewaySettlement = 0,
    /// <summary>The virtual-account deposit file.</summary>
    VirtualAccountDeposit = 1,
}

/// <summary>One imported payment file. The same bytes again (same kind and SHA-256) change nothing.</summary>
public class PaymentImport
{
    public long Id { get; set; }
    public PaymentImportKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public string ImportedById { get; set; } = "";
    public string ImportedByName { get; set; } = "";
    public int Rows { get; set; }
    public int Applied { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    /// <summary>"line N: reason" per rejected row, one per line.</summary>
    public string RejectedRows { get; set; } = "";
}

/// <summary>증빙서류 (001 §2.3.2).</summary>
public enum EvidenceDocumentKind
{
    /// <summary>세금계산서.</summary>
    TaxInvoice = 0,
    /// <summary>현금영수증.</summary>
    CashReceipt = 1,
    /// <summary>신용카드명세서 (카드전표).</summary>
    CardSlip = 2,
    /// <summary>거래명세서.</summary>
    TransactionStatement = 3,
}

/// <summary>An evidence document a member asked for about a top-up, recorded by customer support (001 §2.3.1).</summary>
public class EvidenceDocumentRequest
{
    public long Id { get; set; }
    public long TopUpId { get; set; }
    public EvidenceDocumentKind Kind { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedById { get; set; } = "";
    public string RequestedByName { get; set; } = "";
    /// <summary>The rule that allowed it, e.g. "가상 계좌: 현금영수증 가능 (001 §2.3.2)".</summary>
    public string Rule { get; set; } = "";
    public string Note { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
}
