using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Calendar;

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> b)
    {
        b.HasIndex(h => h.Date).IsUnique();
        b.Property(h => h.Name).HasMaxLength(50);
    }
}

internal sealed class ServiceOutageConfiguration : IEntityTypeConfiguration<ServiceOutage>
{
    public void Configure(EntityTypeBuilder<ServiceOutage> b)
    {
        b.HasIndex(o => o.StartsAt);
        b.Property(o => o.Systems).HasMaxLength(200).HasLabel("장애 시스템");
        b.Property(o => o.Description).HasMaxLength(1000).HasLabel("내용");
        b.Property(o => o.RecordedById).HasMaxLength(64);
        b.Property(o => o.RecordedByName).HasMaxLength(100);
        b.Property(o => o.Version).IsConcurrencyToken();
    }
}
