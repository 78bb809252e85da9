using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform;

/// <summary>
/// Maintenance commands that run instead of the web server:
///   check-ledger               recompute every balance from its postings; exit code 1 on any mismatch
///   seed-demo --members N      migrate and fill the demo series up to N members (bulk, resumable; large volumes for benchmarks); Development only
///   bootstrap-admin --user NAME   create the first Admin with a one-time password (only while no Admin exists)
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
                Environment.ExitCode = await SeedDemoAsync(app.Services, app.Configuration, app.Environment, Console.Error);
                return true;
            case "bootstrap-admin":
                Environment.ExitCode = await BootstrapAdminAsync(app.Services, app.Configuration["user"], Console.Out, Console.Error);
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
        Console.WriteLine($"re-encrypted: {report.Cards} cards, {report.Members} member accounts, {report.RefundRequests} refund accounts, {report.ResidentNumbers} resident numbers");
        Console.WriteLine("OK: every number is under the current key; keys no longer named by any row can be removed from the configuration");
    }

    /// <summary>
    /// The demo staff (published password) and members: Development only, refused in any other environment before the
    /// database is touched. Returns the exit code.
    /// </summary>
    public static async Task<int> SeedDemoAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, TextWriter error)
    {
        if (!environment.IsDevelopment())
        {
            await error.WriteLineAsync(
                $"seed-demo는 개발 환경(Development)에서만 실행할 수 있습니다. 현재 환경: {environment.EnvironmentName}. / " +
                $"seed-demo runs only in Development (this is {environment.EnvironmentName}): the demo accounts have a published password.");
            return 1;
        }
        await DatabaseSetup.MigrateAsync(services);
        await ReferenceData.EnsureAsync(services);
        await DemoStaff.EnsureAsync(services);
        var options = configuration.GetSection("DemoData").Get<DemoDataOptions>() ?? new DemoDataOptions();
        options.Members = configuration.GetValue("members", options.Members);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("seed-demo");
        if (!BulkTarget.Supports(services.GetRequiredService<DatabaseOptions>().Provider))
        {
            await DemoDataGenerator.AddMembersAsync(services, options, logger); // SQL Server: through EF Core, adds N
            return 0;
        }
        // Issue 16: bulk writes, resumable; N is the size of the demo series (M00000001…). The first Ctrl-C rolls back the
        // batch in flight and stops; run the same command again to continue.
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var result = await BulkDemoSeeder.RunAsync(services, options, error, cancel.Token);
            await error.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"seed-demo: {result.MembersAfter:N0} demo members ({result.MembersAfter - result.MembersBefore:N0} added: {result.Cards:N0} cards, {result.Accounts:N0} accounts, {result.Entries:N0} journal entries, {result.Postings:N0} postings) in {result.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("seed-demo: 중단되었습니다. 같은 명령을 다시 실행하면 이어서 만듭니다. / interrupted: run the same command again to continue.");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>
    /// Creates the first Admin of a new installation (<c>bootstrap-admin --user NAME</c>): refused once any Admin exists.
    /// The password is random, printed once and never stored in clear; the account must change it and enrol MFA at its
    /// first sign-in (<see cref="StaffUser.MustChangePassword"/>). Audited as <c>staff.bootstrap-admin</c>. Returns the exit code.
    /// </summary>
    public static async Task<int> BootstrapAdminAsync(IServiceProvider services, string? userName, TextWriter output, TextWriter error)
    {
        userName = userName?.Trim();
        if (string.IsNullOrEmpty(userName))
        {
            await error.WriteLineAsync("사용법: bootstrap-admin --user <아이디> / usage: bootstrap-admin --user <name>");
            return 1;
        }
        await DatabaseSetup.MigrateAsync(services);
        await ReferenceData.EnsureAsync(services);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if ((await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count > 0)
        {
            await error.WriteLineAsync("이미 시스템 관리자가 있습니다. 추가 관리자는 관리자 화면에서 만드십시오. / An Admin already exists: bootstrap-admin runs only once.");
            return 1;
        }
        if (await users.FindByNameAsync(userName) is not null)
        {
            await error.WriteLineAsync($"아이디 '{userName}'은(는) 이미 있습니다. / The user name '{userName}' is taken.");
            return 1;
        }

        var password = OneTimePassword();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new StaffUser { UserName = userName, DisplayName = userName, CreatedAt = now, MustChangePassword = true };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, StaffRoles.Admin);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync("관리자를 만들지 못했습니다: / The Admin was not created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            return 1;
        }
        db.Record(new Actor("bootstrap-admin", "초기 관리자 생성(명령줄)", new HashSet<string>()), now, "staff.bootstrap-admin", "StaffUser", user.Id,
            after: new { userName, roles = new[] { StaffRoles.Admin }, mustChangePassword = true });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        await output.WriteLineAsync($"시스템 관리자 '{userName}'을(를) 만들었습니다. / Admin '{userName}' created.");
        await output.WriteLineAsync($"일회용 비밀번호 / one-time password: {password}");
        await output.WriteLineAsync("이 비밀번호는 다시 표시되지 않습니다. 첫 로그인에서 비밀번호를 바꾸고 MFA를 등록해야 합니다. / " +
                                    "It is not shown again; the first sign-in must change it and enrol MFA.");
        return 0;
    }

    /// <summary>20 characters from an alphabet without look-alikes (about 115 bits).</summary>
    public static string OneTimePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
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
