using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>One column of a bulk-written table: its name, its store type and how to read the provider value from an entity.</summary>
internal sealed record BulkColumn(string Name, string StoreType, Func<object, object?> Value);

/// <summary>
/// A table as the bulk seeder writes it, taken from the EF Core model (table and column names, store types and the value
/// converters: instants as UTC ticks, enums as integers), so the raw rows are exactly what EF Core would have written.
/// Shadow properties (the legacy clear number columns) are written as NULL, as they are on every converted row.
/// </summary>
internal sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }

    public string QuotedName => Quote(Name);
    public string ColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static BulkTable Of<T>(IModel model)
    {
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = type.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = new List<BulkColumn>();
        foreach (var property in type.GetProperties())
        {
            var name = property.GetColumnName(store) ?? throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} has no column.");
            var mapping = property.GetRelationalTypeMapping();
            var converter = property.GetValueConverter() ?? mapping.Converter;
            Func<object, object?> read;
            if (property.IsShadowProperty())
            {
                read = _ => null;
            }
            else
            {
                var getter = property.GetGetter();
                read = converter is null ? getter.GetClrValueUsingContainingEntity : e => converter.ConvertToProvider(getter.GetClrValueUsingContainingEntity(e));
            }
            columns.Add(new BulkColumn(name, mapping.StoreType, read));
        }
        return new BulkTable(table, columns);
    }
}

/// <summary>The five tables a demo member fills, from the model.</summary>
internal sealed record DemoTables(BulkTable Members, BulkTable Cards, BulkTable Accounts, BulkTable Entries, BulkTable Postings)
{
    public static DemoTables From(AppDbContext db) => new(
        BulkTable.Of<Member>(db.Model), BulkTable.Of<Card>(db.Model), BulkTable.Of<Account>(db.Model),
        BulkTable.Of<JournalEntry>(db.Model), BulkTable.Of<Posting>(db.Model));

    public IEnumerable<BulkTable> All => [Members, Cards, Accounts, Entries, Postings];
}
