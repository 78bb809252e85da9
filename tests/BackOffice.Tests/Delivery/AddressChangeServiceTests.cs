using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>배송지 변경 (issue 14 item 3) with the fake clock at the KST day boundary.</summary>
public class AddressChangeServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static AddressChangeCommand NewAddress(long shipmentId) => new(shipmentId, "21000", "인천광역시 서구 청라대로 1", "101동 202호");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_address_changes_until_23_59_59_KST_of_the_application_day_and_is_refused_at_midnight(string provider)
    {
        // Friday 2026-11-20: the next day is a Saturday, which does not extend the rule (000 배송: the calendar day).
        await using var h = await Harness.StartAsync(provider);
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var applied = await ShipmentTestSupport.ApplyAsync(h, memberId, await ShipmentTestSupport.ProgramAsync(h), "apply-1");
        long shipmentId;
        await using (var db = await h.DbAsync()) shipmentId = await db.Shipments.Where(s => s.Number == applied.ShipmentNumber).Select(s => s.Id).SingleAsync();

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 23, 59, 59, KoreanTime.Offset));
        var preview = await h.Get<AddressChangeService>().PreviewAsync(shipmentId);
        Assert.Null(preview.Problem);
        Assert.StartsWith("신청일 2026-11-20 23:59:59까지 변경 가능 (000 배송", preview.CutoffRule);
        var changed = await h.Get<AddressChangeService>().ChangeAsync(NewAddress(shipmentId));
        Assert.Equal("(210**) 인천광역시 서구 ***", changed.MaskedAddress);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 21, 0, 0, 0, KoreanTime.Offset));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            h.Get<AddressChangeService>().ChangeAsync(new AddressChangeCommand(shipmentId, "04524", "서울특별시 중구 세종대로 110", "")));
        Assert.Contains("신청일(2026-11-20) 23:59:59까지만 변경할 수 있습니다 (000 배송)", refused.Message);
        Assert.Contains("반송 후 새 주소로 재발송하세요", refused.Message);
        Assert.NotNull((await h.Get<AddressChangeService>().PreviewAsync(shipmentId)).Problem);

        await using var check = await h.DbAsync();
        var s = await check.Shipments.SingleAsync(x => x.Id == shipmentId);
        Assert.Equal(("21000", "인천광역시 서구 청라대로 1", "101동 202호"), (s.Postcode, s.RoadAddress, s.AddressDetail));
        Assert.Equal("(21000) 인천광역시 서구 청라대로 1, 101동 202호", s.Address);
        var lines = await check.ShipmentEvents.Where(e => e.ShipmentId == shipmentId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, lines.Count); // the application and the one change; the refusal wrote nothing
        Assert.Equal("배송지 변경: (045**) 서울특별시 중구 *** → (210**) 인천광역시 서구 *** (000 배송, 신청 당일)", lines[1].Text);
        var audit = await check.AuditRecords.SingleAsync(a => a.Action == "shipment.address-change");
        Assert.Equal(memberId, audit.MemberId);
        Assert.Contains("(045**) 서울특별시 중구 ***", audit.Before);
        Assert.Contains("(210**) 인천광역시 서구 ***", audit.After);
        Assert.DoesNotContain("청라대로", audit.After + audit.Before);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_application_on_a_holiday_changes_until_that_midnight_and_a_locked_address_never(string provider)
    {
        // 성탄절 2026-12-25 (Friday holiday): still the calendar day of the application.
        await using var h = await Harness.StartAsync(provider, clock: KstClock.At(2026, 12, 25, 9));
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var program = await ShipmentTestSupport.ProgramAsync(h);
        var first = await ShipmentTestSupport.ApplyAsync(h, memberId, program, "apply-1");
        await ShipmentTestSupport.TopUpEmoneyAsync(h, memberId, 10_000);
        var second = await ShipmentTestSupport.ApplyAsync(h, memberId, program, "apply-2");
        long firstId, secondId;
        await using (var db = await h.DbAsync())
        {
            firstId = await db.Shipments.Where(s => s.Number == first.ShipmentNumber).Select(s => s.Id).SingleAsync();
            secondId = await db.Shipments.Where(s => s.Number == second.ShipmentNumber).Select(s => s.Id).SingleAsync();
        }
        // The mailing batch locks the second one (the mailing part's job does this; here through the life-cycle door).
        await ShipmentTestSupport.MoveAsync(h, second.ShipmentNumber, ShipmentStatus.Preparing);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 25, 23, 59, 59, KoreanTime.Offset));
        await h.Get<AddressChangeService>().ChangeAsync(NewAddress(firstId));
        var locked = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<AddressChangeService>().ChangeAsync(NewAddress(secondId)));
        Assert.Contains("'발송 준비'", locked.Message);

        h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 26, 0, 0, 0, KoreanTime.Offset));
        var late = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            h.Get<AddressChangeService>().ChangeAsync(new AddressChangeCommand(firstId, "04524", "서울특별시 중구 세종대로 110", "")));
        Assert.Contains("신청일(2026-12-25) 23:59:59까지만", late.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_lock_without_a_state_change_is_refused_too(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var memberId = await ShipmentTestSupport.MemberAsync(h);
        var applied = await ShipmentTestSupport.ApplyAsync(h, memberId, await ShipmentTestSupport.ProgramAsync(h), "apply-1");
        long id;
        await using (var db = await h.DbAsync())
        {
            var s = await db.Shipments.SingleAsync(x => x.Number == applied.ShipmentNumber);
            s.AddressLockedAt = h.Clock.GetUtcNow();
            await db.SaveChangesAsync();
            id = s.Id;
        }
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => h.Get<AddressChangeService>().ChangeAsync(NewAddress(id)));
        Assert.Contains("주소가 잠겼습니다", refused.Message);
        Assert.Equal("바뀐 주소가 없습니다. 새 배송지를 입력하세요.", await SameAddressAsync());

        async Task<string> SameAddressAsync()
        {
            var other = await ShipmentTestSupport.ApplyAsync(h, await ShipmentTestSupport.MemberAsync(h), await ShipmentTestSupport.ProgramAsync(h), "apply-2");
            await using var db = await h.DbAsync();
            var otherId = await db.Shipments.Where(s => s.Number == other.ShipmentNumber).Select(s => s.Id).SingleAsync();
            return (await Assert.ThrowsAsync<BusinessRuleException>(() =>
                h.Get<AddressChangeService>().ChangeAsync(new AddressChangeCommand(otherId, "04524", "서울특별시 중구 세종대로 110", "3층")))).Message;
        }
    }
}
