using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.LostCards;

internal sealed class LostCardReportConfiguration : IEntityTypeConfiguration<LostCardReport>
{
    public void Configure(EntityTypeBuilder<LostCardReport> b)
    {
        // One report per card: two agents reporting at once cannot both succeed.
        // Not unique: a card that was found again (CardRecovery) may be reported lost again; the card's version guards races.
        b.HasIndex(r => r.CardId);
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
