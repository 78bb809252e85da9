namespace BackOffice.Data.Reissue;

/// <summary>
/// The status transitions of a reissue request after filing: a Supervisor decides a fee waiver (approve: the card is
/// issued free; reject: nothing is issued). Postings are keyed <c>reissue:{RequestNo}:{step}</c>.
/// </summary>
public static class ReissueTransitions
{
    public static readonly TransitionTable<ReissueRequest, ReissueStatus> Table = new(
        "ReissueRequest", StatusName, r => r.Status, (r, s) => r.Status = s, r => r.Version++, r => r.RequestNo, r => r.MemberId);

    public static readonly Transition<ReissueRequest, ReissueStatus> ApproveWaiver = Table.Add("수수료 면제 승인",
        [ReissueStatus.AwaitingWaiverApproval], ReissueStatus.Issued, Permission.ApproveFeeWaiver,
        "새 카드 발급, 잔액 이전 reissue:{no}:carry (수수료 없음)", "card.reissue.waiver-approved", AlreadyDecided);

    public static readonly Transition<ReissueRequest, ReissueStatus> RejectWaiver = Table.Add("수수료 면제 반려",
        [ReissueStatus.AwaitingWaiverApproval], ReissueStatus.Rejected, Permission.ApproveFeeWaiver, "없음", "card.reissue.waiver-rejected",
        AlreadyDecided);

    public static string StatusName(ReissueStatus status) => status switch
    {
        ReissueStatus.AwaitingWaiverApproval => "수수료 면제 승인 대기",
        ReissueStatus.Issued => "발급 완료",
        ReissueStatus.Rejected => "면제 반려",
        ReissueStatus.Cancelled => "취소",
        _ => status.ToString(),
    };

    private static string AlreadyDecided(ReissueRequest r) => $"이미 처리된 요청입니다 ({StatusName(r.Status)}, {r.WaiverDecidedByName}).";
}
