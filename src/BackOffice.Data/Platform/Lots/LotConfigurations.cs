using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Lots;

internal sealed class ValueLotConfiguration : IEntityTypeConfiguration<ValueLot>
{
    public void Configure(EntityTypeBuilder<ValueLot> b)
    {
        // Use and the member page read a member's open lots oldest first; the expiry runs read them by day.
        b.HasIndex(l => new { l.AccountId, l.State, l.AcquiredAt });
        b.HasIndex(l => new { l.MemberId, l.Kind, l.State });
        b.HasIndex(l => new { l.Kind, l.State, l.ExpiresOn });
        b.HasIndex(l => l.SourceEntryId).IsUnique();
        b.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CardProgram>().WithMany().HasForeignKey(l => l.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.SourceEntry).WithMany().HasForeignKey(l => l.SourceEntryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(l => l.ExpiryRule).HasMaxLength(500);
        b.Property(l => l.Source).HasMaxLength(100);
        b.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class LotMovementConfiguration : IEntityTypeConfiguration<LotMovement>
{
    public void Configure(EntityTypeBuilder<LotMovement> b)
    {
        b.HasIndex(m => new { m.LotId, m.At });
        b.HasIndex(m => m.JournalEntryId);
        b.HasOne(m => m.Lot).WithMany().HasForeignKey(m => m.LotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.JournalEntry).WithMany().HasForeignKey(m => m.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
