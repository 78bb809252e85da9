using BackOffice.Data.Cards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Persistence;

internal sealed class LostCardReportConfiguration : IEntityTypeConfiguration<LostCardReport>
{
    public void Configure(EntityTypeBuilder<LostCardReport> b)
    {
        // One report per card: two agents reporting at once cannot both succeed.
        b.HasIndex(r => r.CardId).IsUnique();
        b.HasIndex(r => r.ReportNo).IsUnique();
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => r.MemberId);
        b.Property(r => r.ReportNo).HasMaxLength(32);
        b.Property(r => r.ReportedById).HasMaxLength(64);
        b.Property(r => r.ReportedByName).HasMaxLength(100);
        b.Property(r => r.Notes).HasMaxLength(500);
        b.Property(r => r.Explanation).HasMaxLength(1000);
        b.Property(r => r.IdempotencyKey).HasMaxLength(100);
        b.HasOne(r => r.Card).WithMany().HasForeignKey(r => r.CardId);
        b.HasOne(r => r.Policy).WithMany().HasForeignKey(r => r.PolicyId);
    }
}

internal sealed class CardDesignConfiguration : IEntityTypeConfiguration<CardDesign>
{
    public void Configure(EntityTypeBuilder<CardDesign> b)
    {
        b.HasIndex(d => new { d.ProgramId, d.Name }).IsUnique();
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}

internal sealed class ReissueRequestConfiguration : IEntityTypeConfiguration<ReissueRequest>
{
    public void Configure(EntityTypeBuilder<ReissueRequest> b)
    {
        b.HasIndex(r => r.RequestNo).IsUnique();
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => r.OldCardId);
        b.HasIndex(r => new { r.Status, r.RequestedAt });
        b.Property(r => r.RequestNo).HasMaxLength(32);
        b.Property(r => r.FeeExplanation).HasMaxLength(500);
        b.Property(r => r.WaiverReason).HasMaxLength(500);
        b.Property(r => r.WaiverDecisionNote).HasMaxLength(500);
        b.Property(r => r.WaiverDecidedById).HasMaxLength(64);
        b.Property(r => r.WaiverDecidedByName).HasMaxLength(100);
        b.Property(r => r.RequestedById).HasMaxLength(64);
        b.Property(r => r.RequestedByName).HasMaxLength(100);
        b.Property(r => r.IdempotencyKey).HasMaxLength(100);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.OldCard).WithMany().HasForeignKey(r => r.OldCardId);
        b.HasOne(r => r.NewCard).WithMany().HasForeignKey(r => r.NewCardId);
        b.HasOne(r => r.Design).WithMany().HasForeignKey(r => r.DesignId);
        b.HasOne(r => r.Policy).WithMany().HasForeignKey(r => r.PolicyId);
    }
}

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

internal sealed class CardIntakeCaseConfiguration : IEntityTypeConfiguration<CardIntakeCase>
{
    public void Configure(EntityTypeBuilder<CardIntakeCase> b)
    {
        b.HasIndex(c => c.CaseNo).IsUnique();
        b.HasIndex(c => c.IdempotencyKey).IsUnique();
        b.HasIndex(c => new { c.Status, c.BalanceDueBy });
        b.HasIndex(c => c.CardId);
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
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Card).WithMany().HasForeignKey(c => c.CardId);
        b.HasOne(c => c.Policy).WithMany().HasForeignKey(c => c.PolicyId);
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
