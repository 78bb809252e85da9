using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Cases;

/// <summary>Cases for the resolution tests, opened through the real <see cref="CaseService"/>.</summary>
public static class CaseResolutionScenario
{
    public static async Task<string> OpenCaseAsync(Harness h, TestCard card, CaseType type, Actor? by = null, IReadOnlyList<long>? entries = null)
    {
        h.Actor.Current = by ?? TestActor.Agent;
        var opened = await h.Get<CaseService>().OpenAsync(new OpenCaseCommand(card.MemberId, type, CaseChannel.Phone, h.Clock.GetUtcNow().AddHours(-1),
            $"{CaseNames.Of(type)} 테스트", "회원 요청", [card.CardId], entries ?? [], Guid.NewGuid().ToString("N")));
        return opened.Number;
    }

    public static async Task<ServiceCase> CaseAsync(Harness h, string number)
    {
        await using var db = await h.DbAsync();
        return await db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Number == number);
    }

    public static async Task<List<JournalEntry>> AdjustmentEntriesAsync(Harness h, string caseNumber)
    {
        await using var db = await h.DbAsync();
        return await db.JournalEntries.AsNoTracking().Include(e => e.Postings).Where(e => e.Type == EntryType.Adjustment && e.Reference == caseNumber).ToListAsync();
    }

    public static async Task<long> OperatorBalanceAsync(Harness h, AccountKind kind)
    {
        await using var db = await h.DbAsync();
        var code = SystemAccounts.CodeOf(kind);
        return await db.Accounts.Where(a => a.SystemCode == code).Select(a => a.Balance).SingleAsync();
    }
}
