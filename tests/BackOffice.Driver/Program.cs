using System.Globalization;
using BackOffice.Driver;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

// A second portal process: the portal's real services (the same service collection as the tests' Harness) on the
// database named by the arguments, driven one command per stdin line. See DriverProtocol for the lines.
//   dotnet tests/BackOffice.Driver/bin/Debug/net10.0/BackOffice.Driver.dll --provider sqlite --data-folder /tmp/x
//   dotnet .../BackOffice.Driver.dll --provider postgres --connection "Host=...;Database=..." --data-folder /tmp/x
var options = DriverOptions.Parse(args);
await using var root = DriverServices.Build(options);
var driver = new CommandRunner(root, options);
var stdout = Console.Out;
stdout.WriteLine($"ready\t{Environment.ProcessId}");
stdout.Flush();
string? line;
while ((line = await Console.In.ReadLineAsync()) is not null)
{
    if (line.Length == 0) continue;
    if (line == "quit") break;
    var result = await driver.RunAsync(line);
    stdout.WriteLine(result);
    stdout.Flush();
}
return 0;

namespace BackOffice.Driver
{
    public sealed record DriverOptions(DatabaseOptions Database, DateTimeOffset Now)
    {
        /// <summary>Arguments: --provider sqlite|postgres, --data-folder PATH, --connection STRING, --now ISO-8601 (fixed clock).</summary>
        public static DriverOptions Parse(string[] args)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2) map[args[i]] = args[i + 1];
            var provider = map.GetValueOrDefault("--provider", "sqlite") switch
            {
                "sqlite" => DatabaseProvider.Sqlite,
                "postgres" => DatabaseProvider.Postgres,
                var other => throw new ArgumentException($"unknown provider {other}"),
            };
            var database = new DatabaseOptions
            {
                Provider = provider,
                DataFolder = map.GetValueOrDefault("--data-folder", "data"),
                ConnectionString = map.GetValueOrDefault("--connection"),
            };
            // The tests' clock (KstClock.At(2026, 11, 20, 10)) unless told otherwise: both processes see the same day.
            var now = map.TryGetValue("--now", out var text)
                ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
                : new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
            return new DriverOptions(database, now);
        }
    }

    public static class DriverServices
    {
        public static ServiceProvider Build(DriverOptions options)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddHttpContextAccessor();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(options.Now));
            services.AddBackOfficeDatabase(options.Database);
            services.AddNumberProtection(NumberProtectionOptions.Development()); // the tests' development-only keys
            services.AddStaffIdentity(TimeSpan.FromSeconds(30));
            services.AddPortalModules(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
            services.AddSingleton<JobRunRecorder>();
            services.AddScoped<TestActor>();
            services.AddScoped<CurrentActor>(sp => sp.GetRequiredService<TestActor>());
            // The portal's data-protection key ring: in the database, its keys encrypted with the certificate in the data folder.
            services.AddPortalDataProtection(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), new DriverHostEnvironment(), options.Database);
            return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        }
    }

    public sealed class DriverHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "BackOffice.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    /// <summary>
    /// Runs one command line: <c>seq TAB action TAB actor TAB key [TAB arg]...</c>, and answers
    /// <c>seq TAB ok TAB detail</c>, <c>seq TAB refused TAB Korean message</c> or <c>seq TAB error TAB type: message</c>.
    /// Each command gets its own scope (a circuit of its own) with the named actor signed in. A lost connection to the
    /// database (PostgreSQL restarted under load) runs the whole command again with the same key, for at most two
    /// minutes: only that failure is retried, everything else is reported as it is.
    /// </summary>
    public sealed class CommandRunner(ServiceProvider root, DriverOptions options)
    {
        public const string StepUpKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        private static readonly TimeSpan RetryFor = TimeSpan.FromMinutes(2);

        public async Task<string> RunAsync(string line)
        {
            var parts = line.Split('\t');
            var seq = parts[0];
            var started = DateTime.UtcNow;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var detail = await ExecuteAsync(parts[1], parts.Length > 2 ? parts[2] : "agent", parts.Length > 3 ? parts[3] : "", parts.Skip(4).ToArray());
                    return $"{seq}\tok\t{Clean(detail)}";
                }
                catch (Exception ex) when (ex is BusinessRuleException or ForbiddenException or LedgerRejectedException)
                {
                    return $"{seq}\trefused\t{Clean(ex.Message)}";
                }
                catch (Exception ex) when (IsConnectionLoss(ex) && DateTime.UtcNow - started < RetryFor)
                {
                    await Console.Error.WriteLineAsync($"{seq}: connection lost ({ex.GetType().Name}), attempt {attempt}; running it again with the same key");
                    await Task.Delay(Math.Min(2_000, 100 * attempt));
                }
                catch (Exception ex)
                {
                    return $"{seq}\terror\t{Clean(ex.GetType().Name + ": " + ex.Message)}";
                }
            }
        }

        /// <summary>
        /// A connection to the database lost or refused (server restarting, shutting down, socket closed): the command may or may
        /// not have committed, and its idempotency key (or its state check) makes running it again safe.
        /// </summary>
        public static bool IsConnectionLoss(Exception exception)
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (e is Npgsql.PostgresException pg)
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03";
                if (e is Npgsql.NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException or System.IO.EndOfStreamException) return true;
                if (e is Npgsql.NpgsqlException npgsql && npgsql.InnerException is System.IO.IOException or TimeoutException) return true;
            }
            return false;
        }

        private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

        private async Task<string> ExecuteAsync(string action, string actorName, string key, string[] args)
        {
            await using var scope = root.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var actor = ActorNamed(actorName);
            services.GetRequiredService<TestActor>().Current = actor;
            long Long(int i) => long.Parse(args[i], CultureInfo.InvariantCulture);
            switch (action)
            {
                case "ping":
                    return Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                case "stepup":
                    return await services.GetRequiredService<StepUp>().VerifyAsync(actor, Totp.Code(StepUpKey))
                        ? "stepped-up"
                        : throw new BusinessRuleException(StepUp.WrongCode);
                case "lost":
                    return (await services.GetRequiredService<LostCardService>().ReportAsync(
                        new LostCardCommand(Long(0), LossKind.Lost, ReportChannel.Phone, "다중 프로세스 시험", key))).ReportNo;
                case "reissue":
                    {
                        long designId;
                        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
                        {
                            var cardId = Long(0);
                            var programId = await db.Cards.Where(c => c.Id == cardId).Select(c => c.ProgramId).FirstOrDefaultAsync();
                            designId = await db.CardDesigns.Where(d => d.ProgramId == programId && d.IsActive && d.Stock > 0).OrderBy(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync();
                        }
                        return (await services.GetRequiredService<ReissueService>().RequestAsync(
                            new ReissueCommand(Long(0), ReissueReason.Damaged, designId, false, null, key))).RequestNo;
                    }
                case "refund-file":
                    return (await services.GetRequiredService<RefundService>().FileAsync(new FileRefundCommand(
                        new RefundTarget(Long(0), Long(1), RefundKind.BalanceRefund, null), "다중 프로세스 시험", key))).RequestNo;
                case "refund-approve":
                    return (await services.GetRequiredService<RefundApprovalService>().ApproveAsync(await RefundIdAsync(services, args[0]), ApprovalStep.Finance)).ToString();
                case "refund-batch":
                    {
                        var payouts = services.GetRequiredService<PayoutService>();
                        var batchNo = await payouts.CreateBatchAsync(key);
                        await payouts.TransferFileAsync(batchNo);
                        return batchNo;
                    }
                case "refund-pay":
                    await services.GetRequiredService<PayoutService>().MarkPaidAsync(await RefundIdAsync(services, args[0]));
                    return "paid";
                case "credit-use":
                    return (await services.GetRequiredService<CreditService>().UseAsync(Long(0), Long(1), "다중 프로세스 시험", key)).EntryId.ToString(CultureInfo.InvariantCulture);
                case "donation-decide":
                    await services.GetRequiredService<PrescriptionService>().DecideAsync(args[0], true, null);
                    return "approved";
                case "protect":
                    return services.GetRequiredService<IDataProtectionProvider>().CreateProtector(args[0]).Protect(args[1]);
                case "unprotect":
                    return services.GetRequiredService<IDataProtectionProvider>().CreateProtector(args[0]).Unprotect(args[1]);
                default:
                    throw new ArgumentException($"unknown action {action}");
            }
        }

        private static async Task<long> RefundIdAsync(IServiceProvider services, string requestNo)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            return await db.RefundRequests.Where(r => r.RequestNo == requestNo).Select(r => r.Id).FirstOrDefaultAsync();
        }

        public static Actor ActorNamed(string name) => name switch
        {
            "agent" => TestActor.Agent,
            "agent2" => TestActor.Agent2,
            "supervisor" => TestActor.Supervisor,
            "finance" => TestActor.Finance,
            "finance2" => TestActor.Finance2,
            "compliance" => TestActor.Compliance,
            "admin" => TestActor.Admin,
            "admin2" => TestActor.Admin2,
            _ => throw new ArgumentException($"unknown actor {name}"),
        };

        public DriverOptions Options => options;
    }
}
