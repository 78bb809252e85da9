using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using static BackOffice.Tests.Notices.NoticeTestSupport;

namespace BackOffice.Tests.Notices;

public class NoticeSenderTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_due_message_lands_in_the_pickup_folder_once_and_is_marked_sent(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _) = await CardAsync(h);
        var receipt = await ReportAsync(h, cardId, "k1");

        var result = await Sender(h).RunOnceAsync();

        Assert.Equal(new NoticeRunResult(2, 0, 0), result);
        var messages = await MessagesAsync(h, receipt.ReportNo);
        Assert.All(messages, m =>
        {
            Assert.Equal((NoticeStatus.Sent, 1, h.Clock.GetUtcNow()), (m.Status, m.Attempts, m.SentAt));
            Assert.Equal(NoticeAttemptOutcome.Sent, Assert.Single(m.AttemptLog).Outcome);
            Assert.Equal($"notice-{m.Id}@notices.backoffice.local", m.ProviderMessageId);
        });
        var (sms, email) = (messages[0], messages[1]);
        Assert.Equal(new[] { PickupFolderEmail.FileName(email.Id), PickupFolderSms.FileName(sms.Id) }.Order(), PickupFiles(h));

        var mail = await MimeMessage.LoadAsync(Path.Combine(h.Get<NoticePickupFolder>().Path, PickupFolderEmail.FileName(email.Id)));
        Assert.Equal($"notice-{email.Id}@notices.backoffice.local", mail.MessageId);
        Assert.Equal(Email, mail.To.Mailboxes.Single().Address);
        Assert.Equal(email.Subject, mail.Subject);
        Assert.Contains(receipt.ReportNo, mail.TextBody);
        var text = await File.ReadAllTextAsync(Path.Combine(h.Get<NoticePickupFolder>().Path, PickupFolderSms.FileName(sms.Id)));
        Assert.Contains($"To: {Phone}", text);
        Assert.Contains(sms.Body, text);

        Assert.Equal(new NoticeRunResult(0, 0, 0), await Sender(h).RunOnceAsync()); // nothing left to send
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_sender_that_stops_between_sending_and_marking_leaves_one_copy_and_the_next_run_marks_it_sent(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _) = await CardAsync(h, email: "");
        var receipt = await ReportAsync(h, cardId, "k1");
        var sms = Assert.Single(await MessagesAsync(h, receipt.ReportNo));
        var pickup = Pickup(h);

        // The portal stops right after the gateway took the message: the send happened, the mark never does.
        using var shutdown = new CancellationTokenSource();
        var stopping = new ScriptedTransport(async (m, ct) =>
        {
            await pickup.SendByChannel(m, ct);
            await shutdown.CancelAsync();
            throw new OperationCanceledException(shutdown.Token);
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender(h, sms: stopping).RunOnceAsync(shutdown.Token));

        var held = Assert.Single(await MessagesAsync(h, receipt.ReportNo));
        Assert.Equal((NoticeStatus.Sending, 0), (held.Status, held.Attempts));
        Assert.Equal([PickupFolderSms.FileName(sms.Id)], PickupFiles(h));

        // Restarted within the lease: the message is still held by the stopped run.
        Assert.Equal(new NoticeRunResult(0, 0, 0), await Sender(h).RunOnceAsync());

        h.Clock.Advance(h.Get<NoticeOptions>().Lease);
        Assert.Equal(new NoticeRunResult(1, 0, 0), await Sender(h).RunOnceAsync());

        var done = Assert.Single(await MessagesAsync(h, receipt.ReportNo));
        Assert.Equal((NoticeStatus.Sent, 1, (string?)null), (done.Status, done.Attempts, done.ClaimToken));
        Assert.Single(done.AttemptLog);
        Assert.Equal([PickupFolderSms.FileName(sms.Id)], PickupFiles(h)); // the same file, written again: one copy
        Assert.Equal(new NoticeRunResult(0, 0, 0), await Sender(h).RunOnceAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Failures_are_retried_with_doubling_waits_and_abandoned_after_the_last_attempt(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId) = await CardAsync(h, phone: "");
        var receipt = await ReportAsync(h, cardId, "k1");
        var options = new NoticeOptions { MaxAttempts = 4, FirstRetryDelay = TimeSpan.FromMinutes(1) };
        var down = new ScriptedTransport((m, _) => throw new IOException($"550 mailbox unavailable: {m.Recipient}"));
        var sender = Sender(h, options, email: down);
        var start = h.Clock.GetUtcNow();

        Assert.Equal(new NoticeRunResult(0, 1, 0), await sender.RunOnceAsync());
        foreach (var wait in new[] { 1, 2 })
        {
            h.Clock.Advance(TimeSpan.FromMinutes(wait) - TimeSpan.FromSeconds(1));
            Assert.Equal(new NoticeRunResult(0, 0, 0), await sender.RunOnceAsync()); // not yet due
            h.Clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(new NoticeRunResult(0, 1, 0), await sender.RunOnceAsync());
        }
        var waiting = Assert.Single(await MessagesAsync(h, receipt.ReportNo));
        Assert.Equal((NoticeStatus.Failed, 3), (waiting.Status, waiting.Attempts));
        Assert.Equal(h.Clock.GetUtcNow() + TimeSpan.FromMinutes(4), waiting.NextAttemptAt);

        h.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(new NoticeRunResult(0, 0, 1), await sender.RunOnceAsync());
        h.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new NoticeRunResult(0, 0, 0), await sender.RunOnceAsync()); // abandoned stays abandoned

        var given = Assert.Single(await MessagesAsync(h, receipt.ReportNo));
        Assert.Equal((NoticeStatus.Abandoned, 4, (DateTimeOffset?)null), (given.Status, given.Attempts, given.SentAt));
        Assert.Equal([0, 1, 3, 7], given.AttemptLog.OrderBy(a => a.Number).Select(a => (int)(a.At - start).TotalMinutes));
        Assert.All(given.AttemptLog, a => Assert.Equal(NoticeAttemptOutcome.Failed, a.Outcome));
        Assert.DoesNotContain(Email, given.LastError);
        Assert.Contains("h***@example.com", given.LastError);
        Assert.Empty(PickupFiles(h));

        var timeline = await h.Get<MemberQueries>().GetTimelineAsync(memberId);
        var abandoned = Assert.Single(timeline, e => e.Title.StartsWith("알림 발송 포기", StringComparison.Ordinal));
        Assert.Equal("알림 발송 포기 (4회 실패)", abandoned.Title);
        Assert.Equal(3, timeline.Count(e => e.Title == "알림 발송 실패"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_member_timeline_shows_each_delivery_with_channel_template_and_the_recipient_masked(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId) = await CardAsync(h);
        var receipt = await ReportAsync(h, cardId, "k1");
        Assert.DoesNotContain(await h.Get<MemberQueries>().GetTimelineAsync(memberId), e => e.Kind == "notice"); // not sent yet

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await Sender(h).RunOnceAsync();

        var notices = (await h.Get<MemberQueries>().GetTimelineAsync(memberId)).Where(e => e.Kind == "notice").ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, e => Assert.Equal(("알림 발송", "시스템", h.Clock.GetUtcNow()), (e.Title, e.ActorName, e.At)));
        Assert.Contains(notices, e => e.Detail == $"문자 · 분실·도난 신고 접수 (v1) · 010-****-5432 · {receipt.ReportNo}");
        Assert.Contains(notices, e => e.Detail == $"이메일 · 분실·도난 신고 접수 (v1) · h***@example.com · {receipt.ReportNo}");
        Assert.DoesNotContain(notices, e => e.Detail.Contains(Phone, StringComparison.Ordinal) || e.Detail.Contains(Email, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_senders_running_at_once_send_each_message_exactly_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var (_, memberId) = await CardAsync(h);
        const int events = 15;
        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            for (var i = 0; i < events; i++)
                await NoticeOutbox.EnqueueAsync(db, memberId, NoticeTemplateKeys.RefundRejected, $"F-RACE-{i:D2}",
                    new Dictionary<string, string> { ["requestNo"] = $"F-RACE-{i:D2}", ["reason"] = "경합 시험" }, h.Clock.GetUtcNow(), ct);
        });

        var pickup = Pickup(h);
        var sends = new ConcurrentDictionary<long, int>();
        var bySender = new int[2];
        // Each sender's first send waits until the other is sending too, so the two runs provably overlap.
        var arrived = 0;
        var bothSending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        NoticeSender Racer(int index)
        {
            var first = true;
            var transport = new ScriptedTransport(async (m, ct) =>
            {
                sends.AddOrUpdate(m.Id, 1, (_, n) => n + 1);
                Interlocked.Increment(ref bySender[index]);
                if (first)
                {
                    first = false;
                    if (Interlocked.Increment(ref arrived) == 2) bothSending.SetResult();
                    await bothSending.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
                }
                return await pickup.SendByChannel(m, ct);
            });
            return Sender(h, email: transport, sms: transport);
        }

        var results = await Task.WhenAll(Racer(0).RunOnceAsync(), Racer(1).RunOnceAsync());

        Assert.True(bothSending.Task.IsCompletedSuccessfully);
        Assert.Equal(2 * events, results.Sum(r => r.Sent));
        Assert.Equal(2 * events, sends.Count);
        Assert.All(sends.Values, n => Assert.Equal(1, n));
        Assert.All(bySender, n => Assert.True(n >= 1));
        await using var db = await h.DbAsync();
        Assert.Equal(2 * events, await db.NoticeMessages.CountAsync(m => m.Status == NoticeStatus.Sent && m.Attempts == 1));
        Assert.Equal(2 * events, await db.NoticeAttempts.CountAsync());
        Assert.Equal(2 * events, PickupFiles(h).Length);
    }
}
