using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Support;

/// <summary>What a command left behind: audit records and journal entries, counted before and after.</summary>
public sealed record CommandTrace(int Audits, int Entries, int Postings)
{
    public static async Task<CommandTrace> TakeAsync(Harness h)
    {
        await using var db = await h.DbAsync();
        return new CommandTrace(await db.AuditRecords.CountAsync(), await db.JournalEntries.CountAsync(), await db.Postings.CountAsync());
    }
}
