namespace BackOffice.Data.Credits;

/// <summary>The notices of credit expiry (001 §4): before a lot's last day and when it expired.</summary>
public static class CreditNoticeKeys
{
    /// <summary>Sent <see cref="ProgramPolicy.CreditExpiryNoticeDays"/> (30, 운영 정책) before the last day: the lots and their total.</summary>
    public const string ExpirySoon = "credit.expiry.soon";

    /// <summary>Sent when the remainder of lots went to the forfeited account.</summary>
    public const string ExpiryDone = "credit.expiry.done";
}

/// <summary>The credit notice templates, appended to <see cref="NoticeTexts.Seed"/>. One SMS and one e-mail per key.</summary>
public static class CreditNoticeTexts
{
    /// <summary>
    /// New instances on every read, like the rest of <see cref="NoticeTexts.Seed"/>: EF Core writes the generated id into an
    /// added entity, so a shared static instance added to a second database would carry the first one's id (a duplicate key).
    /// </summary>
    public static IReadOnlyList<NoticeTemplate> Templates =>
    [
        new()
        {
            Key = CreditNoticeKeys.ExpirySoon, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[본프라이빗] {memberName}님, 크레딧 {total}이(가) {firstDay}부터 유효기간 만료로 소멸됩니다 ({lots}). 소멸 전에 사용해 주세요.",
        },
        new()
        {
            Key = CreditNoticeKeys.ExpirySoon, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[본프라이빗] 크레딧 소멸 예정 안내 ({total})",
            Body = "{memberName}님, 안녕하세요.\n\n보유하신 크레딧 중 {total}이(가) 유효기간 만료로 소멸될 예정입니다.\n\n{lots}\n\n크레딧은 충전일 또는 마지막 사용일로부터 1년간 사용할 수 있으며, 기간이 지나면 소멸됩니다 ({rule}).\n소멸 전에 사용하시면 남은 크레딧의 유효기간도 마지막 사용일로부터 1년으로 늘어납니다.",
        },
        new()
        {
            Key = CreditNoticeKeys.ExpiryDone, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[본프라이빗] {memberName}님, 유효기간이 지난 크레딧 {total}이(가) {day}에 소멸되었습니다. 남은 크레딧 {balance}.",
        },
        new()
        {
            Key = CreditNoticeKeys.ExpiryDone, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[본프라이빗] 크레딧 소멸 안내 ({total})",
            Body = "{memberName}님, 안녕하세요.\n\n유효기간이 지난 크레딧 {total}이(가) {day}에 소멸되었습니다.\n\n{lots}\n\n남은 크레딧: {balance}\n소멸 안내는 {noticeDays}일 전에 보내 드렸습니다 ({rule}).",
        },
    ];
}
