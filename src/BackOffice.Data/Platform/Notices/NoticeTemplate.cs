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
        _ => key,
    };
}
