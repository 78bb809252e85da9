using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>Shipments in a given state for the returns tests, written directly (the batch and applications are other parts').</summary>
internal static class ResendTestData
{
    private static int _next;

    /// <summary>An active card of a demo member with some balance on it (its member has a phone for notices).</summary>
    public static async Task<(long CardId, long MemberId)> CardAsync(Harness h, int skip = 0)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.Where(c => c.Status == CardStatus.Active && c.MemberId != null)
            .Join(db.Accounts, c => c.Id, a => a.CardId, (c, a) => new { c.Id, c.MemberId, a.Balance })
            .Where(x => x.Balance > 5_000)
            .Join(db.Members.Where(m => m.Phone != ""), x => x.MemberId, m => m.Id, (x, m) => x)
            .OrderBy(x => x.Id).Skip(skip).FirstAsync();
        return (card.Id, card.MemberId!.Value);
    }

    public static async Task<Shipment> ShipmentAsync(Harness h, long cardId, long memberId, ShipmentStatus status, ShipmentKind kind = ShipmentKind.NewCard)
    {
        await using var db = await h.DbAsync();
        var n = Interlocked.Increment(ref _next);
        var shipment = new Shipment
        {
            CardId = cardId,
            MemberId = memberId,
            Address = "인천광역시 연수구 컨벤시아대로 165 101동 202호",
            Postcode = "21999",
            RoadAddress = "인천광역시 연수구 컨벤시아대로 165",
            AddressDetail = "101동 202호",
            Status = status,
            Kind = kind,
            Number = $"S20261119-{900_000 + n:D6}",
            ApplicationDay = new DateOnly(2026, 11, 19),
            RequestedAt = h.Clock.GetUtcNow().AddDays(-1),
            DueBy = new DateOnly(2026, 11, 30),
            Design = "기본",
        };
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync();
        return shipment;
    }

    public static byte[] Csv(string header, params string[] rows) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(header + "\r\n" + string.Concat(rows.Select(r => r + "\r\n")))).ToArray();

    public const string DispatchHeader = "배송번호,발송일시,등기번호,상태";
    public const string ReturnedHeader = "배송번호,반송일,반송사유코드,반송사유";

    public static async Task<Shipment> ReloadAsync(Harness h, long id)
    {
        await using var db = await h.DbAsync();
        return await db.Shipments.AsNoTracking().SingleAsync(s => s.Id == id);
    }
}
