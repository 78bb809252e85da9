using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BackOffice.Tests.Platform;

/// <summary>The one place that reads provider error codes, table by table (issue 9, Build 4: DbWriter retries only what it expects).</summary>
public class ProviderErrorsTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory]
    [InlineData(19, 2067, DbFailureKind.UniqueViolation)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(19, 1555, DbFailureKind.UniqueViolation)] // SQLITE_CONSTRAINT_PRIMARYKEY
    [InlineData(19, 787, DbFailureKind.ForeignKeyViolation)] // SQLITE_CONSTRAINT_FOREIGNKEY
    [InlineData(19, 1299, DbFailureKind.Other)] // SQLITE_CONSTRAINT_NOTNULL
    [InlineData(5, 5, DbFailureKind.Serialization)] // SQLITE_BUSY
    [InlineData(5, 517, DbFailureKind.Serialization)] // SQLITE_BUSY_SNAPSHOT
    [InlineData(6, 262, DbFailureKind.Serialization)] // SQLITE_LOCKED_SHAREDCACHE
    [InlineData(1, 1, DbFailureKind.Other)] // SQLITE_ERROR
    public void Sqlite_codes(int code, int extended, DbFailureKind expected)
    {
        Assert.Equal(expected, ProviderErrors.FromSqlite(code, extended));
        Assert.Equal(expected, ProviderErrors.Classify(new DbUpdateException("save failed", new SqliteException("x", code, extended))).Kind);
    }

    [Theory]
    [InlineData("23505", DbFailureKind.UniqueViolation)]
    [InlineData("23503", DbFailureKind.ForeignKeyViolation)]
    [InlineData("40001", DbFailureKind.Serialization)]
    [InlineData("40P01", DbFailureKind.Serialization)]
    [InlineData("22001", DbFailureKind.ValueTooLong)]
    [InlineData("23502", DbFailureKind.Other)] // not_null_violation
    [InlineData("42P01", DbFailureKind.Other)] // undefined_table
    public void PostgreSQL_sql_states(string sqlState, DbFailureKind expected)
    {
        Assert.Equal(expected, ProviderErrors.FromSqlState(sqlState));
        Assert.Equal(expected, ProviderErrors.Classify(new DbUpdateException("save failed", new PostgresException("x", "ERROR", "ERROR", sqlState))).Kind);
    }

    [Theory]
    [InlineData(2601, DbFailureKind.UniqueViolation)]
    [InlineData(2627, DbFailureKind.UniqueViolation)]
    [InlineData(547, DbFailureKind.ForeignKeyViolation)]
    [InlineData(1205, DbFailureKind.Serialization)]
    [InlineData(3960, DbFailureKind.Serialization)]
    [InlineData(2628, DbFailureKind.ValueTooLong)]
    [InlineData(8152, DbFailureKind.ValueTooLong)]
    [InlineData(515, DbFailureKind.Other)] // NULL into a NOT NULL column
    [InlineData(208, DbFailureKind.Other)] // invalid object name
    public void SQL_Server_error_numbers(int number, DbFailureKind expected) =>
        Assert.Equal(expected, ProviderErrors.FromSqlServer(number));

    [Fact]
    public void A_concurrency_conflict_and_plain_exceptions()
    {
        Assert.Equal(DbFailureKind.ConcurrencyConflict, ProviderErrors.Classify(new DbUpdateConcurrencyException("stale")).Kind);
        Assert.Equal(DbFailureKind.Other, ProviderErrors.Classify(new DbUpdateException("no inner")).Kind);
        Assert.Equal(DbFailureKind.Other, ProviderErrors.Classify(new InvalidOperationException("bug")).Kind);
        Assert.Equal(DbFailureKind.Other, ProviderErrors.Classify(new BusinessRuleException("거절")).Kind);
    }

    [Fact]
    public void A_unique_race_is_known_when_it_names_a_unique_index_of_the_model()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        bool Known(params string[] names) => ProviderErrors.IsKnownUniqueRace(new DbFailure(DbFailureKind.UniqueViolation, names), db.Model);

        Assert.True(Known("IX_RefundRequests_IdempotencyKey")); // PostgreSQL's ConstraintName
        Assert.True(Known("dbo.RefundRequests", "IX_RefundRequests_IdempotencyKey", "(k1)")); // SQL Server's quoted names
        Assert.True(Known("RefundRequests.IdempotencyKey")); // SQLite's table.column list
        Assert.True(Known("CardDesigns.ProgramId, CardDesigns.Name"));
        Assert.False(Known("PK_RefundRequests")); // a primary key is not a race a command checks for
        Assert.False(Known("RefundRequests.Id"));
        Assert.False(Known("IX_Somewhere_Else"));
        Assert.False(Known());
        Assert.False(ProviderErrors.IsKnownUniqueRace(new DbFailure(DbFailureKind.ForeignKeyViolation, ["IX_RefundRequests_IdempotencyKey"]), db.Model));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Real_provider_errors_are_recognised(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await using var db = await h.DbAsync();
        db.PublicHolidays.Add(new PublicHoliday { Date = new DateOnly(2026, 12, 24), Name = "하나" });
        await db.SaveChangesAsync();

        db.PublicHolidays.Add(new PublicHoliday { Date = new DateOnly(2026, 12, 24), Name = "둘" });
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        var failure = ProviderErrors.Classify(duplicate);
        Assert.Equal(DbFailureKind.UniqueViolation, failure.Kind);
        Assert.True(ProviderErrors.IsKnownUniqueRace(failure, db.Model));
        db.ChangeTracker.Clear();

        db.Accounts.Add(new Account { Kind = AccountKind.Emoney, MemberId = 987_654 }); // no such member
        var orphan = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(DbFailureKind.ForeignKeyViolation, ProviderErrors.Classify(orphan).Kind);
    }
}
