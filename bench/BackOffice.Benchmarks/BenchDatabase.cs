using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BackOffice.Benchmarks;

/// <summary>
/// The database the query benchmarks read, chosen by environment variables:
/// <c>BACKOFFICE_BENCH_DATA</c> (the SQLite data folder, default /tmp/bigdata) and <c>BACKOFFICE_BENCH_POSTGRES</c>
/// (a PostgreSQL connection string; the PostgreSQL rows run only when it is set). <c>BACKOFFICE_BENCH_PROVIDERS</c>
/// ("sqlite", "postgres" or "sqlite,postgres") narrows the list.
/// The portal side uses the portal's own service collection (the same registrations as the app); the SQL side opens
/// its own pooled ADO.NET connection per query, as EF Core does.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly NpgsqlDataSource? _npgsql;
    private readonly string _sqliteConnectionString = "";

    private BenchDatabase(string provider, ServiceProvider root, DatabaseOptions options)
    {
        Provider = provider;
        _root = root;
        Scope = root.CreateAsyncScope();
        if (options.Provider == DatabaseProvider.Postgres) _npgsql = NpgsqlDataSource.Create(options.ResolvedConnectionString());
        else _sqliteConnectionString = options.ResolvedConnectionString();
    }

    public string Provider { get; }
    public AsyncServiceScope Scope { get; }
    public IServiceProvider Services => Scope.ServiceProvider;
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static IEnumerable<string> Providers()
    {
        var wanted = (Environment.GetEnvironmentVariable("BACKOFFICE_BENCH_PROVIDERS") ?? "sqlite,postgres")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wanted.Contains("sqlite")) yield return "sqlite";
        if (wanted.Contains("postgres") && !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("BACKOFFICE_BENCH_POSTGRES")))
            yield return "postgres";
    }

    public static DatabaseOptions Options(string provider) => provider == "postgres"
        ? new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = Environment.GetEnvironmentVariable("BACKOFFICE_BENCH_POSTGRES"), DataFolder = "/tmp/i16-bench-pg-keys" }
        : new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = Environment.GetEnvironmentVariable("BACKOFFICE_BENCH_DATA") ?? "/tmp/bigdata" };

    /// <summary>The portal's services on the chosen database, acting as <paramref name="actor"/> (all roles by default).</summary>
    public static async Task<BenchDatabase> OpenAsync(string provider, TimeProvider? clock = null, Actor? actor = null)
    {
        var options = Options(provider);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddBackOfficeDatabase(options);
        services.AddNumberProtection(NumberProtectionOptions.Development()); // development-only keys, as seed-demo used
        services.AddStaffIdentity(TimeSpan.FromSeconds(30));
        services.AddPortalModules(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddScoped<BenchActor>();
        services.AddScoped<CurrentActor>(sp => sp.GetRequiredService<BenchActor>());
        var root = services.BuildServiceProvider();
        var db = new BenchDatabase(provider, root, options);
        if (actor is not null) db.Get<BenchActor>().Current = actor;
        await using var context = await db.ContextAsync();
        if (!await context.Members.AnyAsync())
            throw new InvalidOperationException($"No members in the {provider} database: seed it first (docs/benchmarks.md).");
        return db;
    }

    /// <summary>A second signed-in user on the same services (another circuit).</summary>
    public AsyncServiceScope SessionAs(Actor actor)
    {
        var scope = _root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BenchActor>().Current = actor;
        return scope;
    }

    public async Task<AppDbContext> ContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>An open ADO.NET connection from the provider's pool (what hand-written SQL would use).</summary>
    public async ValueTask<DbConnection> ConnectionAsync()
    {
        if (_npgsql is not null) return await _npgsql.OpenConnectionAsync();
        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await _root.DisposeAsync();
        if (_npgsql is not null) await _npgsql.DisposeAsync();
    }
}

/// <summary>The signed-in user of the benchmarks: every role unless a benchmark switches it.</summary>
public sealed class BenchActor() : CurrentActor(null!)
{
    public static readonly Actor Everyone = new("bench-id", "벤치마크", StaffRoles.All.ToHashSet());

    public Actor Current { get; set; } = Everyone;

    public override Task<Actor> GetAsync() => Task.FromResult(Current);
}

/// <summary>Small ADO.NET helpers for the hand-written side.</summary>
public static class Sql
{
    public static DbCommand Command(DbConnection connection, string text, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }

    public static async Task<List<T>> ListAsync<T>(DbConnection connection, string text, Func<DbDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, text, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    public static async Task<long> ScalarAsync(DbConnection connection, string text, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, text, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
