using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Credits;

/// <summary>Credits for the credit tests: a card top-up inserted as the member app would ask it and approved through <see cref="TopUpSteps"/>, which opens its lot.</summary>
internal static class CreditTestData
{
    private static int _next;

    public static DateTimeOffset Kst(int y, int m, int d, int h = 12, int min = 0, int s = 0) => new(y, m, d, h, min, s, KoreanTime.Offset);

    public static async Task<List<long>> MemberIdsAsync(Harness h, int count)
    {
        await using var db = await h.DbAsync();
        return await db.Members.Where(m => m.Status == MemberStatus.Active).OrderBy(m => m.Id).Select(m => m.Id).Take(count).ToListAsync();
    }

    /// <summary>A card top-up approved at <paramref name="at"/> (the lot is dated then); returns the lot id.</summary>
    public static Task<long> TopUpAsync(Harness h, long memberId, long amount, DateTimeOffset at) =>
        h.Writer.ExecuteAsync(async (db, ct) =>
        {
            var program = await db.Programs.Include(p => p.Policies).SingleAsync(p => p.Code == ProgramPresets.Credits, ct);
            var n = Interlocked.Increment(ref _next);
            var suffix = $"{Guid.NewGuid():N}"[..12];
            var topUp = new CreditTopUp
            {
                Number = $"T{at.ToKstDate():yyyyMMdd}-{suffix}",
                MemberId = memberId,
                ProgramId = program.Id,
                PolicyVersion = program.Policies.Max(p => p.Version),
                Method = TopUpMethod.Card,
                Amount = amount,
                Status = TopUpStatus.ApprovalRequested,
                RequestedAt = at,
                GatewayTransactionId = $"PG-{suffix}-{n}",
                Institution = "BC카드",
                IdempotencyKey = $"test-topup-{suffix}-{n}",
            };
            db.CreditTopUps.Add(topUp);
            await db.SaveChangesAsync(ct);
            await TopUpSteps.ApplyAsync(db, topUp, TopUpStatus.Approved, CreditService.MemberApp, at, "승인완료", "test", ct: ct);
            await db.SaveChangesAsync(ct);
            return topUp.LotId!.Value;
        });

    public static async Task<ValueLot> LotAsync(Harness h, long lotId)
    {
        await using var db = await h.DbAsync();
        return await db.ValueLots.AsNoTracking().SingleAsync(l => l.Id == lotId);
    }

    public static async Task AssertConsistentAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        Assert.Empty(await LotLedger.CheckAsync(db));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }
}
