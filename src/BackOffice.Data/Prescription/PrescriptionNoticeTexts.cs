namespace BackOffice.Data.Prescription;

/// <summary>The prescription notices (004 제5조②③), by template key.</summary>
public static class PrescriptionNoticeKeys
{
    public const string DonationNotice = "prescription.donation-notice";
    public const string ObjectionReceived = "prescription.objection-received";
    public const string Donated = "prescription.donated";
}

/// <summary>The Korean texts of the prescription notices, one SMS and one e-mail per key (appended to <see cref="NoticeTexts.Seed"/>).</summary>
public static class PrescriptionNoticeTexts
{
    /// <summary>New instances on every read: EF sets the Id of an added template, so a shared instance would carry one database's Id into the next.</summary>
    public static IReadOnlyList<NoticeTemplate> Templates =>
    [
        new()
        {
            Key = PrescriptionNoticeKeys.DonationNotice, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[선불카드] {memberName}님, 카드({card}) 잔액 {amount}은 소멸시효가 완성되어 {plannedOn}에 {recipient}에 기부될 예정입니다. {deadline}까지 고객센터로 이의를 제기하실 수 있으며, 이의가 없으면 기부에 동의한 것으로 봅니다.",
        },
        new()
        {
            Key = PrescriptionNoticeKeys.DonationNotice, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[선불카드] 소멸시효 완성 잔액 기부 예정 안내 ({card})",
            Body = "{memberName}님, 안녕하세요.\n\n카드({card})의 잔액 {amount}은 소멸시효가 완성되었습니다 ({derivation}).\n이 잔액은 {plannedOn}에 {recipient}에 기부될 예정입니다 (004 제5조②).\n\n기부를 원하지 않으시면 {deadline}까지 고객센터(전화 또는 방문)로 이의를 제기해 주세요.\n이 기간 안에 이의를 제기하지 않으시면 기부에 동의한 것으로 봅니다 (004 제5조③).",
        },
        new()
        {
            Key = PrescriptionNoticeKeys.ObjectionReceived, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[선불카드] {memberName}님, 카드({card}) 잔액 {amount}의 기부에 대한 이의를 접수했습니다. 이 잔액은 기부되지 않습니다.",
        },
        new()
        {
            Key = PrescriptionNoticeKeys.ObjectionReceived, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[선불카드] 기부 이의 접수 안내 ({card})",
            Body = "{memberName}님, 안녕하세요.\n\n카드({card}) 잔액 {amount}의 기부에 대한 이의를 {objectedOn}에 접수했습니다.\n이 잔액은 기부되지 않습니다. 잔액 사용·환불은 고객센터로 문의해 주세요.",
        },
        new()
        {
            Key = PrescriptionNoticeKeys.Donated, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[선불카드] {memberName}님, 카드({card}) 잔액 {amount}을 {donatedOn}에 {recipient}에 기부했습니다.",
        },
        new()
        {
            Key = PrescriptionNoticeKeys.Donated, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[선불카드] 소멸시효 완성 잔액 기부 완료 안내 ({card})",
            Body = "{memberName}님, 안녕하세요.\n\n안내해 드린 대로 카드({card})의 소멸시효 완성 잔액 {amount}을 {donatedOn}에 {recipient}에 기부했습니다 (004 제5조②).",
        },
    ];
}
