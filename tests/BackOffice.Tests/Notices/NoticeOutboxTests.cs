using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Notices.NoticeTestSupport;

namespace BackOffice.Tests.Notices;

public class NoticeOutboxTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Filing_a_lost_card_report_writes_one_message_per_channel_with_the_report(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, memberId) = await CardAsync(h);

        var receipt = await ReportAsync(h, cardId, "k1");
        await ReportAsync(h, cardId, "k1"); // the same click twice: still one report, still one message per channel

        var messages = await MessagesAsync(h, receipt.ReportNo);
        Assert.Equal([NoticeChannel.Sms, NoticeChannel.Email], messages.Select(m => m.Channel));
        Assert.All(messages, m =>
        {
            Assert.Equal((memberId, NoticeTemplateKeys.LostCardReceipt, 1, NoticeStatus.Pending, 0), (m.MemberId, m.TemplateKey, m.TemplateVersion, m.Status, m.Attempts));
            Assert.Contains(receipt.ReportNo, m.Body);
            Assert.DoesNotContain("{", m.Body);
            Assert.Equal(h.Clock.GetUtcNow(), m.NextAttemptAt);
        });
        Assert.Equal((Phone, Email), (messages[0].Recipient, messages[1].Recipient));
        Assert.Equal($"{NoticeTemplateKeys.LostCardReceipt}:{receipt.ReportNo}:sms", messages[0].DedupeKey);
        Assert.Contains(receipt.ReportNo, messages[1].Subject);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_member_without_an_e_mail_address_gets_only_the_sms(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20);
        var (cardId, _) = await CardAsync(h, email: "");

        var receipt = await ReportAsync(h, cardId, "k1");

        Assert.Equal([NoticeChannel.Sms], (await MessagesAsync(h, receipt.ReportNo)).Select(m => m.Channel));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_command_that_fails_after_enqueueing_leaves_no_message(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 5);
        var (_, memberId) = await CardAsync(h);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var added = await NoticeOutbox.EnqueueAsync(db, memberId, NoticeTemplateKeys.RefundRejected, "F-TEST-1",
                new Dictionary<string, string> { ["requestNo"] = "F-TEST-1", ["reason"] = "테스트 반려" }, h.Clock.GetUtcNow(), ct);
            Assert.Equal(2, added.Count);
            await db.SaveChangesAsync(ct); // the rows are in the database, inside the command's transaction
            Assert.Equal(2, await db.NoticeMessages.CountAsync(m => m.EventRef == "F-TEST-1", ct));
            throw new BusinessRuleException("이후 단계에서 거절");
        }));

        Assert.Equal("이후 단계에서 거절", refused.Message);
        Assert.Empty(await MessagesAsync(h, "F-TEST-1"));
    }

    [Fact]
    public void The_version_in_force_is_the_latest_whose_date_has_come()
    {
        NoticeTemplate V(int version, int month, int day) => new() { Version = version, EffectiveFrom = new DateOnly(2026, month, day) };
        var versions = new[] { V(1, 1, 1), V(2, 11, 21), V(3, 12, 1) };

        Assert.Null(NoticeTexts.InForce(versions, new DateOnly(2025, 12, 31)));
        Assert.Equal(1, NoticeTexts.InForce(versions, new DateOnly(2026, 11, 20))!.Version);
        Assert.Equal(2, NoticeTexts.InForce(versions, new DateOnly(2026, 11, 21))!.Version);
        Assert.Equal(2, NoticeTexts.InForce(versions, new DateOnly(2026, 11, 30))!.Version);
        Assert.Equal(3, NoticeTexts.InForce(versions, new DateOnly(2026, 12, 1))!.Version);
    }

    [Fact]
    public void Rendering_fills_every_placeholder_and_refuses_a_missing_one()
    {
        Assert.Equal("홍길동님 L1", NoticeTexts.Render("{memberName}님 {reportNo}", new Dictionary<string, string> { ["memberName"] = "홍길동", ["reportNo"] = "L1" }));
        Assert.Throws<InvalidOperationException>(() => NoticeTexts.Render("{memberName}님 {reportNo}", new Dictionary<string, string> { ["memberName"] = "홍길동" }));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_template_version_in_force_on_the_event_s_Korean_day_is_used_and_stored(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 20, clock: KstClock.At(2026, 11, 20, 23, 59));
        await using (var db = await h.DbAsync())
        {
            db.NoticeTemplates.Add(new NoticeTemplate
            {
                Key = NoticeTemplateKeys.LostCardReceipt,
                Channel = NoticeChannel.Sms,
                Version = 2,
                EffectiveFrom = new DateOnly(2026, 11, 21),
                Body = "[교통카드 개정] {memberName}님 신고번호 {reportNo}",
            });
            await db.SaveChangesAsync();
        }
        var (before, _) = await CardAsync(h);
        var (after, _) = await CardAsync(h, skip: 1);

        var late = await ReportAsync(h, before, "k-before");   // 2026-11-20 23:59 KST (14:59 UTC)
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var early = await ReportAsync(h, after, "k-after");    // 2026-11-21 00:00 KST, still the 20th in UTC

        var lateMessages = await MessagesAsync(h, late.ReportNo);
        var earlyMessages = await MessagesAsync(h, early.ReportNo);
        Assert.Equal([1, 1], lateMessages.Select(m => m.TemplateVersion));
        Assert.Equal([2, 1], earlyMessages.Select(m => m.TemplateVersion)); // SMS has a new version, e-mail does not
        Assert.StartsWith("[교통카드 개정]", earlyMessages[0].Body);
        Assert.StartsWith("[교통카드]", lateMessages[0].Body);
    }
}
