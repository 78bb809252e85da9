using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Cases;

/// <summary>Opens cases through the real <see cref="CaseService"/> for the clock, outage and escalation tests.</summary>
internal static class CaseClockTestCases
{
    /// <summary>The first demo card of the program with <paramref name="programCode"/> (demo members hold 하나로 and 캐시비 cards).</summary>
    public static async Task<(long MemberId, long CardId)> CardOfAsync(Harness h, string programCode)
    {
        await using var db = await h.DbAsync();
        var card = await db.Cards.AsNoTracking().Where(c => c.Program!.Code == programCode && c.MemberId != null).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.MemberId }).FirstAsync();
        return (card.MemberId!.Value, card.Id);
    }

    /// <summary>Opens a case as the current actor, received now (identity confirmed at once where the rule waits for it).</summary>
    public static async Task<CaseOpened> OpenAsync(Harness h, CaseType type, string programCode, string key, DateTimeOffset? receivedAt = null)
    {
        var (memberId, cardId) = await CardOfAsync(h, programCode);
        var received = receivedAt ?? h.Clock.GetUtcNow();
        return await h.Get<CaseService>().OpenAsync(new OpenCaseCommand(memberId, type, CaseChannel.Phone, received,
            $"{CaseNames.Of(type)} 시험", "시험용 사건", [cardId], [], key, IdentityConfirmedAt: received));
    }

    public static async Task<ServiceCase> CaseAsync(Harness h, string number)
    {
        await using var db = await h.DbAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

    public static async Task<List<CaseEvent>> EventsAsync(Harness h, string number, string kind)
    {
        await using var db = await h.DbAsync();
        var id = await db.Cases.Where(c => c.Number == number).Select(c => c.Id).SingleAsync();
        return await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id && e.Kind == kind).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Moves the fake clock to a KST instant (never backwards).</summary>
    public static void SetKst(Harness h, int year, int month, int day, int hour = 0, int minute = 0)
    {
        var target = new DateTimeOffset(year, month, day, hour, minute, 0, KoreanTime.Offset);
        var now = h.Clock.GetUtcNow();
        if (target < now) throw new InvalidOperationException($"The clock cannot go back from {now.ToKst():yyyy-MM-dd HH:mm} to {target:yyyy-MM-dd HH:mm}.");
        h.Clock.Advance(target - now);
    }
}
