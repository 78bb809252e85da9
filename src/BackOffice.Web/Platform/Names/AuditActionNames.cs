namespace BackOffice.Web.Platform.Names;

/// <summary>Korean names of audit action codes.</summary>
public static class AuditActionNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["member.unmask"] = "개인정보 열람",
        ["card.unmask"] = "카드번호 열람",
        ["staff.signin"] = "로그인",
        ["staff.signin.refused"] = "로그인 거부",
        ["staff.locked"] = "계정 잠금",
        ["staff.create"] = "직원 계정 생성",
        ["staff.roles"] = "직원 역할 변경",
        ["staff.disable"] = "직원 계정 비활성화",
        ["staff.enable"] = "직원 계정 활성화",
        ["staff.unlock"] = "직원 계정 잠금 해제",
        ["holiday.add"] = "공휴일 등록",
        ["holiday.remove"] = "공휴일 삭제",
        ["ledger.check"] = "원장 정합성 점검",
        ["ledger.mismatch"] = "원장 불일치 경보",
        ["ledger.mismatch.resolved"] = "원장 불일치 해소",
        ["job.run"] = "배치 작업 수동 실행",
        ["card.lost"] = "카드 분실·도난 신고",
        ["card.reissue"] = "카드 재발급",
        ["card.intake.open"] = "불량 카드 접수",
        ["card.intake.received"] = "불량 카드 수령",
        ["card.intake.inspected"] = "불량 카드 검수",
        ["card.intake.rejected"] = "불량 접수 반려",
        ["card.intake.photo"] = "검수 사진 등록",
        ["card.intake.balance-verified"] = "불량 카드 잔액 확인",
        ["card.intake.settled"] = "불량 카드 정산",
        ["card.intake.closed"] = "불량 접수 종결",
        ["card.reissue.waiver-requested"] = "재발급 수수료 면제 요청",
        ["card.reissue.waiver-approved"] = "재발급 수수료 면제 승인",
        ["card.reissue.waiver-rejected"] = "재발급 수수료 면제 반려",
        ["refund.request"] = "환불 신청 (금액 보류)",
        ["refund.request.ineligible"] = "환불 신청 (환불 불가 판정)",
        ["refund.approve"] = "환불 재무 승인",
        ["refund.approve.supervisor"] = "환불 상담 관리자 승인",
        ["refund.reject"] = "환불 반려 (보류 해제)",
        ["refund.batch.create"] = "환불 지급 배치 생성",
        ["refund.batch.file"] = "환불 이체 파일 다운로드",
        ["refund.paid"] = "환불 지급 완료",
        ["refund.payout-failed"] = "환불 지급 실패 (e음머니 반환)",
        ["refund.followup.close"] = "환불 후속 조치 완료",
    };

    /// <summary>The known codes, in the order above (for filter lists).</summary>
    public static IReadOnlyCollection<string> Known => Names.Keys;

    public static string Of(string action) => Names.GetValueOrDefault(action, action);
}
