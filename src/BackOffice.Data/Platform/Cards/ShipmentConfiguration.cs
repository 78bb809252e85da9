using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Cards;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.HasIndex(s => new { s.Status, s.DueBy });
        b.HasIndex(s => s.MemberId);
        b.Property(s => s.Address).HasMaxLength(200);
        b.Property(s => s.DueRule).HasMaxLength(300);
        b.HasOne(s => s.Card).WithMany().HasForeignKey(s => s.CardId);
    }
}
