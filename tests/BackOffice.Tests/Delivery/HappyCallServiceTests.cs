using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>The happy-call queue of returned cards (issue 14 item 5) on a real database.</summary>
public class HappyCallServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Three_unsuccessful_calls_send_one_notice_and_a_reached_member_gets_a_free_resend(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var returned = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Returned);
        var calls = h.Get<HappyCallService>();

        var (queue, total) = await calls.QueueAsync(0, 20);
        Assert.Equal(1, total);
        Assert.Equal((returned.Number, 0), (queue[0].Number, queue[0].Attempts));
        Assert.DoesNotContain("컨벤시아대로", queue[0].AddressMasked, StringComparison.Ordinal);

        var tomorrow = h.Clock.GetUtcNow().AddDays(1);
        var one = await calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.NoAnswer, "부재중", tomorrow));
        var two = await calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.NoAnswer, null, tomorrow));
        Assert.False(one.UnreachedNoticeSent || two.UnreachedNoticeSent);
        await using (var db = await h.DbAsync())
            Assert.False(await db.NoticeMessages.AnyAsync(m => m.TemplateKey == DeliveryNoticeKeys.Unreached));

        var three = await calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.WrongNumber, null, null));
        var four = await calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.NoAnswer, null, null));

        Assert.Equal((3, 3, true), (three.Number, three.UnsuccessfulAttempts, three.UnreachedNoticeSent));
        Assert.Equal((4, false), (four.Number, four.UnreachedNoticeSent));
        await using (var db = await h.DbAsync())
        {
            var notice = await db.NoticeMessages.SingleAsync(m => m.TemplateKey == DeliveryNoticeKeys.Unreached && m.Channel == NoticeChannel.Sms);
            Assert.Contains("3회 연락드렸으나", notice.Body, StringComparison.Ordinal);
            Assert.NotNull((await ResendTestData.ReloadAsync(h, returned.Id)).UnreachedNoticeAt);
            var history = await db.ShipmentEvents.Where(e => e.ShipmentId == returned.Id).OrderBy(e => e.Id).Select(e => e.Text).ToListAsync();
            Assert.Equal(["해피콜 1회: 부재, 다음 통화 2026-11-21 10:00", "해피콜 2회: 부재, 다음 통화 2026-11-21 10:00", "해피콜 3회: 결번·오류",
                "미연락 안내 발송 (3회 연락 실패, 운영 정책 3회)", "해피콜 4회: 부재"], history);
            Assert.Equal(4, await db.AuditRecords.CountAsync(r => r.Action == "delivery.happy-call" && r.MemberId == memberId));
        }

        await calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.Reached, "새 주소 확인", null));
        var resend = await h.Get<ResendService>().ResendAsync(new ResendCommand(returned.Id, false, null, false, "21999", "인천광역시 연수구 센트럴로 123", "5층", "hc"));

        Assert.Equal(0L, resend.Fee);
        Assert.Equal(0, (await calls.QueueAsync(0, 20)).Total);
        Assert.Equal(5, (await calls.AttemptsAsync(returned.Id)).Count);
        Assert.Equal("반송 상태인 배송만 해피콜을 기록할 수 있습니다 (현재 재발송됨).",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.NoAnswer, null, null)))).Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_declined_resend_leaves_the_queue_and_attempts_are_checked(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var returned = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Returned);
        var calls = h.Get<HappyCallService>();

        Assert.Equal("다음 통화 시각은 지금 이후여야 합니다.", (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.NoAnswer, null, h.Clock.GetUtcNow().AddMinutes(-1))))).Message);
        Assert.Equal("통화 메모는 500자 이하로 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.Reached, new string('가', 501), null)))).Message);

        await calls.RecordAttemptAsync(new HappyCallCommand(returned.Id, HappyCallOutcome.Declined, "재발송 원하지 않음", null));

        Assert.Equal(0, (await calls.QueueAsync(0, 20)).Total);
        h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => calls.QueueAsync(0, 20));
    }
}
