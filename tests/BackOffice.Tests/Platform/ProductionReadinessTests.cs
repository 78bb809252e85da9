using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Tests.Platform;

/// <summary>Issue 10 item 6: a start outside Development refuses an unsafe configuration; keys live encrypted in the database.</summary>
public class ProductionReadinessTests
{
    private static readonly string Certificate = CertificateFile();

    /// <summary>A PFX file (the development certificate, made once in a temporary folder).</summary>
    private static string CertificateFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "backoffice-tests", "readiness-certificate");
        using var certificate = KeyProtection.DevelopmentCertificate(folder);
        return Path.Combine(folder, KeyProtection.DevelopmentCertificateFile);
    }

    public static TheoryData<string, string[], string[]> Configurations => new()
    {
        // clause, configuration (key=value), expected problems (a word of each)
        { "nothing configured: key protection missing", [], ["DataProtection:CertificatePath"] },
        { "a PFX certificate that exists: ready", [$"DataProtection:CertificatePath={Certificate}"], [] },
        { "a thumbprint: ready", ["DataProtection:CertificateThumbprint=ABCDEF"], [] },
        { "a PFX path that does not exist", ["DataProtection:CertificatePath=/nowhere/keys.pfx"], ["/nowhere/keys.pfx"] },
        { "demo data enabled", ["DataProtection:CertificateThumbprint=ABCDEF", "DemoData:Enabled=true"], ["DemoData:Enabled"] },
        { "demo data disabled explicitly", ["DataProtection:CertificateThumbprint=ABCDEF", "DemoData:Enabled=false"], [] },
        { "PostgreSQL without a connection string", ["DataProtection:CertificateThumbprint=ABCDEF", "Database:Provider=Postgres"], ["Postgres"] },
        { "SQL Server without a connection string", ["DataProtection:CertificateThumbprint=ABCDEF", "Database:Provider=SqlServer"], ["SqlServer"] },
        { "PostgreSQL with one", ["DataProtection:CertificateThumbprint=ABCDEF", "Database:Provider=Postgres", "Database:ConnectionString=Host=db"], [] },
        { "SQLite needs none (its file is in the data folder)", ["DataProtection:CertificateThumbprint=ABCDEF", "Database:Provider=Sqlite"], [] },
        { "no card-number encryption key", ["DataProtection:CertificateThumbprint=ABCDEF", "NumberProtection:CurrentKeyId="], ["NumberProtection:CurrentKeyId"] },
        { "everything wrong: every problem listed", ["DemoData:Enabled=true", "Database:Provider=SqlServer"], ["DemoData:Enabled", "SqlServer", "DataProtection:CertificatePath"] },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Each_unsafe_setting_is_one_problem_in_Korean_and_English(string clause, string[] settings, string[] expected)
    {
        var problems = ProductionReadiness.Problems(Config(settings));
        Assert.True(expected.Length == problems.Count, $"{clause}: {string.Join(" | ", problems)}");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], problems[i], StringComparison.Ordinal);
            Assert.Contains(" / ", problems[i], StringComparison.Ordinal); // Korean / English
        }
    }

    [Fact]
    public void Another_check_is_one_more_function_in_the_list()
    {
        Assert.All(ProductionReadiness.Checks, check => Assert.Null(check(Config(["DataProtection:CertificateThumbprint=ABCDEF"]))));
    }

    /// <summary>The built portal started as Production with no configuration: stderr explains, exit code 2, nothing created.</summary>
    [Fact]
    public async Task A_production_start_without_configuration_exits_with_a_clear_message_and_touches_nothing()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BackOffice.Web.dll");
        var work = Path.Combine(Path.GetTempPath(), "backoffice-tests", "prod-start-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var data = Path.Combine(work, "data");
        try
        {
            var start = new ProcessStartInfo("dotnet", [dll])
            {
                WorkingDirectory = work,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__DataFolder"] = data;
            start.Environment["Database__Provider"] = "Postgres";
            start.Environment["DemoData__Enabled"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);

            var stderr = await errors;
            Assert.Equal(ProductionReadiness.ExitCode, process.ExitCode);
            Assert.Contains("Refusing to start (Production)", stderr, StringComparison.Ordinal);
            Assert.Contains("시작을 거부합니다", stderr, StringComparison.Ordinal);
            Assert.Contains("DemoData:Enabled", stderr, StringComparison.Ordinal);
            Assert.Contains("Database:ConnectionString is required for Postgres", stderr, StringComparison.Ordinal);
            Assert.Contains("DataProtection:CertificatePath", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", await output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(data), "nothing may be created or migrated");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Two servers on one database share the key ring; the stored keys are encrypted with the certificate.</summary>
    [Fact]
    public async Task Data_protection_keys_are_stored_in_the_database_encrypted_and_shared_by_every_server()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var configuration = Config([$"DataProtection:CertificatePath={Certificate}"]);
        await using var serverA = Server(database, configuration);
        await DatabaseSetup.MigrateAsync(serverA);
        var token = serverA.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("비밀");

        await using var serverB = Server(database, configuration);
        Assert.Equal("비밀", serverB.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));

        await using var db = await serverA.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.Contains("EncryptedData", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(database.Options.ResolvedDataFolder(), "keys")), "no file-system key folder");
    }

    private static ServiceProvider Server(TestDatabase database, IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddBackOfficeDatabase(database.Options);
        services.AddNumberProtection(NumberProtectionOptions.Development());
        services.AddStaffIdentity(TimeSpan.FromMinutes(1));
        services.AddPortalDataProtection(configuration, new TestHostEnvironment("Production"), database.Options);
        return services.BuildServiceProvider();
    }

    /// <summary>The settings given, over valid development number-protection keys (a row can clear them).</summary>
    private static IConfiguration Config(string[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(Pairs(DevelopmentNumberKeys)).AddInMemoryCollection(Pairs(settings)).Build();

    private static IEnumerable<KeyValuePair<string, string?>> Pairs(string[] settings) =>
        settings.Select(s => s.Split('=', 2)).Select(kv => new KeyValuePair<string, string?>(kv[0], kv[1]));

    private static readonly string[] DevelopmentNumberKeys =
    [
        $"NumberProtection:CurrentKeyId={NumberProtectionOptions.Development().CurrentKeyId}",
        .. NumberProtectionOptions.Development().Keys.Select(k => $"NumberProtection:Keys:{k.Key}={k.Value}"),
        $"NumberProtection:HashKey={NumberProtectionOptions.Development().HashKey}",
    ];
}
