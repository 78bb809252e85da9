namespace BackOffice.Web.Platform;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>The PostgreSQL or SQL Server connection string, or an SQLite one to override the file in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Where the SQLite file and the data-protection keys live. Relative paths are from the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    public string ResolvedDataFolder() => Path.GetFullPath(DataFolder);

    public string ResolvedConnectionString() => Provider switch
    {
        DatabaseProvider.Sqlite when string.IsNullOrWhiteSpace(ConnectionString) =>
            $"Data Source={Path.Combine(ResolvedDataFolder(), "backoffice.db")}",
        _ when string.IsNullOrWhiteSpace(ConnectionString) =>
            throw new InvalidOperationException($"Database:ConnectionString is required for {Provider}."),
        _ => ConnectionString!,
    };
}
