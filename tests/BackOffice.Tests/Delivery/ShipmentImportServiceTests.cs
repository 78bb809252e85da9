using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>Status files from outside (issue 14 item 4) through the real service on a real database.</summary>
public class ShipmentImportServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dispatch_confirmations_move_shipments_and_the_same_file_twice_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var a = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Preparing);
        var b = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Preparing);
        var file = ResendTestData.Csv(ResendTestData.DispatchHeader,
            $"{a.Number},2026-11-19 15:00,1234567890123,접수",
            $"{b.Number},2026-11-19 16:10,1234567890124,배송중");
        h.Actor.Current = TestActor.Supervisor;

        var first = await h.Get<ShipmentImportService>().ImportAsync(ShipmentImportKind.Dispatch, "dispatch-1119.csv", file);

        Assert.False(first.AlreadyImported);
        Assert.Equal((2, 2, 0, 0), (first.RowCount, first.Applied, first.Unchanged, first.Rejected));
        var movedA = await ResendTestData.ReloadAsync(h, a.Id);
        var movedB = await ResendTestData.ReloadAsync(h, b.Id);
        Assert.Equal((ShipmentStatus.HandedToPost, "1234567890123"), (movedA.Status, movedA.TrackingNumber));
        Assert.Equal(ShipmentStatus.InTransit, movedB.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 6, 0, 0, TimeSpan.Zero), movedA.DispatchedAt);
        await using (var db = await h.DbAsync())
        {
            var history = await db.ShipmentEvents.Where(e => e.ShipmentId == a.Id).SingleAsync();
            Assert.Equal((ShipmentStatus.Preparing, ShipmentStatus.HandedToPost, "import:dispatch-1119.csv", TestActor.Supervisor.Id),
                (history.From, history.To, history.Source, history.ActorId));
            Assert.Equal(2, await db.NoticeMessages.CountAsync(m => m.TemplateKey == DeliveryNoticeKeys.Sent && m.Channel == NoticeChannel.Sms));
            Assert.Equal(2, await db.AuditRecords.CountAsync(r => r.Action == "delivery.dispatch" && r.MemberId == memberId));
            Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Action == "delivery.import"));
        }

        var again = await h.Get<ShipmentImportService>().ImportAsync(ShipmentImportKind.Dispatch, "renamed.csv", file);

        Assert.True(again.AlreadyImported);
        Assert.Equal(first.ImportId, again.ImportId);
        Assert.StartsWith("이미 가져온 파일입니다", again.Summary, StringComparison.Ordinal);
        await using var check = await h.DbAsync();
        Assert.Equal(2, await check.ShipmentEvents.CountAsync());
        Assert.Equal(1, await check.ShipmentImports.CountAsync());
        Assert.Equal(1, await check.AuditRecords.CountAsync(r => r.Action == "delivery.import"));
        Assert.Equal(2, await check.NoticeMessages.CountAsync(m => m.TemplateKey == DeliveryNoticeKeys.Sent && m.Channel == NoticeChannel.Sms));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_rows_are_listed_with_their_line_and_reason_and_nothing_of_them_is_applied(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var good = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Preparing);
        var requested = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Requested);
        var delivered = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Delivered);
        var file = ResendTestData.Csv(ResendTestData.DispatchHeader,
            $"{good.Number},2026-11-19 15:00,1234567890123,접수",      // 2: applied
            "S20261119-123456,2026-11-19 15:00,1234567890123,접수",     // 3: unknown shipment
            $"{requested.Number},2026-11-19 15:00,1234567890123,접수", // 4: not in a batch yet (life cycle)
            $"{delivered.Number},2026-11-19 15:00,1234567890123,배송중", // 5: already delivered (life cycle)
            $"{good.Number},2026-11-19 15:00,1234567890123,접수",      // 6: duplicate in the file
            "S20261119-123457,19.11.2026,1234567890123,접수");          // 7: bad date
        h.Actor.Current = TestActor.Supervisor;

        var result = await h.Get<ShipmentImportService>().ImportAsync(ShipmentImportKind.Dispatch, "mixed.csv", file);

        Assert.Equal((6, 1, 0, 5), (result.RowCount, result.Applied, result.Unchanged, result.Rejected));
        Assert.Equal(5, result.RejectedRows.Count);
        Assert.StartsWith("3행: 배송번호 S20261119-123456을(를) 찾을 수 없습니다", result.RejectedRows[0], StringComparison.Ordinal);
        Assert.StartsWith($"4행: {requested.Number}: 현재 상태 '신청'에서 '우체국 접수'(으)로 바꿀 수 없습니다", result.RejectedRows[1], StringComparison.Ordinal);
        Assert.StartsWith($"5행: {delivered.Number}: 현재 상태 '수령 확인'에서 '배송 중'", result.RejectedRows[2], StringComparison.Ordinal);
        Assert.StartsWith("6행: 배송번호", result.RejectedRows[3], StringComparison.Ordinal);
        Assert.Contains("두 번 이상", result.RejectedRows[3], StringComparison.Ordinal);
        Assert.StartsWith("7행: 발송일시", result.RejectedRows[4], StringComparison.Ordinal);
        Assert.Equal(ShipmentStatus.HandedToPost, (await ResendTestData.ReloadAsync(h, good.Id)).Status);
        Assert.Equal(ShipmentStatus.Requested, (await ResendTestData.ReloadAsync(h, requested.Id)).Status);
        Assert.Equal(ShipmentStatus.Delivered, (await ResendTestData.ReloadAsync(h, delivered.Id)).Status);
        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.ShipmentEvents.CountAsync());
        var stored = await db.ShipmentImports.SingleAsync();
        Assert.Equal(5, stored.RejectedCount);
        Assert.Equal(result.RejectedRows, stored.RejectedRows.Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_returned_list_returns_cards_and_a_card_already_resent_stays_unchanged(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 10);
        var (cardId, memberId) = await ResendTestData.CardAsync(h);
        var onItsWay = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.InTransit);
        var resent = await ResendTestData.ShipmentAsync(h, cardId, memberId, ShipmentStatus.Resent);
        var file = ResendTestData.Csv(ResendTestData.ReturnedHeader,
            $"{onItsWay.Number},2026-11-20,R01,수취인 불명",
            $"{resent.Number},2026-11-18,R02,이사");
        h.Actor.Current = TestActor.Supervisor;

        var result = await h.Get<ShipmentImportService>().ImportAsync(ShipmentImportKind.Returned, "returned-1120.csv", file);

        Assert.Equal((2, 1, 1, 0), (result.RowCount, result.Applied, result.Unchanged, result.Rejected));
        var returned = await ResendTestData.ReloadAsync(h, onItsWay.Id);
        Assert.Equal((ShipmentStatus.Returned, "R01 수취인 불명"), (returned.Status, returned.ReturnReason));
        Assert.Equal(KoreanTime.StartOfDay(new DateOnly(2026, 11, 20)), returned.ReturnedAt);
        Assert.Equal(ShipmentStatus.Resent, (await ResendTestData.ReloadAsync(h, resent.Id)).Status);
        await using var db = await h.DbAsync();
        var step = await db.ShipmentEvents.SingleAsync();
        Assert.Equal((onItsWay.Id, ShipmentStatus.Returned, "import:returned-1120.csv"), (step.ShipmentId, step.To, step.Source));
        Assert.Contains("반송: R01 수취인 불명", step.Text, StringComparison.Ordinal);
        var notice = await db.NoticeMessages.SingleAsync(m => m.TemplateKey == DeliveryNoticeKeys.Returned && m.Channel == NoticeChannel.Sms);
        Assert.Equal((memberId, onItsWay.Number), (notice.MemberId, notice.EventRef));
        Assert.Contains("반송되었습니다", notice.Body, StringComparison.Ordinal);

        // The same list with one more line is another file: the old rows are unchanged, the new one applies.
        var more = ResendTestData.Csv(ResendTestData.ReturnedHeader,
            $"{onItsWay.Number},2026-11-20,R01,수취인 불명",
            $"{resent.Number},2026-11-18,R02,이사",
            "S20261119-555555,2026-11-20,R01,수취인 불명");
        var second = await h.Get<ShipmentImportService>().ImportAsync(ShipmentImportKind.Returned, "returned-1120-v2.csv", more);
        Assert.Equal((3, 0, 2, 1), (second.RowCount, second.Applied, second.Unchanged, second.Rejected));
        Assert.Equal(1, await db.ShipmentEvents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_mailing_role_imports_and_a_file_without_a_header_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var file = ResendTestData.Csv(ResendTestData.ReturnedHeader, "S20261119-000001,2026-11-20,R01,수취인 불명");
        h.Actor.Current = TestActor.Agent;
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<ShipmentImportService>().ImportAsync(ShipmentImportKind.Returned, "r.csv", file));

        h.Actor.Current = TestActor.Supervisor;
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            h.Get<ShipmentImportService>().ImportAsync(ShipmentImportKind.Dispatch, "r.csv", file)); // a returned list uploaded as dispatch
        Assert.StartsWith("첫 줄에 머리글이 필요합니다: 배송번호,발송일시,등기번호,상태", refused.Message, StringComparison.Ordinal);
        await using var db = await h.DbAsync();
        Assert.Equal(0, await db.ShipmentImports.CountAsync());
    }
}
