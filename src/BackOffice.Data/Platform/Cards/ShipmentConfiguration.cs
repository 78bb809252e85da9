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
        b.HasIndex(s => s.Number);
        b.HasIndex(s => s.IdempotencyKey).IsUnique();
        b.Property(s => s.IdempotencyKey).HasMaxLength(100);
        b.HasIndex(s => new { s.Status, s.ApplicationDay });
        b.HasIndex(s => s.MailingBatchId);
        b.Property(s => s.Number).HasMaxLength(32);
        b.Property(s => s.Postcode).HasMaxLength(5).HasLabel("우편번호");
        b.Property(s => s.RoadAddress).HasMaxLength(200).HasLabel("도로명주소");
        b.Property(s => s.AddressDetail).HasMaxLength(100).HasLabel("상세주소");
        b.Property(s => s.Design).HasMaxLength(100);
        b.Property(s => s.FeeRule).HasMaxLength(300);
        b.Property(s => s.TrackingNumber).HasMaxLength(30).HasLabel("등기번호");
        b.Property(s => s.ReturnReason).HasMaxLength(200).HasLabel("반송 사유");
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}
