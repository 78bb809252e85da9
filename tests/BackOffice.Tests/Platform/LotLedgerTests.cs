using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Platform;

/// <summary>Lots of credits and points (issue 15): oldest first, whole-remainder closing, and lots that always add up to the balance.</summary>
public class LotLedgerTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 10, 0, 0, KoreanTime.Offset);

    private static ValueLot Lot(long id, int dayOffset, long remaining, DateOnly? expires = null, LotState state = LotState.Open) => new()
    {
        Id = id,
        AcquiredAt = T0.AddDays(dayOffset),
        Amount = remaining,
        Remaining = remaining,
        State = state,
        ExpiresOn = expires ?? new DateOnly(2030, 1, 1),
    };

    // 004 제4조⑥: 포인트가 적립된 순서를 기준으로 선적립 포인트를 우선 차감.
    public static TheoryData<long, long[]> OldestFirst => new()
    {
        { 300, [300] },            // inside the oldest lot
        { 500, [500] },            // the oldest lot exactly
        { 501, [500, 1] },         // one won into the next
        { 1_200, [500, 300, 400] },
        { 1_500, [500, 300, 700] }, // every lot to the last point
    };

    [Theory]
    [MemberData(nameof(OldestFirst))]
    public void Use_takes_the_oldest_lots_first(long amount, long[] expected)
    {
        // Given out of order: the newest first, to prove the order comes from the acquisition time.
        var lots = new[] { Lot(3, 20, 700), Lot(1, 0, 500), Lot(2, 10, 300) };
        var takes = LotLedger.Allocate(lots, amount, new DateOnly(2026, 6, 1), LotKind.Point);
        Assert.Equal(expected, takes.Select(t => t.Amount));
        Assert.Equal(new long[] { 1, 2, 3 }.Take(expected.Length), takes.Select(t => t.Lot.Id));
    }

    [Fact]
    public void Expired_and_closed_lots_are_skipped_and_a_shortfall_is_refused_in_Korean()
    {
        var day = new DateOnly(2026, 6, 1);
        var lots = new[]
        {
            Lot(1, 0, 500, expires: day.AddDays(-1)),      // expired yesterday
            Lot(2, 1, 400, state: LotState.Forfeited),
            Lot(3, 2, 300, expires: day),                   // last usable day
        };
        Assert.Equal([3L], LotLedger.Allocate(lots, 300, day, LotKind.Credit).Select(t => t.Lot.Id));
        var refused = Assert.Throws<BusinessRuleException>(() => LotLedger.Allocate(lots, 301, day, LotKind.Credit));
        Assert.Equal("사용 가능한 크레딧이(가) 부족합니다 (사용 가능 300C, 요청 301C).", refused.Message);
        Assert.Throws<BusinessRuleException>(() => LotLedger.Allocate(lots, 0, day, LotKind.Credit));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Lots_follow_every_entry_and_always_add_up_to_the_balance(string provider)
    {
        await using var h = await Harness.StartAsync(provider, demoMembers: 1);
        var actor = new Actor("system", "시스템", new HashSet<string>());
        long accountId = 0;
        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var member = await db.Members.FirstAsync(ct);
            var program = await db.Programs.FirstAsync(p => p.Code == ProgramPresets.CardCompanyPrepaid, ct);
            var account = await SystemAccounts.MemberAccountAsync(db, member.Id, AccountKind.Points, ct);
            accountId = account.Id;
            var funding = await SystemAccounts.IdAsync(db, AccountKind.PointFunding, ct);
            foreach (var (amount, day) in new[] { (500L, 0), (300L, 10), (700L, 20) })
            {
                await LotLedger.AcquireAsync(db,
                    new LotAcquisition(LotKind.Point, member.Id, account.Id, program.Id, 1, new DateOnly(2031, 1, 31), "test", $"earn-{day}"),
                    new JournalRequest(EntryType.PointEarn, $"earn-{day}", T0.AddDays(day), actor, $"earn-{day}", "적립",
                        [new PostingLine(funding, -amount), new PostingLine(account.Id, amount)]), T0.AddDays(day), ct);
            }
            await db.SaveChangesAsync(ct);
        });

        var merchant = 0L;
        for (var attempt = 0; attempt < 2; attempt++) // the second is the same key again: nothing changes
        {
            await h.Writer.ExecuteAsync(async (db, ct) =>
            {
                merchant = await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement, ct);
                var used = await LotLedger.UseAsync(db, LotKind.Point, accountId, 600,
                    new JournalRequest(EntryType.PointUse, "use-1", T0.AddDays(30), actor, "use-1", "사용",
                        [new PostingLine(accountId, -600), new PostingLine(merchant, 600)]), T0.AddDays(30), ct);
                Assert.Equal([500L, 100L], used.Takes.Select(t => t.Amount));
                Assert.Equal(attempt == 1, used.WasDuplicate);
                await db.SaveChangesAsync(ct);
            });
        }

        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var second = await db.ValueLots.Where(l => l.AccountId == accountId && l.State == LotState.Open).OrderBy(l => l.AcquiredAt).FirstAsync(ct);
            var forfeited = await SystemAccounts.IdAsync(db, AccountKind.Forfeited, ct);
            await LotLedger.CloseAsync(db, [second], LotMovementKind.Expire, LotState.Expired,
                new JournalRequest(EntryType.PointExpiry, "expire-1", T0.AddDays(40), actor, "expire-1", "소멸",
                    [new PostingLine(accountId, -second.Remaining), new PostingLine(forfeited, second.Remaining)]), T0.AddDays(40), ct);
            await db.SaveChangesAsync(ct);
        });

        await using var check = await h.DbAsync();
        var lots = await check.ValueLots.Where(l => l.AccountId == accountId).OrderBy(l => l.AcquiredAt).ToListAsync();
        Assert.Equal([(LotState.Used, 0L), (LotState.Expired, 0L), (LotState.Open, 700L)], lots.Select(l => (l.State, l.Remaining)));
        Assert.Equal(700, (await check.Accounts.SingleAsync(a => a.Id == accountId)).Balance);
        Assert.Equal(6, await check.LotMovements.CountAsync()); // 3 acquisitions, 2 uses, 1 expiry
        Assert.Empty(await LotLedger.CheckAsync(check));
        var report = await LedgerConsistencyCheck.RunAsync(check);
        Assert.True(report.IsConsistent);

        // A lot changed behind the ledger's back is found.
        await check.ValueLots.Where(l => l.State == LotState.Open).ExecuteUpdateAsync(s => s.SetProperty(l => l.Remaining, 699));
        Assert.Equal(new LotMismatch(accountId, AccountKind.Points, lots[0].MemberId, 700, 699), Assert.Single(await LotLedger.CheckAsync(check)));
    }
}
