using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Numbers;

/// <summary>
/// The last business number handed out in one series (refund requests, payout batches, …) on one Korean day.
/// Only <see cref="BusinessNumbers.NextAsync"/> writes it, with one atomic statement inside the command's
/// transaction: the row stays locked until the command commits, and a rolled-back command takes its number back.
/// </summary>
public sealed class BusinessNumberCounter
{
    public string Series { get; set; } = "";

    /// <summary>The Korean calendar day (KST) the numbers belong to.</summary>
    public DateOnly Day { get; set; }

    /// <summary>The last number handed out; the next command gets <c>Last + 1</c>.</summary>
    public long Last { get; set; }
}

public sealed class BusinessNumberCounterConfiguration : IEntityTypeConfiguration<BusinessNumberCounter>
{
    public void Configure(EntityTypeBuilder<BusinessNumberCounter> b)
    {
        b.ToTable(BusinessNumbers.Table);
        b.HasKey(c => new { c.Series, c.Day });
        b.Property(c => c.Series).HasMaxLength(BusinessNumbers.MaxSeriesLength);
        // Should anything ever update the row through EF, a stale value is a concurrency conflict, not a lost number.
        b.Property(c => c.Last).IsConcurrencyToken();
    }
}
