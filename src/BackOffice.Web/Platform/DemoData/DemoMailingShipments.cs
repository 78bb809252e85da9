using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// A fixed demo application waiting for the mailing batch (issue 14 item 2), written once on the first start after the
/// generated members (<see cref="DemoDataGenerator.EnsureAsync"/>): <b>우편함</b>, member number <c>M90001402</c>, one
/// 지역화폐 card and a new-card shipment <c>S{day}-900001</c> applied on the last business day before today (KST), so
/// "지금 마감" on <c>/delivery/mailing</c> has something to close whatever day the portal starts. Its detail line
/// starts with <c>=</c>, so the mailing list shows the formula-safe cell.
/// </summary>
public static class DemoMailingShipments
{
    public const string MemberNo = "M90001402";
    public const string ShipmentSuffix = "-900001";

    public static async Task AddAsync(IServiceProvider services, DateTimeOffset now)
    {
        var calendar = await new BusinessCalendarSource(services.GetRequiredService<IDbContextFactory<AppDbContext>>()).LoadAsync();
        var day = MailingSchedule.DueBatchDay(DateOnly.FromDateTime(now.ToKst().DateTime), calendar);
        await services.GetRequiredService<DbWriter>().ExecuteAsync(async (db, ct) =>
        {
            if (await db.Members.AnyAsync(m => m.MemberNo == MemberNo, ct)) return;
            var program = await db.Programs.SingleAsync(p => p.Code == ProgramPresets.LocalCurrency, ct);
            var member = new Member
            {
                MemberNo = MemberNo,
                Name = "우편함",
                Phone = "01024681357",
                BirthDate = new DateOnly(1992, 3, 14),
                Email = "mailing@example.com",
                Address = "서울특별시 종로구 세종대로 209 정부서울청사 3층",
                JoinedAt = now.AddDays(-60),
            };
            var card = new Card { ProgramId = program.Id, IsMain = true, Design = "지역화폐 기본", IssuedOn = day, ExpiresOn = day.AddYears(5) };
            services.GetRequiredService<NumberKeyRing>().SetNumber(card, CardNumber.WithCheckDigit("941014020000001"));
            member.Cards.Add(card);
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);
            db.Shipments.Add(new Shipment
            {
                CardId = card.Id,
                MemberId = member.Id,
                Kind = ShipmentKind.NewCard,
                Number = $"S{day:yyyyMMdd}{ShipmentSuffix}",
                ApplicationDay = day,
                RequestedAt = KoreanTime.StartOfDay(day).AddHours(14),
                Status = ShipmentStatus.Requested,
                Method = ShipmentMethod.Ordinary,
                Postcode = "03171",
                RoadAddress = "서울특별시 종로구 세종대로 209",
                AddressDetail = "=정부서울청사 3층",
                Address = "서울특별시 종로구 세종대로 209 정부서울청사 3층",
                Design = "지역화폐 기본",
                FeeRule = "신규 카드 1회 무료 (000 발급신청)",
            });
        });
    }
}
