namespace BackOffice.Data.Refunds;

/// <summary>Korean names of refund kinds and states, as the screens and explanations show them.</summary>
public static class RefundNames
{
    public static string Of(RefundStatus status) => status switch
    {
        RefundStatus.PendingApproval => "승인 대기",
        RefundStatus.Approved => "지급 대기",
        RefundStatus.InPayout => "지급 중",
        RefundStatus.Paid => "지급 완료",
        RefundStatus.PayoutFailed => "지급 실패",
        RefundStatus.Rejected => "반려",
        RefundStatus.Ineligible => "환불 불가",
        _ => status.ToString(),
    };

    public static string Of(RefundKind kind) => kind switch
    {
        RefundKind.ChargeCancel => "충전 취소",
        RefundKind.BalanceRefund => "잔액 환불",
        RefundKind.ExpiredCard => "유효기간 만료 카드 환불",
        RefundKind.DisasterOrDefect => "천재지변·카드 결함 환불",
        RefundKind.BeforeWithdrawal => "회원 탈퇴 전 환불",
        RefundKind.FraudCompensation => "부정사용 보상금 지급",
        _ => kind.ToString(),
    };

    /// <summary>The kind in a table column.</summary>
    public static string Short(RefundKind kind) => kind switch
    {
        RefundKind.ExpiredCard => "만료 카드",
        RefundKind.DisasterOrDefect => "재난·결함",
        RefundKind.BeforeWithdrawal => "탈퇴 전",
        RefundKind.FraudCompensation => "부정사용 보상",
        _ => Of(kind),
    };

    /// <summary>Where a pending request stands in the approvals, e.g. "재무 승인 대기 · 관리자 승인 완료".</summary>
    public static string Stage(RefundRequest r) => r.Status != RefundStatus.PendingApproval
        ? Of(r.Status)
        : (r.FinanceApprovedById, r.RequiresSupervisor, r.SupervisorApprovedById) switch
        {
            (null, false, _) => "재무 승인 대기",
            (null, true, null) => "재무·관리자 승인 대기",
            (null, true, _) => "재무 승인 대기 (관리자 승인 완료)",
            (_, true, null) => "관리자 승인 대기 (재무 승인 완료)",
            _ => Of(r.Status),
        };
}
