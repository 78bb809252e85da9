using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Web.Platform;

public static class DatabaseSetup
{
    /// <summary>Registers the context factory for the configured provider, its migrations assembly and the write gate.</summary>
    public static IServiceCollection AddBackOfficeDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        Directory.CreateDirectory(options.ResolvedDataFolder());
        var connectionString = options.ResolvedConnectionString();
        services.AddSingleton(options);
        services.AddSingleton(new WriteGate(enabled: options.Provider == DatabaseProvider.Sqlite));
        // Pooled (issue 16): a context is taken from a pool instead of built for every query, which was a large part of
        // EF Core's fixed cost per lookup. AppDbContext keeps no state of its own beyond what the pool resets (change
        // tracker, transaction, connection), and nothing in the portal changes per-context settings (command timeout,
        // tracking behaviour). Scoped users (Identity's stores, the data-protection key store) get a pooled one too.
        services.AddPooledDbContextFactory<AppDbContext>(builder => Configure(builder, options.Provider, connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddSingleton<DbWriter>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly("BackOffice.Migrations.Sqlite"))
                    .AddInterceptors(new SqlitePragmas());
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(connectionString, o => o.MigrationsAssembly("BackOffice.Migrations.Postgres"));
                break;
            case DatabaseProvider.SqlServer:
                // No EnableRetryOnFailure: DbWriter runs each command in its own transaction and retries what it expects.
                builder.UseSqlServer(connectionString, o => o.MigrationsAssembly("BackOffice.Migrations.SqlServer"));
                break;
        }
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await AuditChain.SealLegacyAsync(db, ct); // audit rows from before the chain existed: chained once, oldest first
        // The data step of the NumbersAtRest migration: clear card and account numbers left from before it are
        // encrypted and their clear columns emptied (idempotent; nothing to do on a new or converted database).
        var report = await NumberConversion.ConvertLegacyAsync(db, services.GetRequiredService<NumberKeyRing>(), ct);
        if (report.Total > 0)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("NumbersAtRest").LogInformation(
                "Numbers at rest: encrypted {Cards} card numbers, {Members} member accounts, {Refunds} refund accounts", report.Cards, report.Members, report.RefundRequests);
        }
    }

    /// <summary>
    /// WAL for readers beside the single writer, and a busy timeout instead of an instant "database is locked".
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) =>
            Execute(connection);

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Execute(connection);
            return Task.CompletedTask;
        }

        private static void Execute(System.Data.Common.DbConnection connection)
        {
            if (connection is not SqliteConnection) return;
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}
