using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

/// <summary>
/// 배송지 변경 by an agent (issue 14 item 3): allowed only while the shipment is still 신청, its address is not locked by
/// a mailing batch and KST now is before the end of the application day (<see cref="DeliveryCutoff"/>, 000 배송); refused
/// afterwards with the reason and what to do instead. The address is validated (<see cref="AddressRules"/>); the
/// history line and the audit record carry the before and after masked, never in clear.
/// </summary>
public sealed class AddressChangeService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    public async Task<AddressChangePreview> PreviewAsync(long shipmentId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleShipments);
        await using var db = await factory.CreateDbContextAsync(ct);
        var s = await db.Shipments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == shipmentId, ct) ?? throw new BusinessRuleException("배송을 찾을 수 없습니다.");
        return new AddressChangePreview(s.Id, s.Number, AddressOf(s).Masked, s.ApplicationDay, DeliveryCutoff.Rule(s.ApplicationDay),
            DeliveryCutoff.EndOf(s.ApplicationDay), DeliveryCutoff.Problem(s, clock.GetUtcNow()));
    }

    public async Task<AddressChangePreview> ChangeAsync(AddressChangeCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleShipments);
        var address = AddressRules.Normalize(command.Postcode, command.RoadAddress, command.AddressDetail);
        if (AddressRules.Problem(address) is { } problem) throw new BusinessRuleException(problem);

        await writer.ExecuteAsync(async (db, token) =>
        {
            var s = await db.Shipments.FirstOrDefaultAsync(x => x.Id == command.ShipmentId, token) ?? throw new BusinessRuleException("배송을 찾을 수 없습니다.");
            var now = clock.GetUtcNow();
            if (DeliveryCutoff.Problem(s, now) is { } refusal) throw new BusinessRuleException(refusal);
            var before = AddressOf(s);
            if (before == address) throw new BusinessRuleException("바뀐 주소가 없습니다. 새 배송지를 입력하세요.");
            s.Postcode = address.Postcode;
            s.RoadAddress = address.RoadAddress;
            s.AddressDetail = address.Detail;
            s.Address = address.OneLine;
            ShipmentLog.Note(db, s, actor, now, $"배송지 변경: {before.Masked} → {address.Masked} ({DeliveryCutoff.Citation}, 신청 당일)");
            db.Record(actor, now, "shipment.address-change", "Shipment", s.Number, before: new { address = before.Masked }, after: new { address = address.Masked },
                memberId: s.MemberId);
            return s.Id;
        }, ct);
        return await PreviewAsync(command.ShipmentId, ct);
    }

    /// <summary>The shipment's address lines; an older shipment with only the one-line text is parsed.</summary>
    public static DeliveryAddress AddressOf(Shipment s) =>
        s.RoadAddress.Length > 0 ? new DeliveryAddress(s.Postcode, s.RoadAddress, s.AddressDetail) : AddressRules.Parse(s.Address);
}
