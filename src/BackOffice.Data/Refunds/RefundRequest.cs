namespace BackOffice.Data.Refunds;

public enum RefundStatus
{
    /// <summary>Filed and held; waits for Finance (and a Supervisor above the threshold).</summary>
    PendingApproval = 0,
    /// <summary>Every approval it needs is in; waits to join a payout batch.</summary>
    Approved = 1,
    /// <summary>In a payout batch; the bank transfer is under way.</summary>
    InPayout = 2,
    Paid = 3,
    /// <summary>The bank transfer failed: the money went back to e-money and a follow-up is open.</summary>
    PayoutFailed = 4,
    /// <summary>Rejected by an approver: the hold was released.</summary>
    Rejected = 5,
    /// <summary>The rules said no when it was filed: kept with the explanation, nothing was held.</summary>
    Ineligible = 6,
}

/// <summary>
/// A refund request: the rule decision it got when filed (policy version and readable calculation), the hold that
/// set the money aside, the four-eyes approvals, and the payout. Money moves only through journal entries whose
/// idempotency keys derive from <see cref="RequestNo"/>, so a request pays out at most once.
/// </summary>
public class RefundRequest
{
    public long Id { get; set; }
    public string RequestNo { get; set; } = "";
    public long MemberId { get; set; }
    /// <summary>The card refunded; null for the refund before withdrawal, which takes every card and e-money.</summary>
    public long? CardId { get; set; }
    public Card? Card { get; set; }
    public RefundKind Kind { get; set; }
    public RefundChannel Channel { get; set; }
    /// <summary>The top-up entry a charge cancellation undoes.</summary>
    public long? ChargeEntryId { get; set; }
    public RefundStatus Status { get; set; }

    // The decision as filed
    public bool Eligible { get; set; }
    /// <summary>What leaves the member's balances into the hold (before the fee).</summary>
    public long Amount { get; set; }
    public long Fee { get; set; }
    /// <summary>What reaches the member's bank account: <see cref="Amount"/> − <see cref="Fee"/>.</summary>
    public long Payout { get; set; }
    public long PolicyId { get; set; }
    public ProgramPolicy? Policy { get; set; }
    public int PolicyVersion { get; set; }
    public string Explanation { get; set; } = "";
    public string? Note { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public string RequestedById { get; set; } = "";
    public string RequestedByName { get; set; } = "";
    public long? HoldEntryId { get; set; }

    // Where the money goes: the member's own-name account as it was when filed.
    public string BankName { get; set; } = "";
    /// <summary>The member's account number when the request was filed, encrypted; decrypted only to write the transfer file.</summary>
    public string? BankAccountCipher { get; set; }
    public string BankAccountLast4 { get; set; } = "";
    public string BankAccountHolder { get; set; } = "";

    /// <summary>Payout due date (filing day + the policy's business days) and the rule that produced it.</summary>
    public DateOnly DueBy { get; set; }
    public string DueRule { get; set; } = "";
    /// <summary>Set by the overdue job when an open request passes <see cref="DueBy"/>; cleared once it is no longer open.</summary>
    public DateTimeOffset? OverdueSince { get; set; }

    // Approvals
    public bool RequiresSupervisor { get; set; }
    public string ApprovalRule { get; set; } = "";
    public string? FinanceApprovedById { get; set; }
    public string? FinanceApprovedByName { get; set; }
    public DateTimeOffset? FinanceApprovedAt { get; set; }
    public string? SupervisorApprovedById { get; set; }
    public string? SupervisorApprovedByName { get; set; }
    public DateTimeOffset? SupervisorApprovedAt { get; set; }
    public string? RejectedById { get; set; }
    public string? RejectedByName { get; set; }
    public DateTimeOffset? RejectedAt { get; set; }
    public string? RejectionReason { get; set; }

    // Payout
    public long? BatchId { get; set; }
    public PayoutBatch? Batch { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public string? FailureReason { get; set; }
    public string? SettledByName { get; set; }
    /// <summary>A failed payout needs someone to reach the member (new account, re-request).</summary>
    public bool FollowUpOpen { get; set; }
    public string? FollowUpNote { get; set; }
    public DateTimeOffset? FollowUpClosedAt { get; set; }
    public string? FollowUpClosedByName { get; set; }

    /// <summary>The damaged-card intake case that filed this refund when it was settled to the bank account, or null.</summary>
    public string? IntakeCaseNo { get; set; }

    public string IdempotencyKey { get; set; } = "";
    public long Version { get; set; }
}
