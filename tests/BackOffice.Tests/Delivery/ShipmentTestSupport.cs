using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Delivery;

/// <summary>A member of the shipments tests: known address, optionally cards in some programs and e-money.</summary>
public static class ShipmentTestSupport
{
    public const string Address = "(04524) 서울특별시 중구 세종대로 110, 3층";

    private static int _sequence;

    public static async Task<long> MemberAsync(Harness h, params string[] cardPrograms)
    {
        await using var db = await h.DbAsync();
        var numbers = h.Get<NumberKeyRing>();
        var seq = Interlocked.Increment(ref _sequence);
        var member = new Member
        {
            MemberNo = $"D{seq:D8}",
            Name = "배송회원",
            Phone = "01077776666",
            Email = "delivery@example.com",
            Address = Address,
            BirthDate = new DateOnly(1988, 3, 4),
            JoinedAt = h.Clock.GetUtcNow().AddDays(-100),
        };
        foreach (var code in cardPrograms)
        {
            var programId = await db.Programs.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
            var card = new Card { ProgramId = programId, IsRegistered = true, IsMain = member.Cards.Count == 0, IsNamed = true, Design = "기본", IssuedOn = new DateOnly(2025, 1, 2), ExpiresOn = new DateOnly(2030, 1, 1) };
            numbers.SetNumber(card, await CardReplacement.NewNumberAsync(db, numbers, code, default));
            member.Cards.Add(card);
        }
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }

    public static async Task TopUpEmoneyAsync(Harness h, long memberId, long amount)
    {
        await using var db = await h.DbAsync();
        var emoney = await SystemAccounts.MemberAccountAsync(db, memberId, AccountKind.Emoney);
        var funding = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing);
        await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.EmoneyTopUp, $"fund-{memberId}-{amount}", h.Clock.GetUtcNow(), Actor.System, "", "충전",
            [new PostingLine(emoney.Id, amount), new PostingLine(funding, -amount)]), h.Clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    public static async Task<(long ProgramId, long DesignId)> ProgramAsync(Harness h, string code = ProgramPresets.LocalCurrency)
    {
        await using var db = await h.DbAsync();
        var programId = await db.Programs.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
        var designId = await db.CardDesigns.Where(d => d.ProgramId == programId && d.IsActive && d.Stock > 0).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        return (programId, designId);
    }

    public static Task<CardApplicationResult> ApplyAsync(Harness h, long memberId, (long ProgramId, long DesignId) program, string key,
        string postcode = "04524", string road = "서울특별시 중구 세종대로 110", string detail = "3층") =>
        h.Get<CardApplicationService>().ApplyAsync(new CardApplicationCommand(memberId, program.ProgramId, program.DesignId, postcode, road, detail, key));

    /// <summary>Moves a shipment as the other parts' jobs would (mailing batch, dispatch import), through the one life-cycle door.</summary>
    public static async Task MoveAsync(Harness h, string number, ShipmentStatus to, DateTimeOffset? dispatchedAt = null)
    {
        await using var db = await h.DbAsync();
        var s = await db.Shipments.SingleAsync(x => x.Number == number);
        ShipmentLog.Move(db, s, to, Actor.System, h.Clock.GetUtcNow(), $"테스트: {ShipmentLog.Name(to)}", "test");
        if (to == ShipmentStatus.Preparing) s.AddressLockedAt = h.Clock.GetUtcNow();
        if (dispatchedAt is not null) s.DispatchedAt = dispatchedAt;
        await db.SaveChangesAsync();
    }
}
