namespace BackOffice.Data.Refunds;

/// <summary>
/// The status transitions of a refund request after filing: approvals (Finance, and a Supervisor above the threshold;
/// the four-eyes rules in <see cref="RefundApproval"/> come on top), rejection, joining a payout batch, and the bank's
/// answer. Postings are keyed <c>refund:{RequestNo}:{step}</c> (<see cref="RefundLedger"/>).
/// </summary>
public static class RefundTransitions
{
    public static readonly TransitionTable<RefundRequest, RefundStatus> Table = new(
        "RefundRequest", RefundNames.Of, r => r.Status, (r, s) => r.Status = s, r => r.Version++, r => r.RequestNo, r => r.MemberId);

    public static readonly Transition<RefundRequest, RefundStatus> FinanceApprove = Table.Add("재무 승인",
        [RefundStatus.PendingApproval], RefundStatus.Approved, Permission.ApproveRefund, "없음 (보류 유지)", "refund.approve", AlreadyDone);

    /// <summary>Finance approves first a request that also needs a Supervisor: it stays pending.</summary>
    public static readonly Transition<RefundRequest, RefundStatus> FinanceApproveFirst = Table.Add("재무 승인",
        [RefundStatus.PendingApproval], RefundStatus.PendingApproval, Permission.ApproveRefund, "없음 (보류 유지)", "refund.approve", AlreadyDone);

    public static readonly Transition<RefundRequest, RefundStatus> SupervisorApprove = Table.Add("상담 관리자 승인",
        [RefundStatus.PendingApproval], RefundStatus.Approved, Permission.ApproveLargeRefund, "없음 (보류 유지)", "refund.approve.supervisor", AlreadyDone);

    /// <summary>The Supervisor approves before Finance: it stays pending.</summary>
    public static readonly Transition<RefundRequest, RefundStatus> SupervisorApproveFirst = Table.Add("상담 관리자 승인",
        [RefundStatus.PendingApproval], RefundStatus.PendingApproval, Permission.ApproveLargeRefund, "없음 (보류 유지)", "refund.approve.supervisor",
        AlreadyDone);

    public static readonly Transition<RefundRequest, RefundStatus> Reject = Table.Add("환불 반려",
        [RefundStatus.PendingApproval], RefundStatus.Rejected, Permission.RejectRefund, "보류 해제 refund:{no}:release", "refund.reject", AlreadyDone);

    /// <summary>Audited once for the whole batch ("refund.batch.create" lists the request numbers).</summary>
    public static readonly Transition<RefundRequest, RefundStatus> JoinBatch = Table.Add("지급 배치 편성",
        [RefundStatus.Approved], RefundStatus.InPayout, Permission.ManagePayouts, "없음", null);

    public static readonly Transition<RefundRequest, RefundStatus> Paid = Table.Add("지급 완료",
        [RefundStatus.InPayout], RefundStatus.Paid, Permission.ManagePayouts, "보류 → 지급·수수료 refund:{no}:payout", "refund.paid", AlreadyPaidOut);

    public static readonly Transition<RefundRequest, RefundStatus> PayoutFailed = Table.Add("지급 실패",
        [RefundStatus.InPayout], RefundStatus.PayoutFailed, Permission.ManagePayouts, "보류 → e음머니 반환 refund:{no}:failed", "refund.payout-failed",
        AlreadyPaidOut);

    /// <summary>The approval transition <paramref name="step"/> takes on <paramref name="r"/>: final when every other step it needs is in.</summary>
    public static Transition<RefundRequest, RefundStatus> ForApproval(RefundRequest r, ApprovalStep step) => step == ApprovalStep.Finance
        ? (!r.RequiresSupervisor || r.SupervisorApprovedById is not null ? FinanceApprove : FinanceApproveFirst)
        : (r.FinanceApprovedById is not null ? SupervisorApprove : SupervisorApproveFirst);

    private static string AlreadyDone(RefundRequest r) => $"이미 처리된 요청입니다 ({RefundNames.Of(r.Status)}).";

    private static string AlreadyPaidOut(RefundRequest r) => $"이미 처리된 지급입니다 ({RefundNames.Of(r.Status)}).";
}
