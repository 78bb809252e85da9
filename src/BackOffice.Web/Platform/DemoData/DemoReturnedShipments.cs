using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// One returned card for the happy-call queue (issue 14 item 5), written once on the first start after the generated
/// members (<see cref="DemoDataGenerator.EnsureAsync"/>): member <c>M00000031</c>'s first card, shipment
/// <see cref="Number"/> applied ten days ago, sent, and returned two days ago ("R01 수취인 불명"), never re-sent.
/// </summary>
public static class DemoReturnedShipments
{
    public const string MemberNo = "M00000031";
    public const string Number = "S20260101-900001";
    private static readonly Actor PostOffice = new("post-office", "우체국 반송 목록", new HashSet<string>());

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Shipments.AnyAsync(s => s.Number == Number, ct)) return;
            var member = await db.Members.Where(m => m.MemberNo == MemberNo).Select(m => new { m.Id }).FirstOrDefaultAsync(ct);
            if (member is null) return;
            var card = await db.Cards.Where(c => c.MemberId == member.Id).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
            if (card is null) return;
            var applied = DateOnly.FromDateTime(now.ToKst().DateTime).AddDays(-10);
            var shipment = new Shipment
            {
                CardId = card.Id,
                MemberId = member.Id,
                Kind = ShipmentKind.NewCard,
                Number = Number,
                Address = "(21999) 인천광역시 연수구 컨벤시아대로 165 101동 202호",
                Postcode = "21999",
                RoadAddress = "인천광역시 연수구 컨벤시아대로 165",
                AddressDetail = "101동 202호",
                Design = card.Design,
                Method = ShipmentMethod.Ordinary,
                Status = ShipmentStatus.Returned,
                RequestedAt = KoreanTime.StartOfDay(applied).AddHours(10),
                ApplicationDay = applied,
                DueBy = applied.AddDays(9),
                DueRule = "데모 데이터",
                FeeRule = "첫 발급 무료 (000 발급신청, 데모 데이터)",
                TrackingNumber = "6012345678901",
                DispatchedAt = KoreanTime.StartOfDay(applied.AddDays(1)).AddHours(15),
                ReturnedAt = now.AddDays(-2),
                ReturnReason = "R01 수취인 불명",
            };
            db.Shipments.Add(shipment);
            await db.SaveChangesAsync(ct);
            db.ShipmentEvents.Add(new ShipmentEvent
            {
                ShipmentId = shipment.Id,
                At = now.AddDays(-2),
                From = ShipmentStatus.InTransit,
                To = ShipmentStatus.Returned,
                ActorId = PostOffice.Id,
                ActorName = PostOffice.Name,
                Text = "반송: R01 수취인 불명 (데모 데이터)",
                Source = "demo",
            });
        });
}
