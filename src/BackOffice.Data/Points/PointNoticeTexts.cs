namespace BackOffice.Data.Points;

/// <summary>The notice keys of Oh! points (004 포인트 제5조④⑤).</summary>
public static class PointNoticeKeys
{
    /// <summary>소멸 2개월 전 사전 고지 (004 포인트 제5조④).</summary>
    public const string ExpirySoon = "point.expiry-soon";
    /// <summary>월 단위 자동 소멸 (004 포인트 제5조④).</summary>
    public const string Expired = "point.expired";
    /// <summary>즉시 소멸 (004 포인트 제5조⑤).</summary>
    public const string Forfeited = "point.forfeited";
}

/// <summary>The point notice templates, one SMS and one e-mail per key (added to <see cref="NoticeTexts.Seed"/>).</summary>
public static class PointNoticeTexts
{
    /// <remarks>New instances on every call: EF sets the ids of the templates it inserts, so a shared list would carry ids into the next database.</remarks>
    public static IReadOnlyList<NoticeTemplate> Templates =>
    [
        new()
        {
            Key = PointNoticeKeys.ExpirySoon, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[BC Oh! point] {memberName}님, {summary}. 소멸 전에 사용해 주세요.",
        },
        new()
        {
            Key = PointNoticeKeys.ExpirySoon, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[BC Oh! point] 포인트 소멸 예정 안내 ({month})",
            Body = "{memberName}님, 안녕하세요.\n\n유효기간(적립일로부터 5년)이 지나는 포인트가 월 단위로 자동 소멸됩니다 (약관 제5조④).\n{summary}\n\n소멸 예정 포인트는 해당 월 말일까지 사용하실 수 있습니다.",
        },
        new()
        {
            Key = PointNoticeKeys.Expired, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[BC Oh! point] {memberName}님, 유효기간이 지난 포인트 {amount}가 소멸되었습니다 ({months}). 남은 포인트 {balance}",
        },
        new()
        {
            Key = PointNoticeKeys.Expired, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[BC Oh! point] 포인트 소멸 안내",
            Body = "{memberName}님, 안녕하세요.\n\n미리 안내해 드린 대로 유효기간이 지난 포인트 {amount}가 {day}에 소멸되었습니다 ({months}, 약관 제5조④).\n남은 포인트: {balance}",
        },
        new()
        {
            Key = PointNoticeKeys.Forfeited, Channel = NoticeChannel.Sms, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Body = "[BC Oh! point] {memberName}님, 포인트 {amount}가 소멸되었습니다 (사유: {cause}). 남은 포인트 {balance}",
        },
        new()
        {
            Key = PointNoticeKeys.Forfeited, Channel = NoticeChannel.Email, Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1),
            Subject = "[BC Oh! point] 포인트 소멸 안내",
            Body = "{memberName}님, 안녕하세요.\n\n약관 제5조⑤에 따라 포인트 {amount}가 {day}에 소멸되었습니다.\n사유: {cause}\n대상: {scope}\n남은 포인트: {balance}\n\n문의는 고객센터로 연락해 주세요.",
        },
    ];
}
