using System.Text;
using System.Text.RegularExpressions;

namespace BackOffice.Data.Platform.Notices;

/// <summary>Choosing the template version in force and filling its placeholders.</summary>
public static partial class NoticeTexts
{
    /// <summary>The latest version whose effective date has come on <paramref name="day"/> (KST), or null before the first.</summary>
    public static NoticeTemplate? InForce(IEnumerable<NoticeTemplate> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom)
            .ThenByDescending(v => v.Version)
            .FirstOrDefault();

    /// <summary>Replaces every <c>{name}</c>; a placeholder without a value is a template error, not a blank in a member's message.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> values)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            var name = m.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
                throw new InvalidOperationException($"Notice template placeholder {{{name}}} has no value.");
            result.Append(text, last, m.Index - last).Append(value);
            last = m.Index + m.Length;
        }
        return result.Append(text, last, text.Length - last).ToString();
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The first versions, added at start-up when missing (<see cref="NoticeOutbox.EnsureTemplatesAsync"/>). A new text is a new row with a later version and date.</summary>
    public static IReadOnlyList<NoticeTemplate> Seed() =>
    [
        new()
        {
            Key = NoticeTemplateKeys.LostCardReceipt, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 카드 *{cardLast4} {lossKind} 신고가 접수되어 카드 사용을 정지했습니다. 신고번호 {reportNo}",
        },
        new()
        {
            Key = NoticeTemplateKeys.LostCardReceipt, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] {lossKind} 신고 접수 안내 ({reportNo})",
            Body = "{memberName}님, 안녕하세요.\n\n{reportedAt}에 카드 *{cardLast4}의 {lossKind} 신고가 접수되어 카드 사용을 정지했습니다.\n"
                + "신고번호: {reportNo}\n{handling}\n\n본인이 신고하지 않았다면 고객센터로 연락해 주세요.",
        },
        new()
        {
            Key = NoticeTemplateKeys.RefundApproved, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 환불 요청 {requestNo}이 승인되었습니다. {payout}을 {dueBy}까지 등록 계좌로 지급합니다.",
        },
        new()
        {
            Key = NoticeTemplateKeys.RefundApproved, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 환불 승인 안내 ({requestNo})",
            Body = "{memberName}님, 안녕하세요.\n\n환불 요청 {requestNo}이 승인되었습니다.\n지급액: {payout}\n지급 기한: {dueBy}\n\n등록하신 본인 명의 계좌로 지급합니다.",
        },
        new()
        {
            Key = NoticeTemplateKeys.RefundRejected, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 환불 요청 {requestNo}이 반려되었습니다. 사유: {reason}",
        },
        new()
        {
            Key = NoticeTemplateKeys.RefundRejected, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 환불 반려 안내 ({requestNo})",
            Body = "{memberName}님, 안녕하세요.\n\n환불 요청 {requestNo}이 반려되었습니다.\n사유: {reason}\n\n보류했던 금액은 원래 잔액으로 돌려드렸습니다.",
        },
        new()
        {
            Key = NoticeTemplateKeys.RefundIneligible, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 환불 요청 {requestNo}은 환불 대상이 아닙니다. {explanation}",
        },
        new()
        {
            Key = NoticeTemplateKeys.RefundIneligible, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 환불 불가 안내 ({requestNo})",
            Body = "{memberName}님, 안녕하세요.\n\n환불 요청 {requestNo}은 환불 대상이 아닙니다.\n{explanation}\n\n문의는 고객센터로 연락해 주세요.",
        },
        new()
        {
            Key = NoticeTemplateKeys.MemberSuspended, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 회원 자격이 정지되어 카드 사용을 정지했습니다. 사유: {cause} {reason}",
        },
        new()
        {
            Key = NoticeTemplateKeys.MemberSuspended, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 회원 자격 정지 안내",
            Body = "{memberName}님, 안녕하세요.\n\n{suspendedAt}부터 회원 자격이 정지되어 카드 {cardCount}장의 사용을 정지했습니다.\n정지 사유: {cause}\n{reason}\n\n정지 중에도 잔액 환불은 신청할 수 있습니다.",
        },
        new()
        {
            Key = NoticeTemplateKeys.MemberSuspensionLifted, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 회원 자격 정지가 해제되어 카드를 다시 사용할 수 있습니다.",
        },
        new()
        {
            Key = NoticeTemplateKeys.MemberSuspensionLifted, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 회원 자격 정지 해제 안내",
            Body = "{memberName}님, 안녕하세요.\n\n{liftedAt}에 회원 자격 정지가 해제되어 카드 {cardCount}장을 다시 사용할 수 있습니다.",
        },
        new()
        {
            Key = NoticeTemplateKeys.MemberWithdrawn, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 탈퇴가 처리되어 카드 사용을 종료했습니다. 거래기록은 법령에 따라 {anonymizeAfter}까지 보관 후 파기합니다.",
        },
        new()
        {
            Key = NoticeTemplateKeys.MemberWithdrawn, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 회원 탈퇴 처리 안내",
            Body = "{memberName}님, 안녕하세요.\n\n{withdrawnAt}에 탈퇴가 처리되어 카드 사용을 종료했습니다.\n{balances}\n\n거래기록은 관련 법령에 따라 {anonymizeAfter}까지 보관한 뒤 개인정보를 파기합니다.",
        },
        new()
        {
            Key = "case.receipt", Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, {caseType} 신청({caseNumber})을 {receivedAt}에 접수했습니다. 처리 기한: {dueOn}.",
        },
        new()
        {
            Key = "case.receipt", Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] {caseType} 접수 안내 ({caseNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n{receivedAt}에 {caseType} 신청을 접수했습니다.\n접수번호: {caseNumber}\n처리 기한: {dueOn}\n\n기한 안에 처리하기 어려우면 그 사유와 처리 일정을 바로 알려 드리겠습니다.",
        },
        new()
        {
            Key = "case.delay", Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, {caseType} 신청({caseNumber})의 처리가 늦어집니다. 사유: {reason}. 처리 예정일: {promisedBy}.",
        },
        new()
        {
            Key = "case.delay", Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] {caseType} 처리 지연 안내 ({caseNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n접수하신 {caseType} 신청({caseNumber})을 기한 안에 처리하기 어려워 그 사유와 처리 일정을 알려 드립니다.\n사유: {reason}\n처리 예정일: {promisedBy}\n\n불편을 드려 죄송합니다.",
        },
        new()
        {
            Key = "case.result", Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, {caseType} 신청({caseNumber}) 처리 결과: {outcome}. 자세한 내용은 이메일 또는 고객센터에서 확인하세요.",
        },
        new()
        {
            Key = "case.result", Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] {caseType} 처리 결과 안내 ({caseNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n접수하신 {caseType} 신청({caseNumber})의 처리 결과를 알려 드립니다.\n결과: {outcome}\n{resolution}\n\n결과에 이의가 있으면 고객센터로 연락해 주세요.",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Sent, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 카드({card})를 {dispatchedOn}에 우체국에 접수했습니다. 등기번호 {trackingNumber}. 영업일 기준 3-7일 안에 도착합니다.",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Sent, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 카드 발송 안내 ({shipmentNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n카드({card})를 {dispatchedOn}에 우체국에 접수했습니다.\n등기번호: {trackingNumber}\n영업일 기준 3-7일 안에 도착합니다. 그 안에 받지 못하시면 고객센터로 연락해 주세요.",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Returned, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 카드({card})가 반송되었습니다 (사유: {reason}). 고객센터에서 재발송 여부를 확인하는 전화를 드립니다.",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Returned, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 카드 반송 안내 ({shipmentNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n보내 드린 카드({card})가 {returnedOn}에 반송되었습니다.\n반송 사유: {reason}\n\n고객센터에서 재발송 여부를 확인하는 전화(해피콜)를 드립니다. 재발송은 최초 1회 무료입니다.",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Resent, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 카드({card})를 다시 보내 드립니다 ({shipmentNumber}, 수수료 {fee}).",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Resent, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 카드 재발송 안내 ({shipmentNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n카드({card})를 확인하신 주소로 다시 보내 드립니다.\n배송번호: {shipmentNumber}\n수수료: {fee} ({feeRule})\n\n영업일 기준 3-7일 안에 도착합니다.",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Unreached, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[교통카드] {memberName}님, 반송된 카드({card}) 재발송을 위해 {attempts}회 연락드렸으나 통화하지 못했습니다. 고객센터로 연락해 주세요.",
        },
        new()
        {
            Key = DeliveryNoticeKeys.Unreached, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[교통카드] 반송 카드 재발송 연락 안내 ({shipmentNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n반송된 카드({card})를 다시 보내 드리기 위해 {attempts}회 전화드렸으나 연락이 닿지 않았습니다.\n고객센터로 연락해 주시면 주소를 확인한 뒤 재발송해 드립니다 (최초 1회 무료).",
        },
        .. TopUpNoticeTexts.Templates,
        .. CreditNoticeTexts.Templates,
        .. PointNoticeTexts.Templates,
        .. PrescriptionNoticeTexts.Templates,
    ];
}
