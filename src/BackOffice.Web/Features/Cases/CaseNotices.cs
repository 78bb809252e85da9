namespace BackOffice.Web.Features.Cases;

/// <summary>
/// The three notices of a case (issue 13 item 4), written to the outbox inside the command that causes them: receipt
/// (on open), delay (reason and new schedule, 003 하나로 제23조② "처리가 곤란한 경우 그 사유와 처리 일정을 즉시 통지") and
/// result (on close). Each returns the history line's text with the outbox message references, so the notice is part of
/// the case history. Templates: <see cref="NoticeTexts.Seed"/> (keys below).
/// </summary>
public static class CaseNotices
{
    public const string ReceiptKey = "case.receipt";
    public const string DelayKey = "case.delay";
    public const string ResultKey = "case.result";

    public static async Task<string> ReceiptAsync(AppDbContext db, ServiceCase @case, DateTimeOffset now, CancellationToken ct)
    {
        var messages = await NoticeOutbox.EnqueueAsync(db, @case.MemberId, ReceiptKey, $"{@case.Number}:receipt", new Dictionary<string, string>
        {
            ["caseNumber"] = @case.Number,
            ["caseType"] = CaseNames.Of(@case.Type),
            ["receivedAt"] = @case.ReceivedAt.ToKst().ToString("yyyy-MM-dd HH:mm", KoreanTime.Culture),
            ["dueOn"] = @case.DueOn is { } due ? due.ToString("yyyy-MM-dd", KoreanTime.Culture) : "본인 확인 후 안내",
        }, now, ct);
        return await TextAsync(db, "접수 안내", messages, ct);
    }

    public static async Task<string> DelayAsync(AppDbContext db, ServiceCase @case, int sequence, DateTimeOffset now, CancellationToken ct)
    {
        var messages = await NoticeOutbox.EnqueueAsync(db, @case.MemberId, DelayKey, $"{@case.Number}:delay:{sequence}", new Dictionary<string, string>
        {
            ["caseNumber"] = @case.Number,
            ["caseType"] = CaseNames.Of(@case.Type),
            ["reason"] = @case.DelayReason ?? "",
            ["promisedBy"] = @case.PromisedBy?.ToString("yyyy-MM-dd", KoreanTime.Culture) ?? "",
        }, now, ct);
        return await TextAsync(db, $"지연 안내 (사유: {@case.DelayReason} · 새 일정 {@case.PromisedBy?.ToString("yyyy-MM-dd", KoreanTime.Culture)})", messages, ct);
    }

    public static async Task<string> ResultAsync(AppDbContext db, ServiceCase @case, DateTimeOffset now, CancellationToken ct)
    {
        var messages = await NoticeOutbox.EnqueueAsync(db, @case.MemberId, ResultKey, $"{@case.Number}:result", new Dictionary<string, string>
        {
            ["caseNumber"] = @case.Number,
            ["caseType"] = CaseNames.Of(@case.Type),
            ["outcome"] = CaseNames.Of(@case.Outcome),
            ["resolution"] = @case.Resolution ?? "",
        }, now, ct);
        return await TextAsync(db, $"결과 안내 ({CaseNames.Of(@case.Outcome)})", messages, ct);
    }

    /// <summary>"접수 안내 · 알림 #12(문자), #13(이메일)"; the messages get their ids here so the history can name them.</summary>
    private static async Task<string> TextAsync(AppDbContext db, string what, IReadOnlyList<NoticeMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return $"{what} · 연락처(휴대전화·이메일)가 없어 알림을 보내지 못했습니다: 우편 등으로 안내하세요";
        await db.SaveChangesAsync(ct);
        return $"{what} · 알림 {string.Join(", ", messages.Select(m => $"#{m.Id}({(m.Channel == NoticeChannel.Sms ? "문자" : "이메일")})"))}";
    }
}
