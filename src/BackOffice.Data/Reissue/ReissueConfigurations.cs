using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Reissue;

internal sealed class ReissueRequestConfiguration : IEntityTypeConfiguration<ReissueRequest>
{
    public void Configure(EntityTypeBuilder<ReissueRequest> b)
    {
        b.HasIndex(r => r.RequestNo).IsUnique();
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => r.OldCardId);
        // One open request (awaiting the fee-waiver decision) per card, on every provider (issue 10 item 9); the service
        // checks first, and a parallel filing that loses the race retries into that check's refusal.
        b.HasIndex(r => r.OldCardId, "IX_ReissueRequests_OldCardId_Open").IsUnique()
            .HasFilter(ProviderDifferences.Filter("Status", "= " + (int)ReissueStatus.AwaitingWaiverApproval));
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
