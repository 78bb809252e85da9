using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Notices;

/// <summary>
/// Writes notices into the outbox inside the command that causes them (a <see cref="DbWriter"/> transaction), so the
/// event and its notices commit together or not at all; the sender job delivers them afterwards. (Named for the
/// outbox rather than "Notices", which would clash with this namespace's own name.)
/// </summary>
public static class NoticeOutbox
{
    /// <summary>
    /// Adds one message per channel the member can be reached on (SMS when a phone number is on file, e-mail when an
    /// address is), rendered from the template version in force on the event's KST day. A channel without a template
    /// in force, or whose message for this event was already written, is skipped. Returns the messages added.
    /// </summary>
    public static async Task<IReadOnlyList<NoticeMessage>> EnqueueAsync(AppDbContext db, long memberId, string templateKey, string eventRef,
        IReadOnlyDictionary<string, string> values, DateTimeOffset now, CancellationToken ct = default)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.Name, m.Phone, m.Email }).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Member {memberId} not found for a notice.");
        var day = DateOnly.FromDateTime(now.ToKst().DateTime);
        var templates = await db.Set<NoticeTemplate>().AsNoTracking().Where(t => t.Key == templateKey).ToListAsync(ct);
        var fields = new Dictionary<string, string>(values) { ["memberName"] = member.Name };

        var added = new List<NoticeMessage>();
        foreach (var (channel, recipient) in new[] { (NoticeChannel.Sms, member.Phone), (NoticeChannel.Email, member.Email) })
        {
            if (string.IsNullOrWhiteSpace(recipient)) continue;
            if (NoticeTexts.InForce(templates.Where(t => t.Channel == channel), day) is not { } template) continue;
            var dedupe = NoticeMessage.DedupeKeyFor(templateKey, eventRef, channel);
            if (db.Set<NoticeMessage>().Local.Any(m => m.DedupeKey == dedupe) ||
                await db.Set<NoticeMessage>().AnyAsync(m => m.DedupeKey == dedupe, ct)) continue;

            var message = new NoticeMessage
            {
                MemberId = memberId,
                Channel = channel,
                TemplateKey = templateKey,
                TemplateVersion = template.Version,
                Recipient = recipient.Trim(),
                Subject = NoticeTexts.Render(template.Subject, fields),
                Body = NoticeTexts.Render(template.Body, fields),
                EventRef = eventRef,
                DedupeKey = dedupe,
                Status = NoticeStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            };
            db.Set<NoticeMessage>().Add(message);
            added.Add(message);
        }
        return added;
    }

    /// <summary>Adds the first template versions that are missing (start-up runs this every time).</summary>
    public static async Task EnsureTemplatesAsync(AppDbContext db, CancellationToken ct = default)
    {
        var existing = await db.Set<NoticeTemplate>().Select(t => new { t.Key, t.Channel, t.Version }).ToListAsync(ct);
        foreach (var t in NoticeTexts.Seed().Where(s => !existing.Contains(new { s.Key, s.Channel, s.Version })))
            db.Set<NoticeTemplate>().Add(t);
    }
}
