using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform;

/// <summary>
/// Maintenance commands that run instead of the web server:
///   check-ledger               recompute every balance from its postings; exit code 1 on any mismatch
///   seed-demo --members N      migrate and add N demo members (large volumes for benchmarks)
///   verify-audit               walk the audit hash chain; exit code 1 at the first broken link
///   rotate-number-keys         re-encrypt card and account numbers under NumberProtection:CurrentKeyId
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));
        switch (command)
        {
            case "check-ledger":
                await DatabaseSetup.MigrateAsync(app.Services);
                Environment.ExitCode = await CheckLedgerAsync(app.Services) ? 0 : 1;
                return true;
            case "verify-audit":
                await DatabaseSetup.MigrateAsync(app.Services);
                Environment.ExitCode = await VerifyAuditAsync(app.Services, Console.Out) ? 0 : 1;
                return true;
            case "seed-demo":
                await DatabaseSetup.MigrateAsync(app.Services);
                await ReferenceData.EnsureAsync(app.Services);
                await DemoStaff.EnsureAsync(app.Services);
                var options = app.Configuration.GetSection("DemoData").Get<DemoDataOptions>() ?? new DemoDataOptions();
                options.Members = app.Configuration.GetValue("members", options.Members);
                var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("seed-demo");
                await DemoDataGenerator.AddMembersAsync(app.Services, options, logger);
                return true;
            case "rotate-number-keys":
                await DatabaseSetup.MigrateAsync(app.Services);
                await RotateNumberKeysAsync(app.Services);
                return true;
            default:
                return false;
        }
    }

    private static async Task RotateNumberKeysAsync(IServiceProvider services)
    {
        var keys = services.GetRequiredService<NumberKeyRing>();
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var report = await NumberConversion.RotateAsync(db, keys);
        Console.WriteLine($"current key: {keys.CurrentKeyId}");
        Console.WriteLine($"re-encrypted: {report.Cards} cards, {report.Members} member accounts, {report.RefundRequests} refund accounts");
        Console.WriteLine("OK: every number is under the current key; keys no longer named by any row can be removed from the configuration");
    }

    private static async Task<bool> CheckLedgerAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var report = await LedgerConsistencyCheck.RunAsync(db);
        Console.WriteLine($"accounts checked: {report.AccountsChecked}");
        Console.WriteLine($"journal entries: {report.EntriesChecked}");
        Console.WriteLine($"balance mismatches: {report.Mismatches.Count}");
        Console.WriteLine($"unbalanced entries: {report.UnbalancedEntries.Count}");
        Console.WriteLine($"negative member balances: {report.NegativeMemberBalances}");
        Console.WriteLine($"sum of all postings: {report.GrandTotal}");
        foreach (var m in report.Mismatches.Take(20))
            Console.WriteLine($"  account {m.AccountId} ({m.Kind}): cached {m.CachedBalance}, postings {m.PostedBalance}");
        Console.WriteLine(report.IsConsistent ? "OK: the ledger is consistent" : "FAILED: the ledger is not consistent");
        return report.IsConsistent;
    }

    /// <summary>Verifies the audit chain and prints the result; false when a link is broken.</summary>
    public static async Task<bool> VerifyAuditAsync(IServiceProvider services, TextWriter output)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var report = await AuditChainVerifier.VerifyAsync(db);
        if (report.FirstBreak is { } broken)
        {
            output.WriteLine($"FAILED: the audit chain is broken at sequence {broken.Sequence}" +
                             (broken.RecordId is { } id ? $" (record id {id})" : "") + $" after {report.Checked} intact records");
            output.WriteLine($"  {broken.Problem}");
            return false;
        }
        output.WriteLine($"OK: the audit chain is intact ({report.Checked} records)");
        return true;
    }
}
