using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.Notices;

/// <summary>The delivery log as member-timeline events: each attempt with channel, template and the recipient masked.</summary>
public static class NoticeTimeline
{
    public static async Task<IReadOnlyList<TimelineEvent>> EventsAsync(AppDbContext db, long memberId, int take, CancellationToken ct)
    {
        var rows = await db.NoticeAttempts.AsNoTracking().Where(a => a.Message!.MemberId == memberId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new
            {
                a.At,
                a.Outcome,
                a.Number,
                a.Error,
                a.Message!.Channel,
                a.Message.TemplateKey,
                a.Message.TemplateVersion,
                a.Message.Recipient,
                a.Message.EventRef,
                a.Message.Status,
                a.Message.Attempts,
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var title = r.Outcome == NoticeAttemptOutcome.Sent ? "알림 발송"
                : r.Status == NoticeStatus.Abandoned && r.Number == r.Attempts ? $"알림 발송 포기 ({r.Number}회 실패)"
                : "알림 발송 실패";
            var detail = $"{ChannelName(r.Channel)} · {NoticeTemplateKeys.NameOf(r.TemplateKey)} (v{r.TemplateVersion}) · {Mask(r.Channel, r.Recipient)} · {r.EventRef}";
            if (r.Outcome == NoticeAttemptOutcome.Failed && r.Error is { Length: > 0 }) detail += $" · 오류: {r.Error}";
            return new TimelineEvent(r.At, title, detail, "시스템", "notice");
        }).ToList();
    }

    public static string ChannelName(NoticeChannel channel) => channel == NoticeChannel.Sms ? "문자" : "이메일";

    public static string Mask(NoticeChannel channel, string recipient) =>
        channel == NoticeChannel.Sms ? PersonalDataMask.Phone(recipient) : PersonalDataMask.Email(recipient);
}
