namespace BackOffice.Data.Refunds;

public enum ApprovalStep
{
    /// <summary>재무 승인: a Finance user who did not file the request.</summary>
    Finance = 0,
    /// <summary>상담 관리자 승인: needed above the configured amount, by a Supervisor who is neither the requester nor the Finance approver.</summary>
    Supervisor = 1,
}

/// <summary>
/// Four-eyes rules of refund approval. The service calls them inside the transaction on freshly loaded data, so a
/// second click, a second approver or a crafted request all meet the same refusal.
/// </summary>
public static class RefundApproval
{
    public static bool NeedsSupervisor(long payout, long threshold) => threshold >= 0 && payout > threshold;

    public static string Rule(long payout, long threshold) => NeedsSupervisor(payout, threshold)
        ? $"지급액 {KoreanWon.Format(payout)} > {KoreanWon.Format(threshold)} → 재무 승인 + 상담 관리자 승인"
        : $"지급액 {KoreanWon.Format(payout)} ≤ {KoreanWon.Format(threshold)} → 재무 승인";

    /// <summary>Why <paramref name="actor"/> may not take <paramref name="step"/> on the request, or null when they may.</summary>
    public static string? Refusal(RefundRequest r, Actor actor, ApprovalStep step)
    {
        var role = step == ApprovalStep.Finance ? StaffRoles.Finance : StaffRoles.Supervisor;
        if (!actor.Roles.Contains(role))
            return step == ApprovalStep.Finance ? "환불 승인은 재무 담당자만 할 수 있습니다." : "고액 환불의 추가 승인은 상담 관리자만 할 수 있습니다.";
        if (RefundTransitions.Table.StatusRefusal(RefundTransitions.ForApproval(r, step), r) is { } status)
            return status;
        if (r.RequestedById == actor.Id)
            return "본인이 신청한 환불은 승인할 수 없습니다. 다른 담당자가 처리해야 합니다.";
        if (step == ApprovalStep.Finance && r.FinanceApprovedById is not null)
            return $"이미 재무 승인되었습니다 ({r.FinanceApprovedByName}).";
        if (step == ApprovalStep.Supervisor && !r.RequiresSupervisor)
            return "이 요청은 상담 관리자 승인이 필요하지 않습니다.";
        if (step == ApprovalStep.Supervisor && r.SupervisorApprovedById is not null)
            return $"이미 상담 관리자 승인되었습니다 ({r.SupervisorApprovedByName}).";
        var other = step == ApprovalStep.Finance ? r.SupervisorApprovedById : r.FinanceApprovedById;
        if (other == actor.Id)
            return "한 사람이 두 단계를 모두 승인할 수 없습니다.";
        return null;
    }

    /// <summary>Records the approval; the request is approved once every step it needs is in.</summary>
    public static void Apply(RefundRequest r, Actor actor, ApprovalStep step, DateTimeOffset now)
    {
        if (Refusal(r, actor, step) is { } refusal) throw new ForbiddenException(refusal);
        if (step == ApprovalStep.Finance)
            (r.FinanceApprovedById, r.FinanceApprovedByName, r.FinanceApprovedAt) = (actor.Id, actor.Name, now);
        else
            (r.SupervisorApprovedById, r.SupervisorApprovedByName, r.SupervisorApprovedAt) = (actor.Id, actor.Name, now);
        if (r.FinanceApprovedById is not null && (!r.RequiresSupervisor || r.SupervisorApprovedById is not null))
            r.Status = RefundStatus.Approved;
    }

    /// <summary>
    /// Whoever marks a payout paid or failed is not one of the refund's approvers (issue 10): the bank's answer is
    /// recorded by a second person, so no one both approves money and confirms it left.
    /// </summary>
    public static string? PayerRefusal(RefundRequest r, Actor actor) =>
        r.FinanceApprovedById == actor.Id || r.SupervisorApprovedById == actor.Id
            ? "이 환불을 승인한 담당자는 지급 결과(지급 완료·실패)를 처리할 수 없습니다. 다른 재무 담당자가 처리해야 합니다."
            : null;

    /// <summary>Finance or a Supervisor who did not file it may reject a request still waiting for approval.</summary>
    public static string? RejectRefusal(RefundRequest r, Actor actor)
    {
        if (!actor.Can(Permission.RejectRefund)) return "환불 반려는 재무 담당자나 상담 관리자만 할 수 있습니다.";
        if (RefundTransitions.Table.StatusRefusal(RefundTransitions.Reject, r) is { } status) return status;
        if (r.RequestedById == actor.Id) return "본인이 신청한 환불은 반려할 수 없습니다. 다른 담당자가 처리해야 합니다.";
        return null;
    }
}
