using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>Where the card is (issue 14 items 4 and 6): the member tab, delivery confirmation, unmasking, the overdue queue.</summary>
public class ShipmentServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_member_tab_shows_each_shipment_with_its_history_and_delivery_is_confirmed_by_call_or_registration(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var program = await ShipmentTestSupport.ProgramAsync(h);
        var first = await ShipmentTestSupport.ApplyAsync(h, memberId, program, "apply-1");
        await ShipmentTestSupport.TopUpEmoneyAsync(h, memberId, 10_000);
        var second = await ShipmentTestSupport.ApplyAsync(h, memberId, program, "apply-2");
        var service = h.Get<ShipmentService>();

        var views = await service.ForMemberAsync(memberId);
        Assert.Equal(2, views.Count);
        var view = views.Single(v => v.Number == first.ShipmentNumber);
        Assert.Equal((ShipmentStatus.Requested, ShipmentKind.NewCard, "(045**) 서울특별시 중구 ***"), (view.Status, view.Kind, view.MaskedAddress));
        Assert.Equal(new DateOnly(2026, 12, 1), view.ExpectedBy);
        Assert.Contains("신청 2026-11-20 + 7영업일 = 2026-12-01", view.ExpectedRule);
        Assert.True(view.AddressChangeable);
        Assert.False(view.Overdue);
        Assert.Single(view.History);
        // Confirmation needs a card that left: a Requested shipment is refused.
        var early = await Assert.ThrowsAsync<BusinessRuleException>(() => service.ConfirmDeliveryAsync(view.Id, "회원 본인 수령 확인"));
        Assert.StartsWith("아직 발송되지 않은 신청입니다", early.Message);

        await ShipmentTestSupport.MoveAsync(h, first.ShipmentNumber, ShipmentStatus.Preparing);
        await ShipmentTestSupport.MoveAsync(h, second.ShipmentNumber, ShipmentStatus.Preparing);
        await ShipmentTestSupport.MoveAsync(h, second.ShipmentNumber, ShipmentStatus.InTransit, h.Clock.GetUtcNow());
        h.Clock.Advance(TimeSpan.FromDays(3));
        await service.ConfirmDeliveryAsync(view.Id, "회원 본인 수령 확인");
        long secondCardId;
        await using (var db = await h.DbAsync()) secondCardId = await db.Shipments.Where(s => s.Number == second.ShipmentNumber).Select(s => s.CardId).SingleAsync();
        Assert.True(await service.ConfirmByRegistrationAsync(secondCardId));
        Assert.False(await service.ConfirmByRegistrationAsync(secondCardId)); // already confirmed: nothing changes

        views = await service.ForMemberAsync(memberId);
        var byCall = views.Single(v => v.Number == first.ShipmentNumber);
        Assert.Equal(ShipmentStatus.Delivered, byCall.Status);
        Assert.Equal(h.Clock.GetUtcNow(), byCall.DeliveredAt);
        Assert.False(byCall.AddressChangeable);
        Assert.Equal(["신청", "발송 준비", "수령 확인"], byCall.History.Select(l => ShipmentLog.Name(l.To)));
        Assert.Equal(("김상담", "staff", "수령 확인 (상담원 통화): 회원 본인 수령 확인"), (byCall.History[^1].ActorName, byCall.History[^1].Source, byCall.History[^1].Text));
        var byApp = views.Single(v => v.Number == second.ShipmentNumber);
        Assert.Equal((ShipmentStatus.Delivered, "member-app"), (byApp.Status, byApp.History[^1].Source));
        await using var check = await h.DbAsync();
        Assert.Equal(2, await check.AuditRecords.CountAsync(a => a.Action == "shipment.delivered" && a.MemberId == memberId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_address_is_unmasked_only_with_a_reason_and_the_read_is_audited(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var applied = await ShipmentTestSupport.ApplyAsync(h, memberId, await ShipmentTestSupport.ProgramAsync(h), "apply-1");
        var id = (await h.Get<ShipmentService>().ForMemberAsync(memberId)).Single().Id;

        Assert.Equal("열람 사유를 입력하세요.", (await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<ShipmentService>().UnmaskAddressAsync(id, " "))).Message);
        var clear = await h.Get<ShipmentService>().UnmaskAddressAsync(id, "배송 문의 본인 확인");

        Assert.Equal(ShipmentTestSupport.Address, clear);
        await using var db = await h.DbAsync();
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "shipment.unmask");
        Assert.Equal((memberId, applied.ShipmentNumber, "배송 문의 본인 확인"), (audit.MemberId, audit.EntityId, audit.Reason));
        h.Actor.Current = TestActor.Finance; // no UnmaskPersonalData
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<ShipmentService>().UnmaskAddressAsync(id, "배송 문의 본인 확인"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_card_not_delivered_seven_business_days_after_dispatch_is_overdue(string provider)
    {
        await using var h = await Harness.StartAsync(provider); // Fri 2026-11-20
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var program = await ShipmentTestSupport.ProgramAsync(h);
        await ShipmentTestSupport.TopUpEmoneyAsync(h, memberId, 10_000);
        var dispatched = await ShipmentTestSupport.ApplyAsync(h, memberId, program, "apply-1");
        var never = await ShipmentTestSupport.ApplyAsync(h, memberId, program, "apply-2");
        var delivered = await ShipmentTestSupport.ApplyAsync(h, memberId, program, "apply-3");
        // Dispatched on Monday 11-23: + 7 business days = 12-02; the one never batched counts from its application (11-20 → 12-01).
        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 10, 0, 0, KoreanTime.Offset));
        await ShipmentTestSupport.MoveAsync(h, dispatched.ShipmentNumber, ShipmentStatus.Preparing);
        await ShipmentTestSupport.MoveAsync(h, dispatched.ShipmentNumber, ShipmentStatus.InTransit, h.Clock.GetUtcNow());
        await ShipmentTestSupport.MoveAsync(h, delivered.ShipmentNumber, ShipmentStatus.Preparing);
        await ShipmentTestSupport.MoveAsync(h, delivered.ShipmentNumber, ShipmentStatus.Delivered);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 23, 59, 59, KoreanTime.Offset));
        Assert.Equal(0, (await h.Get<ShipmentService>().OverdueAsync(0, 10)).Total);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 0, 0, 0, KoreanTime.Offset));
        var page = await h.Get<ShipmentService>().OverdueAsync(0, 10);
        var row = Assert.Single(page.Rows);
        Assert.Equal((never.ShipmentNumber, new DateOnly(2026, 12, 1), 1), (row.Number, row.ExpectedBy, row.BusinessDaysLate));
        Assert.StartsWith("신청 2026-11-20 + 7영업일", row.StartedBy);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 9, 0, 0, KoreanTime.Offset));
        page = await h.Get<ShipmentService>().OverdueAsync(0, 1);
        Assert.Equal(2, page.Total);
        Assert.Equal(never.ShipmentNumber, Assert.Single(page.Rows).Number); // the longest overdue first
        var next = Assert.Single((await h.Get<ShipmentService>().OverdueAsync(1, 1)).Rows);
        Assert.Equal((dispatched.ShipmentNumber, new DateOnly(2026, 12, 2)), (next.Number, next.ExpectedBy));
        Assert.StartsWith("발송 2026-11-23", next.StartedBy);
        Assert.Equal("배**원", next.MaskedName); // 배송회원, masked
    }
}
