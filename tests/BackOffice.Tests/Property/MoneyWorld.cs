using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace BackOffice.Tests.Property;

/// <summary>A card of the starting world: whose, which program, and when it expires.</summary>
public sealed record WorldCard(long MemberId, long CardId, long AccountId, string Program);

/// <summary>
/// The database every sequence starts from: migrated once, with the reference data, three members and their cards
/// (서로e음 LOCAL, 하나로 HANARO, and a LOCAL card that expires on 2027-01-31 so time moves expire it), and the policy switch
/// that lets a damaged card be reissued directly (see <see cref="DirectDamagedReissue"/>). Each sequence gets its own copy
/// (SQLite: an online backup into a new file; PostgreSQL: CREATE DATABASE … TEMPLATE), so a sequence never sees another's
/// money and a failure replays on the same start.
/// </summary>
public sealed class MoneyTemplate : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 10, 0, 0, KoreanTime.Offset);

    private MoneyTemplate(string provider, string? sqliteFile, string? postgresTemplate, IReadOnlyList<WorldCard> cards, IReadOnlyDictionary<string, long> designs)
    {
        Provider = provider;
        SqliteFile = sqliteFile;
        PostgresTemplate = postgresTemplate;
        Cards = cards;
        Designs = designs;
    }

    public string Provider { get; }
    public string? SqliteFile { get; }
    public string? PostgresTemplate { get; }
    public IReadOnlyList<WorldCard> Cards { get; }
    /// <summary>A design with stock per program code (the reissue command names one).</summary>
    public IReadOnlyDictionary<string, long> Designs { get; }

    public static async Task<MoneyTemplate> CreateAsync(string provider)
    {
        await using var h = await Harness.StartAsync(provider, clock: KstClock.At(2026, 11, 20, 10));
        var cards = new List<WorldCard>();
        foreach (var (program, expires) in new[] { (ProgramPresets.LocalCurrency, (DateOnly?)null), (ProgramPresets.Hanaro, null), (ProgramPresets.LocalCurrency, new DateOnly(2027, 1, 31)) })
        {
            var card = await RefundScenario.NewCardAsync(h, program, expiresOn: expires, issuedOn: expires?.AddYears(-5));
            cards.Add(new WorldCard(card.MemberId, card.CardId, card.AccountId, program));
        }
        await DirectDamagedReissue.AllowAsync(h, ProgramPresets.LocalCurrency);
        await DirectDamagedReissue.AllowAsync(h, ProgramPresets.Hanaro);
        Dictionary<string, long> designs;
        await using (var db = await h.DbAsync())
        {
            await db.CardDesigns.ExecuteUpdateAsync(s => s.SetProperty(d => d.Stock, 100_000)); // stock is not what this property is about
            designs = (await db.CardDesigns.Where(d => d.IsActive).Join(db.Programs, d => d.ProgramId, p => p.Id, (d, p) => new { p.Code, d.Id }).ToListAsync())
                .GroupBy(x => x.Code).ToDictionary(g => g.Key, g => g.Min(x => x.Id));
        }

        if (provider == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "backoffice-tests", "property-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "template.db");
            await using (var source = new SqliteConnection(h.Database.Options.ResolvedConnectionString()))
            await using (var target = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await source.OpenAsync();
                await target.OpenAsync();
                source.BackupDatabase(target);
            }
            return new MoneyTemplate(provider, file, null, cards, designs);
        }

        var harnessDb = new NpgsqlConnectionStringBuilder(h.Database.Options.ConnectionString).Database!;
        var template = "bo_prop_tpl_" + Guid.NewGuid().ToString("N")[..12];
        NpgsqlConnection.ClearAllPools(); // CREATE DATABASE … TEMPLATE needs the source without connections
        await ServerCommandAsync($"CREATE DATABASE {template} TEMPLATE {harnessDb}");
        return new MoneyTemplate(provider, null, template, cards, designs);
    }

    internal static async Task ServerCommandAsync(string sql)
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)
            ?? throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set.");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresTemplate is not null) await ServerCommandAsync($"DROP DATABASE IF EXISTS {PostgresTemplate} WITH (FORCE)");
        if (SqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(Path.GetDirectoryName(SqliteFile)!, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>
/// One sequence's portal: the real services (as <see cref="Harness"/> wires them) on a fresh copy of the template database,
/// a fake clock in Korea time, and a switchable signed-in staff user.
/// </summary>
public sealed class MoneyWorld : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;
    private readonly string? _folder;
    private readonly string? _postgresName;

    private MoneyWorld(ServiceProvider root, FakeTimeProvider clock, string? folder, string? postgresName)
    {
        _root = root;
        _scope = root.CreateAsyncScope();
        Clock = clock;
        _folder = folder;
        _postgresName = postgresName;
    }

    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _scope.ServiceProvider;
    public TestActor Actor => Services.GetRequiredService<TestActor>();
    public DbWriter Writer => Services.GetRequiredService<DbWriter>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<AppDbContext> DbAsync() => await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public static async Task<MoneyWorld> OpenAsync(MoneyTemplate template)
    {
        DatabaseOptions options;
        string? folder = null, postgresName = null;
        if (template.SqliteFile is not null)
        {
            folder = Path.Combine(Path.GetTempPath(), "backoffice-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            File.Copy(template.SqliteFile, Path.Combine(folder, "backoffice.db"));
            options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = folder };
        }
        else
        {
            postgresName = "bo_prop_" + Guid.NewGuid().ToString("N")[..16];
            await MoneyTemplate.ServerCommandAsync($"CREATE DATABASE {postgresName} TEMPLATE {template.PostgresTemplate}");
            var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)) { Database = postgresName, MaxPoolSize = 20 };
            folder = Path.Combine(Path.GetTempPath(), "backoffice-tests", Guid.NewGuid().ToString("N"));
            options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = builder.ConnectionString, DataFolder = folder };
        }

        var clock = new FakeTimeProvider(MoneyTemplate.Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddSingleton<TimeProvider>(clock);
        services.AddBackOfficeDatabase(options);
        services.AddNumberProtection(NumberProtectionOptions.Development()); // development-only keys, as the template's numbers
        services.AddStaffIdentity(TimeSpan.FromSeconds(30));
        services.AddPortalModules(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<JobRunRecorder>();
        services.AddScoped<TestActor>();
        services.AddScoped<CurrentActor>(sp => sp.GetRequiredService<TestActor>());
        var root = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return new MoneyWorld(root, clock, folder, postgresName);
    }

    /// <summary>
    /// Opens the step-up window of <paramref name="actor"/> as a verified code would (<see cref="StepUp.VerifyAsync"/> ends
    /// in the same registry); the property is about money, the TOTP check itself has its own tests.
    /// </summary>
    public void StepUp(Actor actor) => Get<StepUpRegistry>().Remember(actor.Id, Clock.GetUtcNow());

    /// <summary>Runs one of the portal's jobs once, as a firing of the scheduler would.</summary>
    public Task<JobRun> RunJobAsync<TJob>() where TJob : PortalJob =>
        Get<JobRunRecorder>().RecordAsync(typeof(TJob).Name, "property", null, ActivatorUtilities.CreateInstance<TJob>(Services).RunAsync);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await MoneyTemplate.ServerCommandAsync($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
        if (_folder is not null && Directory.Exists(_folder))
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
