namespace BackOffice.Data.Credits;

/// <summary>The member's notices about credit top-ups (issue 15 item 2 and 3).</summary>
public static class TopUpNoticeKeys
{
    /// <summary>The virtual account's deposit deadline moved on the member's request (001 §2.2.2).</summary>
    public const string DeadlineMoved = "credit.topup.deadline-moved";
    /// <summary>The e-mail and SMS before the auto-cancel (001 §2.2.2 ※ 취소 전 EMAIL 및 SMS 발송).</summary>
    public const string CancelReminder = "credit.topup.cancel-reminder";
    /// <summary>The virtual account cancelled at 00:00 after its last day (001 §2.2.2).</summary>
    public const string Cancelled = "credit.topup.cancelled";
    /// <summary>The approval cancelled for fraud and the credits taken back (001 §5).</summary>
    public const string FraudCancelled = "credit.topup.fraud-cancelled";
}

/// <summary>The first versions of the top-up notices; <see cref="NoticeTexts.Seed"/> includes them.</summary>
public static class TopUpNoticeTexts
{
    public static IReadOnlyList<NoticeTemplate> Templates =>
    [
        new()
        {
            Key = TopUpNoticeKeys.DeadlineMoved, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[본프라이빗] {memberName}님, 요청하신 대로 크레딧 충전({topUpNumber}) 가상계좌 입금 기한을 {deadline}까지로 변경했습니다. {bank} {account}, {amount}원.",
        },
        new()
        {
            Key = TopUpNoticeKeys.DeadlineMoved, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[본프라이빗] 가상계좌 입금 기한 변경 안내 ({topUpNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n요청하신 대로 크레딧 충전({topUpNumber})의 가상계좌 입금 기한을 변경했습니다.\n"
                + "입금 계좌: {bank} {account}\n입금액: {amount}원\n새 입금 기한: {deadline}까지 (기한 다음 날 00:00에 자동 취소)\n\n입금 기한 안에 입금해 주세요.",
        },
        new()
        {
            Key = TopUpNoticeKeys.CancelReminder, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[본프라이빗] {memberName}님, 크레딧 충전({topUpNumber}) 가상계좌 입금 기한이 오늘({deadline})입니다. 입금이 없으면 {cancelsAt}에 자동 취소됩니다. {bank} {account}, {amount}원.",
        },
        new()
        {
            Key = TopUpNoticeKeys.CancelReminder, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[본프라이빗] 가상계좌 입금 기한 안내 ({topUpNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n크레딧 충전({topUpNumber})의 가상계좌 입금 기한이 오늘({deadline})입니다.\n"
                + "입금 계좌: {bank} {account}\n입금액: {amount}원\n입금이 확인되지 않으면 {cancelsAt}에 예약이 자동으로 취소됩니다.\n기한 변경이 필요하면 고객센터로 연락해 주세요.",
        },
        new()
        {
            Key = TopUpNoticeKeys.Cancelled, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[본프라이빗] {memberName}님, 입금 기한({deadline})이 지나 크레딧 충전({topUpNumber}) 가상계좌 예약이 자동 취소되었습니다.",
        },
        new()
        {
            Key = TopUpNoticeKeys.Cancelled, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[본프라이빗] 가상계좌 예약 자동 취소 안내 ({topUpNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n입금 기한({deadline})까지 입금이 확인되지 않아 크레딧 충전({topUpNumber}, {amount}원)의 가상계좌 예약이 {cancelledAt}에 자동 취소되었습니다.\n다시 충전하시려면 앱에서 새로 신청해 주세요.",
        },
        new()
        {
            Key = TopUpNoticeKeys.FraudCancelled, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[본프라이빗] {memberName}님, 크레딧 충전({topUpNumber}, {amount}원)의 결제 승인이 취소되어 충전 크레딧을 회수했습니다. 문의는 고객센터로 연락해 주세요.",
        },
        new()
        {
            Key = TopUpNoticeKeys.FraudCancelled, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[본프라이빗] 크레딧 충전 승인 취소 안내 ({topUpNumber})",
            Body = "{memberName}님, 안녕하세요.\n\n크레딧 충전({topUpNumber}, {amount}원)의 결제가 부정 사용으로 확인되어 승인을 취소하고 남은 충전 크레딧을 회수했습니다 (크레딧 정책 §5).\n"
                + "사유: {reason}\n이의가 있으시면 고객센터로 연락해 주세요.",
        },
    ];
}
