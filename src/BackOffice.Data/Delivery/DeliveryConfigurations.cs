using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Delivery;

internal sealed class ShipmentEventConfiguration : IEntityTypeConfiguration<ShipmentEvent>
{
    public void Configure(EntityTypeBuilder<ShipmentEvent> b)
    {
        b.HasIndex(e => new { e.ShipmentId, e.At });
        b.HasOne<Shipment>().WithMany().HasForeignKey(e => e.ShipmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.Text).HasMaxLength(500).HasLabel("내용");
        b.Property(e => e.Source).HasMaxLength(200);
    }
}

internal sealed class MailingBatchConfiguration : IEntityTypeConfiguration<MailingBatch>
{
    public void Configure(EntityTypeBuilder<MailingBatch> b)
    {
        b.HasIndex(m => m.Number).IsUnique();
        b.HasIndex(m => m.BusinessDay).IsUnique();
        b.Property(m => m.Number).HasMaxLength(32);
        b.Property(m => m.ClosedById).HasMaxLength(64);
        b.Property(m => m.ClosedByName).HasMaxLength(100);
        b.Property(m => m.ProductionFileSha256).HasMaxLength(64);
        b.Property(m => m.MailingListSha256).HasMaxLength(64);
    }
}

internal sealed class ShipmentImportConfiguration : IEntityTypeConfiguration<ShipmentImport>
{
    public void Configure(EntityTypeBuilder<ShipmentImport> b)
    {
        b.HasIndex(i => new { i.Kind, i.Sha256 }).IsUnique();
        b.Property(i => i.FileName).HasMaxLength(200).HasLabel("파일 이름");
        b.Property(i => i.Sha256).HasMaxLength(64);
        b.Property(i => i.ImportedById).HasMaxLength(64);
        b.Property(i => i.ImportedByName).HasMaxLength(100);
        b.Property(i => i.RejectedRows).HasMaxLength(20_000);
    }
}

internal sealed class HappyCallAttemptConfiguration : IEntityTypeConfiguration<HappyCallAttempt>
{
    public void Configure(EntityTypeBuilder<HappyCallAttempt> b)
    {
        b.HasIndex(a => new { a.ShipmentId, a.Number }).IsUnique();
        b.HasOne<Shipment>().WithMany().HasForeignKey(a => a.ShipmentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.ActorId).HasMaxLength(64);
        b.Property(a => a.ActorName).HasMaxLength(100);
        b.Property(a => a.Note).HasMaxLength(500).HasLabel("통화 메모");
    }
}
