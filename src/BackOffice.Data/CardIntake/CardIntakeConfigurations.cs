using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.CardIntake;

internal sealed class CardIntakeCaseConfiguration : IEntityTypeConfiguration<CardIntakeCase>
{
    public void Configure(EntityTypeBuilder<CardIntakeCase> b)
    {
        b.HasIndex(c => c.CaseNo).IsUnique();
        b.HasIndex(c => c.IdempotencyKey).IsUnique();
        b.HasIndex(c => c.SettlementKey).IsUnique();
        b.HasIndex(c => new { c.Status, c.BalanceDueBy });
        b.HasIndex(c => c.CardId);
        // One open (not closed) intake case per card, on every provider (issue 10 item 9).
        b.HasIndex(c => c.CardId, "IX_CardIntakeCases_CardId_Open").IsUnique()
            .HasFilter(ProviderDifferences.Filter("Status", "<> " + (int)IntakeStatus.Closed));
        b.HasIndex(c => c.MemberId);
        b.Property(c => c.CaseNo).HasMaxLength(32);
        b.Property(c => c.RequestedById).HasMaxLength(64);
        b.Property(c => c.RequestedByName).HasMaxLength(100);
        b.Property(c => c.InspectionNotes).HasMaxLength(1000);
        b.Property(c => c.RejectionReason).HasMaxLength(500);
        b.Property(c => c.WarrantyExplanation).HasMaxLength(500);
        b.Property(c => c.BalanceDueRule).HasMaxLength(300);
        b.Property(c => c.ReplacementDueRule).HasMaxLength(300);
        b.Property(c => c.IdempotencyKey).HasMaxLength(100);
        b.Property(c => c.SettlementKey).HasMaxLength(100);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Card).WithMany().HasForeignKey(c => c.CardId);
        b.HasOne(c => c.Policy).WithMany().HasForeignKey(c => c.PolicyId);
        b.HasOne(c => c.RefundRequest).WithMany().HasForeignKey(c => c.RefundRequestId);
        b.HasIndex(c => c.RefundRequestId).IsUnique();
        b.HasMany(c => c.Photos).WithOne().HasForeignKey(p => p.CaseId);
    }
}

internal sealed class CardIntakePhotoConfiguration : IEntityTypeConfiguration<CardIntakePhoto>
{
    public void Configure(EntityTypeBuilder<CardIntakePhoto> b)
    {
        b.Property(p => p.FileName).HasMaxLength(200);
        b.Property(p => p.ContentType).HasMaxLength(100);
        b.Property(p => p.StoredName).HasMaxLength(100);
        b.Property(p => p.UploadedByName).HasMaxLength(100);
    }
}
