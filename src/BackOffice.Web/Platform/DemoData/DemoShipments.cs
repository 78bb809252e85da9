using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// A fixed demo member for card delivery (issue 14), written once after the generated members on the first start
/// (<see cref="DemoDataGenerator.EnsureAsync"/>). No random numbers, so the generated members stay as they were:
/// <b>송배송</b>, member number <c>M90001401</c>, no LOCAL card (a LOCAL application is the free welcome card), and one
/// 하나로 card applied for YESTERDAY (KST) and still 신청 (shipment <c>S{yesterday}-900001</c>): its address change is
/// refused because the application day is over (000 배송). The end-to-end tests cannot move the server's clock, so
/// this shipment stands for "the next day".
/// </summary>
public static class DemoShipments
{
    public const string MemberNo = "M90001401";
    public const string YesterdaySuffix = "-900001";

    public static Task AddAsync(IServiceProvider services, DateTimeOffset now) =>
        services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == MemberNo, ct)) return;
            var numbers = services.GetRequiredService<NumberKeyRing>();
            var program = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.Hanaro, ct);
            var yesterday = DateOnly.FromDateTime(now.ToKst().DateTime).AddDays(-1);
            var member = new Member
            {
                MemberNo = MemberNo,
                Name = "송배송",
                Phone = "01055554444",
                BirthDate = new DateOnly(1991, 7, 3),
                Email = "delivery@example.com",
                Address = "(04524) 서울특별시 중구 세종대로 110, 3층",
                JoinedAt = now.AddDays(-30),
            };
            var card = new Card
            {
                ProgramId = program.Id,
                IsNamed = true,
                IsMain = true,
                Design = "하나로 기본",
                IssuedOn = yesterday,
                ExpiresOn = yesterday.AddYears(5),
            };
            numbers.SetNumber(card, CardNumber.WithCheckDigit("942011914000001"));
            member.Cards.Add(card);
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);
            db.Accounts.AddRange(new Account { MemberId = member.Id, CardId = card.Id, Kind = AccountKind.CardBalance },
                new Account { MemberId = member.Id, Kind = AccountKind.Emoney }, new Account { MemberId = member.Id, Kind = AccountKind.Cashback });

            var address = AddressRules.Parse(member.Address);
            var applied = KoreanTime.StartOfDay(yesterday).AddHours(15);
            var shipment = new Shipment
            {
                CardId = card.Id,
                MemberId = member.Id,
                Address = address.OneLine,
                Method = ShipmentMethod.Ordinary,
                Status = ShipmentStatus.Requested,
                RequestedAt = applied,
                DueBy = yesterday.AddDays(9),
                DueRule = "신청 + 7영업일 (000 발급신청)",
                Kind = ShipmentKind.NewCard,
                Number = $"{CardReplacement.ShipmentNumberPrefix}{yesterday:yyyyMMdd}{YesterdaySuffix}",
                ApplicationDay = yesterday,
                Postcode = address.Postcode,
                RoadAddress = address.RoadAddress,
                AddressDetail = address.Detail,
                Design = card.Design,
                FeeRule = $"환영 카드: 회원·프로그램당 1회에 한해 무료 ({ShipmentRules.WelcomeCitation})",
                IdempotencyKey = $"demo:{MemberNo}:shipment",
            };
            db.Shipments.Add(shipment);
            await db.SaveChangesAsync(ct);
            db.ShipmentEvents.Add(new ShipmentEvent
            {
                ShipmentId = shipment.Id,
                At = applied,
                To = ShipmentStatus.Requested,
                ActorId = "agent",
                ActorName = "데모 상담원",
                Text = $"카드 신청: {program.Name} {card.Design} *{card.Last4}, 수수료 0원 ({shipment.FeeRule})",
                Source = "staff",
            });
            await db.SaveChangesAsync(ct);
        });
}
