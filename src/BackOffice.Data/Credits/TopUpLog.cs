namespace BackOffice.Data.Credits;

/// <summary>
/// The one way a top-up changes state: checks the move against <see cref="Allowed"/>, sets the status and adds the
/// history line, in the caller's transaction. Refusals are Korean <see cref="BusinessRuleException"/>s.
/// </summary>
public static class TopUpLog
{
    /// <summary>
    /// 001 §2.2.1: 승인요청 → 승인완료 → 매입대기 → 매입요청 → 매입완료, or 매입반송 (re-requested or failed) or 매입실패;
    /// 001 §2.2.2: 입금대기 → 결제완료 or 입금취소; 001 §5: an approval may be refused or cancelled later (fraud).
    /// </summary>
    public static readonly IReadOnlyDictionary<TopUpStatus, TopUpStatus[]> Allowed = new Dictionary<TopUpStatus, TopUpStatus[]>
    {
        [TopUpStatus.ApprovalRequested] = [TopUpStatus.Approved, TopUpStatus.ApprovalCancelled],
        [TopUpStatus.Approved] = [TopUpStatus.PurchasePending, TopUpStatus.PurchaseRequested, TopUpStatus.ApprovalCancelled],
        [TopUpStatus.PurchasePending] = [TopUpStatus.PurchaseRequested, TopUpStatus.ApprovalCancelled],
        [TopUpStatus.PurchaseRequested] = [TopUpStatus.Purchased, TopUpStatus.PurchaseReturned, TopUpStatus.PurchaseFailed],
        [TopUpStatus.PurchaseReturned] = [TopUpStatus.PurchaseRequested, TopUpStatus.PurchaseFailed],
        [TopUpStatus.Purchased] = [TopUpStatus.ApprovalCancelled],
        [TopUpStatus.PurchaseFailed] = [],
        [TopUpStatus.AwaitingDeposit] = [TopUpStatus.Paid, TopUpStatus.DepositCancelled],
        [TopUpStatus.Paid] = [TopUpStatus.ApprovalCancelled],
        [TopUpStatus.DepositCancelled] = [],
        [TopUpStatus.ApprovalCancelled] = [],
    };

    /// <summary>The states in which the member holds the top-up's credits.</summary>
    public static readonly IReadOnlySet<TopUpStatus> Credited = new HashSet<TopUpStatus>
    {
        TopUpStatus.Approved, TopUpStatus.PurchasePending, TopUpStatus.PurchaseRequested, TopUpStatus.Purchased,
        TopUpStatus.PurchaseReturned, TopUpStatus.Paid,
    };

    public static string Name(TopUpStatus status) => status switch
    {
        TopUpStatus.ApprovalRequested => "승인요청",
        TopUpStatus.Approved => "승인완료",
        TopUpStatus.PurchasePending => "매입대기",
        TopUpStatus.PurchaseRequested => "매입요청",
        TopUpStatus.Purchased => "매입완료",
        TopUpStatus.PurchaseReturned => "매입반송",
        TopUpStatus.PurchaseFailed => "매입실패",
        TopUpStatus.AwaitingDeposit => "입금대기",
        TopUpStatus.Paid => "결제완료",
        TopUpStatus.DepositCancelled => "입금취소",
        TopUpStatus.ApprovalCancelled => "승인 취소",
        _ => status.ToString(),
    };

    public static string Name(TopUpMethod method) => method == TopUpMethod.Card ? "신용카드" : "가상계좌";

    public static string Name(EvidenceDocumentKind kind) => kind switch
    {
        EvidenceDocumentKind.TaxInvoice => "세금계산서",
        EvidenceDocumentKind.CashReceipt => "현금영수증",
        EvidenceDocumentKind.CardSlip => "신용카드명세서(카드전표)",
        EvidenceDocumentKind.TransactionStatement => "거래명세서",
        _ => kind.ToString(),
    };

    public static bool CanMove(TopUpStatus from, TopUpStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Moves a saved top-up (it needs its id) to <paramref name="to"/> and records the step; refuses a move 001 does not allow.</summary>
    public static TopUpEvent Move(AppDbContext db, CreditTopUp topUp, TopUpStatus to, Actor actor, DateTimeOffset at, string text, string source = "staff")
    {
        if (!CanMove(topUp.Status, to))
            throw new BusinessRuleException($"충전 {topUp.Number}의 결제 상태를 '{Name(topUp.Status)}'에서 '{Name(to)}'(으)로 바꿀 수 없습니다.");
        var step = Step(topUp, to, actor, at, text, source);
        topUp.Status = to;
        topUp.Version++;
        db.TopUpEvents.Add(step);
        return step;
    }

    /// <summary>Records a step that does not change the state (a moved deadline, an evidence request, a reminder).</summary>
    public static TopUpEvent Note(AppDbContext db, CreditTopUp topUp, Actor actor, DateTimeOffset at, string text, string source = "staff")
    {
        var step = Step(topUp, topUp.Status, actor, at, text, source);
        topUp.Version++;
        db.TopUpEvents.Add(step);
        return step;
    }

    private static TopUpEvent Step(CreditTopUp topUp, TopUpStatus to, Actor actor, DateTimeOffset at, string text, string source) => new()
    {
        TopUpId = topUp.Id,
        At = at,
        From = topUp.Status,
        To = to,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Text = text,
        Source = source,
    };
}
