using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Prescription;

internal sealed class PrescriptionRunConfiguration : IEntityTypeConfiguration<PrescriptionRun>
{
    public void Configure(EntityTypeBuilder<PrescriptionRun> b)
    {
        b.HasIndex(r => r.Number).IsUnique();
        b.Property(r => r.Number).HasMaxLength(32);
        b.Property(r => r.RanById).HasMaxLength(64);
        b.Property(r => r.RanByName).HasMaxLength(100);
    }
}

internal sealed class PrescriptionItemConfiguration : IEntityTypeConfiguration<PrescriptionItem>
{
    public void Configure(EntityTypeBuilder<PrescriptionItem> b)
    {
        b.HasIndex(i => new { i.Status, i.ObjectionDeadline });
        b.HasIndex(i => new { i.CardId, i.Status });
        b.HasIndex(i => i.MemberId);
        b.HasOne<PrescriptionRun>().WithMany().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Card>().WithMany().HasForeignKey(i => i.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DonationBatch>().WithMany().HasForeignKey(i => i.DonationBatchId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Derivation).HasMaxLength(500);
        b.Property(i => i.NoticeRule).HasMaxLength(300);
        b.Property(i => i.ObjectionNote).HasMaxLength(500).HasLabel("이의 내용");
        b.Property(i => i.ObjectionRecordedById).HasMaxLength(64);
        b.Property(i => i.ObjectionRecordedByName).HasMaxLength(100);
        b.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class DonationBatchConfiguration : IEntityTypeConfiguration<DonationBatch>
{
    public void Configure(EntityTypeBuilder<DonationBatch> b)
    {
        b.HasIndex(d => d.Number).IsUnique();
        b.HasIndex(d => d.IdempotencyKey).IsUnique();
        b.Property(d => d.Number).HasMaxLength(32);
        b.Property(d => d.Recipient).HasMaxLength(200);
        b.Property(d => d.ProposedById).HasMaxLength(64);
        b.Property(d => d.ProposedByName).HasMaxLength(100);
        b.Property(d => d.DecidedById).HasMaxLength(64);
        b.Property(d => d.DecidedByName).HasMaxLength(100);
        b.Property(d => d.DecisionNote).HasMaxLength(500).HasLabel("결정 사유");
        b.Property(d => d.IdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}
