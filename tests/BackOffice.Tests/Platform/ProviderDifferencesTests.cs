using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BackOffice.Tests.Platform;

/// <summary>
/// The provider differences of <see cref="ProviderDifferences"/>, checked on each provider's model (no server is
/// contacted: the model is what the migrations are made from).
/// </summary>
public class ProviderDifferencesTests
{
    private static IModel DesignModel(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, provider, connectionString);
        using var db = new AppDbContext(builder.Options);
        return db.GetService<IDesignTimeModel>().Model;
    }

    public static TheoryData<DatabaseProvider, string> Providers => new()
    {
        { DatabaseProvider.Sqlite, "Data Source=:memory:" },
        { DatabaseProvider.Postgres, "Host=127.0.0.1;Database=none" },
        { DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=none" },
    };

    [Fact]
    public void On_SQL_Server_every_text_column_compares_by_code_point_like_the_other_providers()
    {
        var model = DesignModel(DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=none");
        var text = model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(string)).ToList();
        Assert.NotEmpty(text);
        Assert.All(text, p => Assert.Equal(ProviderDifferences.SqlServerCollation, p.GetCollation()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void No_business_record_is_deleted_through_its_parent(DatabaseProvider provider, string connectionString)
    {
        var model = DesignModel(provider, connectionString);
        var ours = model.GetEntityTypes().Where(t => t.ClrType.Assembly == typeof(AppDbContext).Assembly).SelectMany(t => t.GetForeignKeys()).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, fk => Assert.Equal(DeleteBehavior.Restrict, fk.DeleteBehavior));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Instants_are_stored_as_utc_ticks(DatabaseProvider provider, string connectionString)
    {
        var model = DesignModel(provider, connectionString);
        var instants = model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)).ToList();
        Assert.NotEmpty(instants);
        Assert.All(instants, p => Assert.IsType<UtcTicksConverter>(p.GetValueConverter()));
    }
}
