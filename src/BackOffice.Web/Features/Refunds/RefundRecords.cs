namespace BackOffice.Web.Features.Refunds;

/// <summary>Approval settings: above this payout a Supervisor must approve as well as Finance (section "Refunds").</summary>
public sealed class RefundOptions
{
    public long SupervisorApprovalAbove { get; set; } = 300_000;
}

public sealed record RefundTarget(long MemberId, long? CardId, RefundKind Kind, long? ChargeEntryId, RefundChannel Channel = RefundChannel.BankAccount);

public sealed record FileRefundCommand(RefundTarget Target, string? Note, string IdempotencyKey);

/// <summary>What the rules say before anything is filed; <see cref="Blocker"/> is a reason the request cannot be filed at all.</summary>
public sealed record RefundPreview(
    bool Eligible, long Amount, long Fee, long Payout, int PolicyVersion, string ProgramName, string Explanation,
    string ApprovalRule, DateOnly DueBy, string DueRule, string BankAccountMasked, string? Blocker)
{
    /// <summary>The channel this preview was computed for (the program's first when the dialog asked for its default).</summary>
    public RefundChannel Channel { get; init; }

    /// <summary>
    /// The channels the card's program offers, in the program's order, each with its terms and this card's outcome.
    /// Empty for a charge cancel (its payout follows the cancel clause, not a channel) and the whole-member refund.
    /// </summary>
    public IReadOnlyList<RefundChannelOption> Channels { get; init; } = [];
}

public sealed record RefundFiled(string RequestNo, RefundStatus Status, long Amount, long Fee, long Payout, string Explanation, DateOnly DueBy, string ApprovalRule)
{
    public RefundChannel Channel { get; init; }
}

/// <summary>A top-up that a charge cancellation could undo.</summary>
public sealed record ChargeOption(long EntryId, DateTimeOffset At, long Charged, long Paid);

public sealed record RefundRow(
    long Id, string RequestNo, long MemberId, string MemberNo, string? CardMasked, RefundKind Kind, RefundStatus Status, string Stage,
    long Amount, long Fee, long Payout, DateTimeOffset RequestedAt, string RequestedByName, DateOnly DueBy, int AgeDays, bool Overdue,
    bool RequiresSupervisor, string? BatchNo, bool FollowUpOpen, bool FinanceApproved, bool SupervisorApproved)
{
    /// <summary>Where the member asked for the refund (계좌, 매장, 환불봉투, 직접 방문); the payout itself always goes to the account.</summary>
    public RefundChannel Channel { get; init; }

    public bool AwaitsFinance => Status == RefundStatus.PendingApproval && !FinanceApproved;

    public bool AwaitsSupervisor => Status == RefundStatus.PendingApproval && RequiresSupervisor && !SupervisorApproved;
}

public sealed record RefundQueueFilter(
    RefundQueueView View = RefundQueueView.AwaitingApproval, RefundKind? Kind = null, DateOnly? From = null, DateOnly? To = null, string? MemberNo = null);

public enum RefundQueueView
{
    AwaitingApproval = 0,
    AwaitingPayout = 1,
    InPayout = 2,
    FollowUp = 3,
    Closed = 4,
    All = 5,
}

public sealed record RefundQueueTotals(int Count, long Payout, int Overdue, int Aged0To1, int Aged2To3, int Aged4Plus);

public sealed record RefundQueueResult(IReadOnlyList<RefundRow> Rows, int Total, RefundQueueTotals Totals);

public sealed record RefundStep(DateTimeOffset At, string What, string Who, string? Note);

public sealed record RefundDetail(
    RefundRow Row, string Explanation, int PolicyVersion, string ProgramName, string DueRule, string ApprovalRule, string BankName,
    string BankAccountMasked, string? Note, string? RejectionReason, string? FailureReason, string? FollowUpNote,
    IReadOnlyList<RefundStep> Steps, long HeldNow)
{
    /// <summary>The damaged-card intake case this refund settles, when an intake filed it (issue 10).</summary>
    public string? IntakeCaseNo { get; init; }
}

public sealed record BulkItemResult(string RequestNo, bool Done, string Message);

public sealed record PayoutBatchRow(
    long Id, string BatchNo, PayoutBatchStatus Status, DateTimeOffset CreatedAt, string CreatedByName, int ItemCount, long Total,
    DateOnly DueBy, DateTimeOffset? FirstDownloadedAt, int DownloadCount, int Pending, int Paid, int Failed);

public sealed record PayoutItem(long RefundId, string RequestNo, long MemberId, string MemberNo, string BankName, string AccountMasked, string HolderMasked,
    long Payout, RefundStatus Status, string? FailureReason);

public sealed record PayoutBatchDetail(PayoutBatchRow Batch, IReadOnlyList<PayoutItem> Items);

public sealed record PayoutReadiness(int Count, long Total, DateOnly? EarliestDue);

public sealed record TransferFileResult(string FileName, byte[] Content);
