namespace BackOffice.Data.Platform.Persistence;

/// <summary>
/// The few statements that EF Core cannot express once for all three providers, written per provider here
/// (the sibling of <see cref="ProviderDifferences"/>), so that the workflows never see provider SQL.
/// </summary>
public static class ProviderCommands
{
    public const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>
    /// Increments the counter of (<paramref name="series"/>, <paramref name="day"/>), creating it at 1, and returns
    /// the new value as the single column <c>Value</c>. One atomic statement that leaves the row locked until the
    /// transaction ends:
    /// <list type="bullet">
    /// <item>PostgreSQL and SQLite (3.35+): <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>. On PostgreSQL a second
    /// writer waits on the row (or on the key of the row being inserted) and then increments the committed value;
    /// on SQLite the write gate and SQLite's single writer serialize the commands anyway.</item>
    /// <item>SQL Server: <c>MERGE … WITH (HOLDLOCK)</c>, which takes a key-range lock, so two writers cannot both
    /// take the "not matched" branch for a new day.</item>
    /// </list>
    /// </summary>
    public static FormattableString NextCounterValue(string? providerName, string series, DateOnly day)
    {
        if (providerName == ProviderDifferences.SqlServerProvider)
        {
            return $"""
               MERGE [BusinessNumberCounters] WITH (HOLDLOCK) AS t
               USING (SELECT {series} AS [Series], {day} AS [Day]) AS s
               ON t.[Series] = s.[Series] AND t.[Day] = s.[Day]
               WHEN MATCHED THEN UPDATE SET t.[Last] = t.[Last] + 1
               WHEN NOT MATCHED THEN INSERT ([Series], [Day], [Last]) VALUES (s.[Series], s.[Day], 1)
               OUTPUT inserted.[Last] AS [Value];
               """;
        }
        return $"""
               INSERT INTO "BusinessNumberCounters" ("Series", "Day", "Last") VALUES ({series}, {day}, 1)
               ON CONFLICT ("Series", "Day") DO UPDATE SET "Last" = "BusinessNumberCounters"."Last" + 1
               RETURNING "Last" AS "Value"
               """;
    }

    /// <summary>
    /// Locks the audit chain's head row until the transaction ends, with a no-op UPDATE (the same lock on every
    /// provider: PostgreSQL and SQL Server take the row's write lock, which a second writer waits on and, under READ
    /// COMMITTED, then reads the head the first one committed; SQLite takes its database write lock). The caller then
    /// reads the head and moves it in the same transaction.
    /// </summary>
    public static FormattableString LockAuditChainHead(string? providerName)
    {
        if (providerName == ProviderDifferences.SqlServerProvider)
            return $"UPDATE [AuditChainHeads] SET [Sequence] = [Sequence] WHERE [Id] = {AuditChainHead.SingletonId}";
        return $"""UPDATE "AuditChainHeads" SET "Sequence" = "Sequence" WHERE "Id" = {AuditChainHead.SingletonId}""";
    }
}
