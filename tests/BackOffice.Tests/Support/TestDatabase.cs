using Microsoft.Data.SqlClient;
using Npgsql;

namespace BackOffice.Tests.Support;

/// <summary>
/// A fresh, empty database for one test: an SQLite file in a temporary folder, a new database on the
/// throw-away PostgreSQL server that the test script starts (BACKOFFICE_TEST_POSTGRES), or a new database on the
/// SQL Server named by BACKOFFICE_TEST_SQLSERVER (no SQL Server installs from Debian, so only where one is given).
/// Deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "BACKOFFICE_TEST_POSTGRES";
    public const string SqlServerVariable = "BACKOFFICE_TEST_SQLSERVER";

    private readonly string? _folder;
    private readonly string? _postgresName;
    private readonly string? _sqlServerName;

    private TestDatabase(DatabaseOptions options, string? folder, string? postgresName, string? sqlServerName = null)
    {
        Options = options;
        _folder = folder;
        _postgresName = postgresName;
        _sqlServerName = sqlServerName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>
    /// The providers to run integration tests on: SQLite and PostgreSQL always (a missing PostgreSQL server fails the
    /// test: the races only prove something there, and scripts/test.sh always starts one); SQL Server when
    /// BACKOFFICE_TEST_SQLSERVER names one (the test script says so when it does not).
    /// </summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite", "postgres" };
        if (SqlServerAvailable) data.Add("sqlserver");
        return data;
    }

    public static bool SqlServerAvailable => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(SqlServerVariable));

    /// <summary>
    /// PostgreSQL is required, never skipped: true when the server is configured, otherwise a failure that says how
    /// to get one.
    /// </summary>
    public static bool PostgresAvailable => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable))
        ? true
        : throw MissingPostgres();

    private static InvalidOperationException MissingPostgres() => new(
        $"{PostgresVariable} is not set: PostgreSQL tests fail rather than skip. Run the tests through scripts/test.sh, or " +
        $"export {PostgresVariable}=\"$(scripts/postgres.sh start)\" first.");

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "backoffice-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = folder }, folder, null);
        }

        if (provider == "sqlserver") return await CreateSqlServerAsync();

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server)) throw MissingPostgres();
        var name = "bo_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 60 };
        var folder2 = Path.Combine(Path.GetTempPath(), "backoffice-tests", Guid.NewGuid().ToString("N"));
        return new TestDatabase(
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = builder.ConnectionString, DataFolder = folder2 },
            folder2, name);
    }

    private static async Task<TestDatabase> CreateSqlServerAsync()
    {
        var server = Environment.GetEnvironmentVariable(SqlServerVariable)
            ?? throw new InvalidOperationException($"{SqlServerVariable} is not set.");
        var name = "bo_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new SqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new SqlCommand($"CREATE DATABASE [{name}]", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new SqlConnectionStringBuilder(server) { InitialCatalog = name, MaxPoolSize = 60 };
        var folder = Path.Combine(Path.GetTempPath(), "backoffice-tests", Guid.NewGuid().ToString("N"));
        return new TestDatabase(
            new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = builder.ConnectionString, DataFolder = folder },
            folder, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlServerName is not null)
        {
            SqlConnection.ClearAllPools();
            await using var connection = new SqlConnection(Environment.GetEnvironmentVariable(SqlServerVariable)!);
            await connection.OpenAsync();
            await using var command = new SqlCommand(
                $"ALTER DATABASE [{_sqlServerName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_sqlServerName}]", connection);
            await command.ExecuteNonQueryAsync();
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = Environment.GetEnvironmentVariable(PostgresVariable)!;
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        if (_folder is not null && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
