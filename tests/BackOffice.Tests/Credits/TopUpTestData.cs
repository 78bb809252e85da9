using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Credits;

/// <summary>Members and top-ups for the top-up tests, made through the member app's entry points.</summary>
internal static class TopUpTestData
{
    /// <summary>An active individual demo member with a phone and an e-mail (so both notice channels go out).</summary>
    public static async Task<long> MemberAsync(Harness h, int skip = 0)
    {
        await using var db = await h.DbAsync();
        return await db.Members.Where(m => m.Status == MemberStatus.Active && !m.IsCorporate && m.Phone != "" && m.Email != "")
            .OrderBy(m => m.Id).Skip(skip).Select(m => m.Id).FirstAsync();
    }

    public static async Task<CreditTopUp> ReloadAsync(Harness h, string number)
    {
        await using var db = await h.DbAsync();
        return await db.CreditTopUps.AsNoTracking().SingleAsync(t => t.Number == number);
    }

    public static async Task<List<TopUpEvent>> HistoryAsync(Harness h, string number)
    {
        await using var db = await h.DbAsync();
        var id = await db.CreditTopUps.Where(t => t.Number == number).Select(t => t.Id).SingleAsync();
        return await db.TopUpEvents.AsNoTracking().Where(e => e.TopUpId == id).OrderBy(e => e.Id).ToListAsync();
    }

    public static async Task<int> NoticesAsync(Harness h, long memberId, string key, NoticeChannel channel = NoticeChannel.Sms)
    {
        await using var db = await h.DbAsync();
        return await db.NoticeMessages.CountAsync(m => m.MemberId == memberId && m.TemplateKey == key && m.Channel == channel);
    }

    public static async Task<long> CreditsAsync(Harness h, long memberId)
    {
        await using var db = await h.DbAsync();
        return await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == AccountKind.Credits).SumAsync(a => a.Balance);
    }

    public static async Task AssertConsistentAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
        Assert.Empty(await LotLedger.CheckAsync(db));
    }
}
