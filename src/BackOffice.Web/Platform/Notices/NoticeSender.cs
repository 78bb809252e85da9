using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.Notices;

/// <summary>What one run of the sender did.</summary>
public sealed record NoticeRunResult(int Sent, int Failed, int Abandoned);

/// <summary>
/// Delivers the outbox. For each due message: <b>claim</b> it (one conditional UPDATE that only one sender can win: the
/// row becomes <see cref="NoticeStatus.Sending"/> with this run's token and a lease), <b>send</b> it, then <b>mark</b> it
/// sent or failed, only if the claim is still this run's. A failure is retried with exponential back-off and given up
/// (<see cref="NoticeStatus.Abandoned"/>) after <see cref="NoticeOptions.MaxAttempts"/>. If the portal stops between
/// sending and marking, the lease runs out and the next run sends again: the same file name in the pickup folder and
/// the same Message-ID over SMTP, so the member's copy is not doubled. The recipient is never logged.
/// </summary>
public sealed class NoticeSender(IDbContextFactory<AppDbContext> factory, DbWriter writer, TimeProvider clock, IEmailTransport email,
    ISmsGateway sms, NoticeOptions options, ILogger<NoticeSender> log)
{
    public async Task<NoticeRunResult> RunOnceAsync(CancellationToken ct = default)
    {
        int sent = 0, failed = 0, abandoned = 0;
        for (var i = 0; i < options.BatchSize; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (await ClaimNextAsync(ct) is not var (message, token)) break;
            string providerId;
            try
            {
                providerId = message.Channel == NoticeChannel.Sms ? await sms.SendAsync(message, ct) : await email.SendAsync(message, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // Shutting down (cancelled) is not a failure: the lease runs out and the next run sends the same message again.
                if (await MarkFailedAsync(message.Id, token, ex, message.Recipient) == NoticeStatus.Abandoned) abandoned++;
                else failed++;
                continue;
            }
            if (await MarkSentAsync(message.Id, token, providerId)) sent++;
        }
        return new NoticeRunResult(sent, failed, abandoned);
    }

    /// <summary>Takes the next due message for this run, or null when none is due.</summary>
    private async Task<(NoticeMessage Message, string Token)?> ClaimNextAsync(CancellationToken ct)
    {
        while (true)
        {
            var now = clock.GetUtcNow();
            List<(long Id, long Version)> candidates;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                candidates = (await Due(db, now).OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(10)
                    .Select(m => new { m.Id, m.Version }).ToListAsync(ct)).Select(m => (m.Id, m.Version)).ToList();
            }
            if (candidates.Count == 0) return null;

            foreach (var (id, version) in candidates)
            {
                var token = Guid.NewGuid().ToString("N");
                var leaseEnd = now + options.Lease;
                // Only one sender's UPDATE matches the row's version; the others update nothing and move on.
                var claimed = await writer.ExecuteAsync((db, token2) => Due(db, now).Where(m => m.Id == id && m.Version == version)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.Status, NoticeStatus.Sending)
                        .SetProperty(m => m.ClaimToken, token)
                        .SetProperty(m => m.NextAttemptAt, leaseEnd)
                        .SetProperty(m => m.Version, m => m.Version + 1), token2), ct);
                if (claimed != 1) continue;
                await using var read = await factory.CreateDbContextAsync(ct);
                return (await read.NoticeMessages.AsNoTracking().SingleAsync(m => m.Id == id, ct), token);
            }
        }
    }

    private static IQueryable<NoticeMessage> Due(AppDbContext db, DateTimeOffset now) =>
        db.NoticeMessages.Where(m => (m.Status == NoticeStatus.Pending || m.Status == NoticeStatus.Failed || m.Status == NoticeStatus.Sending)
            && m.NextAttemptAt <= now);

    private Task<bool> MarkSentAsync(long id, string token, string providerId) =>
        writer.ExecuteAsync(async (db, ct) =>
        {
            var m = await db.NoticeMessages.FirstOrDefaultAsync(x => x.Id == id && x.ClaimToken == token, ct);
            if (m is null) return false; // the lease ran out and another run took the message over; it marks it
            var now = clock.GetUtcNow();
            m.Attempts++;
            (m.Status, m.SentAt, m.ProviderMessageId, m.ClaimToken, m.LastError) = (NoticeStatus.Sent, now, providerId, null, null);
            m.Version++;
            db.NoticeAttempts.Add(new NoticeAttempt { MessageId = id, Number = m.Attempts, At = now, Outcome = NoticeAttemptOutcome.Sent, ProviderMessageId = providerId });
            log.LogInformation("Notice {NoticeId} sent ({Channel}, attempt {Attempt})", id, m.Channel, m.Attempts);
            return true;
        }, CancellationToken.None);

    private Task<NoticeStatus?> MarkFailedAsync(long id, string token, Exception error, string recipient) =>
        writer.ExecuteAsync<NoticeStatus?>(async (db, ct) =>
        {
            var m = await db.NoticeMessages.FirstOrDefaultAsync(x => x.Id == id && x.ClaimToken == token, ct);
            if (m is null) return null;
            var now = clock.GetUtcNow();
            m.Attempts++;
            m.LastError = Describe(error, recipient);
            m.ClaimToken = null;
            if (m.Attempts >= options.MaxAttempts)
            {
                (m.Status, m.NextAttemptAt) = (NoticeStatus.Abandoned, now);
                log.LogWarning("Notice {NoticeId} abandoned after {Attempts} attempts ({Error})", id, m.Attempts, error.GetType().Name);
            }
            else
            {
                (m.Status, m.NextAttemptAt) = (NoticeStatus.Failed, now + options.RetryDelay(m.Attempts));
                log.LogWarning("Notice {NoticeId} attempt {Attempt} failed ({Error}); next at {Next}", id, m.Attempts, error.GetType().Name, m.NextAttemptAt);
            }
            m.Version++;
            db.NoticeAttempts.Add(new NoticeAttempt { MessageId = id, Number = m.Attempts, At = now, Outcome = NoticeAttemptOutcome.Failed, Error = m.LastError });
            return m.Status;
        }, CancellationToken.None);

    /// <summary>The error as stored (never logged): its type and message, with the recipient masked out, cut to the column.</summary>
    private static string Describe(Exception error, string recipient)
    {
        var text = $"{error.GetType().Name}: {error.Message}";
        if (recipient.Length > 0)
            text = text.Replace(recipient, recipient.Contains('@') ? PersonalDataMask.Email(recipient) : PersonalDataMask.Phone(recipient), StringComparison.OrdinalIgnoreCase);
        return text.Length <= 500 ? text : text[..500];
    }
}
