using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// Where the bulk seeder's rows go: everything that differs between SQLite and PostgreSQL for a bulk load, in one place.
/// <list type="bullet">
/// <item><b>SQLite</b>: one connection, one prepared <c>INSERT</c> per table whose parameters are re-bound by position per row
/// (SQLitePCL, beneath Microsoft.Data.Sqlite), one transaction per batch. For the load the connection sets <c>synchronous=NORMAL</c> (in WAL mode a commit is then not
/// fsynced, only the checkpoints are: a killed process loses nothing committed, a power cut at most the last batches, never
/// the file's consistency; the portal's FULL comes back after), a 256 MB page cache (the indexes on random keys:
/// names, phones, number hashes, instants stay in memory) and <c>temp_store=MEMORY</c>; foreign keys stay ON (a
/// safety net at the price of a primary-key lookup per row). The previous values are restored at the end, then the WAL
/// is checkpointed (TRUNCATE) and <c>PRAGMA optimize</c> refreshes the planner's statistics.</item>
/// <item><b>PostgreSQL</b>: Npgsql binary <c>COPY … FROM STDIN (FORMAT BINARY)</c> per table inside the batch's
/// transaction (foreign keys and unique indexes are checked as usual). COPY writes explicit ids, so after every batch the
/// identity sequences are moved past the largest id (<c>setval</c>) in the same transaction: the portal's own inserts never
/// collide. <c>ANALYZE</c> at the end.</item>
/// </list>
/// Ids are given by the seeder (largest id + 1 onwards) on both, so both write the same rows.
/// </summary>
internal abstract class BulkTarget : IAsyncDisposable
{
    protected BulkTarget(DbConnection connection) => Connection = connection;

    public DbConnection Connection { get; }

    public static async Task<BulkTarget> OpenAsync(DatabaseOptions options, CancellationToken ct)
    {
        BulkTarget target = options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteTarget(new SqliteConnection(options.ResolvedConnectionString())),
            // No command timeout: a batch's COPY of some 400,000 postings may take longer than the default 30 s on a busy server.
            DatabaseProvider.Postgres => new PostgresTarget(new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(options.ResolvedConnectionString()) { CommandTimeout = 0 }.ConnectionString)),
            _ => throw new NotSupportedException($"No bulk path for {options.Provider}."),
        };
        await target.Connection.OpenAsync(ct);
        await target.PrepareAsync(ct);
        return target;
    }

    public static bool Supports(DatabaseProvider provider) => provider is DatabaseProvider.Sqlite or DatabaseProvider.Postgres;

    protected abstract Task PrepareAsync(CancellationToken ct);

    /// <summary>Writes the rows into the table inside <paramref name="transaction"/>.</summary>
    public abstract Task WriteAsync(BulkTable table, IReadOnlyList<object> rows, DbTransaction transaction, CancellationToken ct);

    /// <summary>Called after a batch's rows, before its commit.</summary>
    public virtual Task AfterBatchAsync(DemoTables tables, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Restores what <see cref="PrepareAsync"/> changed and tidies up after the load.</summary>
    public abstract Task FinishAsync(CancellationToken ct);

    public async Task<long> ScalarAsync(string sql, DbTransaction? transaction, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) AddParameter(command, name, value);
        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> ExecuteAsync(string sql, DbTransaction? transaction, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) AddParameter(command, name, value);
        return await command.ExecuteNonQueryAsync(ct);
    }

    protected static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private sealed class SqliteTarget(SqliteConnection connection) : BulkTarget(connection)
    {
        private readonly Dictionary<string, long> _restore = [];
        private readonly Dictionary<BulkTable, sqlite3_stmt> _inserts = [];

        protected override async Task PrepareAsync(CancellationToken ct)
        {
            foreach (var pragma in new[] { "synchronous", "cache_size", "temp_store" })
                _restore[pragma] = await ScalarAsync($"PRAGMA {pragma};", null, ct);
            await ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; " +
                               "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;", null, ct);
        }

        public override Task WriteAsync(BulkTable table, IReadOnlyList<object> rows, DbTransaction transaction, CancellationToken ct)
        {
            // The statement is prepared once per table and its parameters bound by position through SQLitePCL (the library
            // under Microsoft.Data.Sqlite, on the same connection and transaction): SqliteCommand.ExecuteNonQuery looks every
            // parameter up by name and opens a data reader per row; with about 60 rows a member that path managed only about
            // 270 members a second on the (loaded) 2-core machine, over an hour for a million.
            if (!_inserts.TryGetValue(table, out var insert))
            {
                var sql = $"INSERT INTO {table.QuotedName} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))});";
                Check(raw.sqlite3_prepare_v2(connection.Handle!, sql, out insert), sql);
                _inserts[table] = insert;
            }
            var columns = table.Columns;
            for (var r = 0; r < rows.Count; r++)
            {
                if ((r & 0x3FFF) == 0) ct.ThrowIfCancellationRequested();
                var row = rows[r];
                for (var c = 0; c < columns.Count; c++)
                {
                    var index = c + 1;
                    var code = columns[c].Value(row) switch
                    {
                        null => raw.sqlite3_bind_null(insert, index),
                        long l => raw.sqlite3_bind_int64(insert, index, l),
                        int i => raw.sqlite3_bind_int64(insert, index, i),
                        bool b => raw.sqlite3_bind_int64(insert, index, b ? 1 : 0),
                        string text => raw.sqlite3_bind_text(insert, index, text),
                        DateOnly day => raw.sqlite3_bind_text(insert, index, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                        var other => throw new NotSupportedException($"{table.Name}.{columns[c].Name}: no SQLite binding for {other.GetType().Name}."),
                    };
                    Check(code, table.Name);
                }
                var step = raw.sqlite3_step(insert);
                raw.sqlite3_reset(insert);
                if (step != raw.SQLITE_DONE) Check(step, table.Name);
            }
            return Task.CompletedTask;
        }

        private void Check(int code, string what)
        {
            if (code is raw.SQLITE_OK or raw.SQLITE_DONE) return;
            throw new SqliteException($"SQLite error {code} ({raw.sqlite3_errmsg(connection.Handle!).utf8_to_string()}) in {what}", code);
        }

        public override async Task FinishAsync(CancellationToken ct)
        {
            foreach (var insert in _inserts.Values) insert.Dispose();
            _inserts.Clear();
            foreach (var (pragma, value) in _restore)
                await ExecuteAsync($"PRAGMA {pragma}={value.ToString(System.Globalization.CultureInfo.InvariantCulture)};", null, ct);
            await ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", null, ct);
            await ExecuteAsync("PRAGMA analysis_limit=1000; PRAGMA optimize;", null, ct);
        }
    }

    private sealed class PostgresTarget(NpgsqlConnection connection) : BulkTarget(connection)
    {
        protected override Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

        public override async Task WriteAsync(BulkTable table, IReadOnlyList<object> rows, DbTransaction transaction, CancellationToken ct)
        {
            if (rows.Count == 0) return;
            var types = table.Columns.Select(c => TypeOf(c.StoreType)).ToArray();
            await using var import = await connection.BeginBinaryImportAsync(
                $"COPY {table.QuotedName} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
            var columns = table.Columns;
            for (var r = 0; r < rows.Count; r++)
            {
                if ((r & 0x3FFF) == 0) ct.ThrowIfCancellationRequested();
                var row = rows[r];
                import.StartRow();
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = columns[c].Value(row);
                    if (value is null) import.WriteNull();
                    else import.Write(value, types[c]);
                }
            }
            await import.CompleteAsync(ct);
        }

        public override async Task AfterBatchAsync(DemoTables tables, DbTransaction transaction, CancellationToken ct)
        {
            // COPY wrote explicit ids: move every identity sequence past them (the portal's next insert takes max + 1).
            foreach (var table in tables.All)
            {
                await ExecuteAsync(
                    $"SELECT setval(pg_get_serial_sequence(@table, 'Id'), (SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM {table.QuotedName}), false);",
                    transaction, ct, ("table", table.QuotedName));
            }
        }

        public override Task FinishAsync(CancellationToken ct) => ExecuteAsync("ANALYZE;", null, ct);

        private static NpgsqlDbType TypeOf(string storeType)
        {
            var type = storeType.Split('(')[0].Trim();
            return type switch
            {
                "character varying" => NpgsqlDbType.Varchar,
                "text" => NpgsqlDbType.Text,
                "bigint" => NpgsqlDbType.Bigint,
                "integer" => NpgsqlDbType.Integer,
                "smallint" => NpgsqlDbType.Smallint,
                "boolean" => NpgsqlDbType.Boolean,
                "date" => NpgsqlDbType.Date,
                "numeric" => NpgsqlDbType.Numeric,
                "double precision" => NpgsqlDbType.Double,
                "bytea" => NpgsqlDbType.Bytea,
                "uuid" => NpgsqlDbType.Uuid,
                _ => throw new NotSupportedException($"The bulk seeder has no binary COPY type for '{storeType}'."),
            };
        }
    }
}
