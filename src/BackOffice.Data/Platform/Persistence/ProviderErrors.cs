using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BackOffice.Data.Platform.Persistence;

/// <summary>What kind of database failure an exception is, whichever provider raised it.</summary>
public enum DbFailureKind
{
    /// <summary>Not a failure this portal knows: surfaces as it is.</summary>
    Other,

    /// <summary>A concurrency token (<c>Version</c>) did not match: someone else changed the row first.</summary>
    ConcurrencyConflict,

    /// <summary>A unique index or key refused a second row with the same value.</summary>
    UniqueViolation,

    /// <summary>A serialization failure, a deadlock victim, or SQLite's BUSY/LOCKED: the same command may succeed when run again.</summary>
    Serialization,

    /// <summary>A foreign key refused the change (the referenced row is gone or never existed).</summary>
    ForeignKeyViolation,

    /// <summary>A text value was longer than its column.</summary>
    ValueTooLong,
}

/// <summary>A classified failure and, for constraint violations, the names the provider gave for the constraint.</summary>
public sealed record DbFailure(DbFailureKind Kind, IReadOnlyList<string> Constraints)
{
    public static readonly DbFailure Other = new(DbFailureKind.Other, []);

    /// <summary>Failures that running the whole command again on fresh data can resolve.</summary>
    public bool MayRetry => Kind is DbFailureKind.ConcurrencyConflict or DbFailureKind.Serialization or DbFailureKind.UniqueViolation;
}

/// <summary>
/// The one place that reads provider error codes (the data project references no provider package, so the codes
/// are read from the exceptions' public properties by name):
/// <list type="table">
/// <item><term>SQLite</term><description>19 CONSTRAINT with extended 2067 UNIQUE / 1555 PRIMARYKEY, 787 FOREIGNKEY;
/// 5 BUSY, 6 LOCKED (and their extended codes).</description></item>
/// <item><term>PostgreSQL</term><description>SQLSTATE 23505 unique, 23503 foreign key, 40001 serialization,
/// 40P01 deadlock, 22001 string too long.</description></item>
/// <item><term>SQL Server</term><description>2601/2627 duplicate key, 547 foreign key, 1205 deadlock victim,
/// 3960 snapshot update conflict, 2628/8152 string truncated.</description></item>
/// </list>
/// </summary>
public static partial class ProviderErrors
{
    public static DbFailure Classify(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbUpdateConcurrencyException) return new DbFailure(DbFailureKind.ConcurrencyConflict, []);
            if (e is DbException db)
            {
                var failure = FromDbException(db);
                if (failure.Kind != DbFailureKind.Other) return failure;
            }
        }
        return DbFailure.Other;
    }

    public static DbFailureKind FromSqlite(int errorCode, int extendedErrorCode)
    {
        var primary = errorCode & 0xFF;
        return primary switch
        {
            5 or 6 => DbFailureKind.Serialization, // SQLITE_BUSY, SQLITE_LOCKED
            19 => extendedErrorCode switch
            {
                2067 or 1555 => DbFailureKind.UniqueViolation, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
                787 => DbFailureKind.ForeignKeyViolation, // SQLITE_CONSTRAINT_FOREIGNKEY
                _ => DbFailureKind.Other,
            },
            _ => DbFailureKind.Other,
        };
    }

    public static DbFailureKind FromSqlState(string? sqlState) => sqlState switch
    {
        "23505" => DbFailureKind.UniqueViolation,
        "23503" => DbFailureKind.ForeignKeyViolation,
        "40001" or "40P01" => DbFailureKind.Serialization,
        "22001" => DbFailureKind.ValueTooLong,
        _ => DbFailureKind.Other,
    };

    public static DbFailureKind FromSqlServer(int number) => number switch
    {
        2601 or 2627 => DbFailureKind.UniqueViolation,
        547 => DbFailureKind.ForeignKeyViolation,
        1205 or 3960 => DbFailureKind.Serialization,
        2628 or 8152 => DbFailureKind.ValueTooLong,
        _ => DbFailureKind.Other,
    };

    /// <summary>
    /// A unique violation is a race this portal knows when it names a unique index or key of the model: every such
    /// index backs a check the command makes before it inserts (an idempotency key, one report per card, one holiday
    /// per date, …), so running the command again finds the row that won the race and answers accordingly.
    /// </summary>
    public static bool IsKnownUniqueRace(DbFailure failure, IModel model)
    {
        if (failure.Kind != DbFailureKind.UniqueViolation || failure.Constraints.Count == 0) return false;
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var uniques = table.Indexes.Where(i => i.IsUnique).Select(i => (i.Name, Columns: i.Columns.Select(c => c.Name)))
                .Concat(table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()).Select(u => (u.Name, Columns: u.Columns.Select(c => c.Name))));
            foreach (var (name, columns) in uniques)
            {
                var sqliteForm = string.Join(", ", columns.Select(c => $"{table.Name}.{c}"));
                if (failure.Constraints.Any(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase) || c == sqliteForm))
                    return true;
            }
        }
        return false;
    }

    private static DbFailure FromDbException(DbException e)
    {
        switch (e.GetType().Name)
        {
            case "SqliteException":
                var kind = FromSqlite(Read<int>(e, "SqliteErrorCode"), Read<int>(e, "SqliteExtendedErrorCode"));
                var failed = SqliteConstraint().Match(e.Message);
                return new DbFailure(kind, failed.Success ? [failed.Groups[1].Value.Trim()] : []);
            case "SqlException":
                return new DbFailure(FromSqlServer(Read<int>(e, "Number")),
                    QuotedName().Matches(e.Message).Select(m => m.Groups[1].Value).ToList());
            default:
                var constraint = Read<string>(e, "ConstraintName"); // PostgresException
                return new DbFailure(FromSqlState(e.SqlState), constraint is null ? [] : [constraint]);
        }
    }

    private static T? Read<T>(Exception e, string property) =>
        e.GetType().GetProperty(property)?.GetValue(e) is T value ? value : default;

    /// <summary>SQLite names the columns: <c>UNIQUE constraint failed: RefundRequests.IdempotencyKey</c>.</summary>
    [GeneratedRegex(@"UNIQUE constraint failed: ([^']+)")]
    private static partial Regex SqliteConstraint();

    /// <summary>SQL Server quotes the index or constraint name (in whatever language the server speaks).</summary>
    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedName();
}
