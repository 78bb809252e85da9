namespace BackOffice.Data.Platform.Notices;

/// <summary>
/// A Korean notice text, versioned like program policies: a change is a new version with its own effective date,
/// never an edit, and the version in force on the event's KST day is the one used (and stored on the message).
/// Placeholders are written <c>{name}</c> and filled by <see cref="NoticeTexts.Render"/>.
/// </summary>
public class NoticeTemplate
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public NoticeChannel Channel { get; set; }
    public int Version { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>E-mail subject; empty for SMS.</summary>
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
}

/// <summary>The notices the portal sends, by template key.</summary>
public static class NoticeTemplateKeys
{
    public const string LostCardReceipt = "lost-card.receipt";
    public const string RefundApproved = "refund.approved";
    public const string RefundRejected = "refund.rejected";
    public const string RefundIneligible = "refund.ineligible";
    public const string MemberSuspended = "member.suspended";
    public const string MemberSuspensionLifted = "member.suspension-lifted";
    public const string MemberWithdrawn = "member.withdrawn";

    public static string NameOf(string key) => key switch
    {
        LostCardReceipt => "분실·도난 신고 접수",
        RefundApproved => "환불 승인",
        RefundRejected => "환불 반려",
        RefundIneligible => "환불 불가 안내",
        MemberSuspended => "회원 자격 정지",
        MemberSuspensionLifted => "회원 자격 정지 해제",
        MemberWithdrawn => "회원 탈퇴",
        "case.receipt" => "민원·사건 접수",
        "case.delay" => "처리 지연 안내",
        "case.result" => "처리 결과 안내",
        DeliveryNoticeKeys.Sent => "카드 발송",
        DeliveryNoticeKeys.Returned => "카드 반송",
        DeliveryNoticeKeys.Resent => "카드 재발송",
        DeliveryNoticeKeys.Unreached => "재발송 연락 불가",
        TopUpNoticeKeys.DeadlineMoved => "가상계좌 입금 기한 변경",
        TopUpNoticeKeys.CancelReminder => "가상계좌 입금 기한 임박 (취소 전 안내)",
        TopUpNoticeKeys.Cancelled => "가상계좌 입금 기한 경과 취소",
        TopUpNoticeKeys.FraudCancelled => "부정 결제 충전 승인 취소",
        CreditNoticeKeys.ExpirySoon => "크레딧 소멸 예정",
        CreditNoticeKeys.ExpiryDone => "크레딧 소멸",
        PointNoticeKeys.ExpirySoon => "포인트 소멸 예정",
        PointNoticeKeys.Expired => "포인트 소멸",
        PointNoticeKeys.Forfeited => "포인트 즉시 소멸",
        PrescriptionNoticeKeys.DonationNotice => "소멸시효 잔액 기부 예정 통지",
        PrescriptionNoticeKeys.ObjectionReceived => "기부 이의 접수",
        PrescriptionNoticeKeys.Donated => "소멸시효 잔액 기부 완료",
        _ => key,
    };
}
