using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Persistence;

/// <summary>
/// Everything that differs between SQLite, PostgreSQL and SQL Server, in one place. The rest of the data layer
/// is written once for all three and never asks which provider it runs on.
/// <list type="bullet">
/// <item><b>Instants</b> (<see cref="DateTimeOffset"/>) are stored as UTC ticks in a 64-bit integer on every provider
/// (<see cref="UtcTicksConverter"/>): SQLite cannot order offset text, PostgreSQL's timestamptz drops the offset and
/// SQL Server's datetimeoffset compares differently; ticks sort and compare the same everywhere.</item>
/// <item><b>Korean text</b> is compared and sorted by code point everywhere, which for Hangul syllables is
/// dictionary order (가 &lt; 나 &lt; 다): SQLite's BINARY and PostgreSQL's C.UTF-8 do so already; on SQL Server every
/// text column gets <c>Korean_100_BIN2</c> instead of the server default (usually a Latin1, case-insensitive one),
/// so a name search matches whole names exactly as on the other two. It is set per column, not per database,
/// so the migrations carry it whatever collation the DBA created the database with.</item>
/// <item><b>Deletes never cascade</b> from one business record to another: journal entries, reports and requests
/// are history and are never deleted through a parent. SQL Server would also refuse the model otherwise
/// (programs reach lost-card reports through cards and through policies: "multiple cascade paths").
/// Identity's own tables keep their cascades.</item>
/// <item><b>Concurrency tokens</b> are an integer <c>Version</c> the application increments, not SQL Server's
/// rowversion or PostgreSQL's xmin, so a conflict is detected the same way on every provider.</item>
/// <item><b>Unique indexes on nullable columns</b>: SQL Server treats NULLs as equal in a unique index, so EF Core
/// adds the filter <c>[Column] IS NOT NULL</c> there by itself; SQLite and PostgreSQL already let NULLs repeat.</item>
/// <item><b>Filtered (partial) unique indexes</b> ("one open request per card"): every provider has them, but the filter
/// is SQL, so its column names are quoted the provider's way. Configurations write the filter once with
/// <see cref="Filter"/> (ANSI double quotes); <see cref="Apply"/> rewrites the quotes to SQL Server's brackets there.
/// A filter that names a nullable column also stops EF Core adding its own <c>IS NOT NULL</c> filter on SQL Server,
/// so such filters say it themselves where it matters.</item>
/// <item><b>Strings in keys and indexes</b>: SQL Server cannot index nvarchar(max); EF Core maps such columns to
/// nvarchar(450) unless a shorter maximum length is configured.</item>
/// </list>
/// </summary>
public static partial class ProviderDifferences
{
    public const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>Code-point order and exact matching, as SQLite (BINARY) and PostgreSQL (C.UTF-8) do.</summary>
    public const string SqlServerCollation = "Korean_100_BIN2";

    public static void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    /// <summary>An index filter on one column, e.g. <c>Filter("Status", "= 0")</c>: <c>"Status" = 0</c>.</summary>
    public static string Filter(string column, string condition) => $"\"{column}\" {condition}";

    public static void Apply(ModelBuilder builder, string? providerName)
    {
        if (providerName == SqlServerProvider)
        {
            foreach (var index in builder.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Where(i => i.GetFilter() is not null))
                index.SetFilter(QuotedName().Replace(index.GetFilter()!, "[$1]"));

            foreach (var text in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(string)))
                text.SetCollation(SqlServerCollation);
        }

        var ours = typeof(AppDbContext).Assembly;
        foreach (var foreignKey in builder.Model.GetEntityTypes()
                     .Where(t => t.ClrType.Assembly == ours)
                     .SelectMany(t => t.GetForeignKeys()))
        {
            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex QuotedName();
}
