using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.MemberLifecycle;

internal sealed class MemberWithdrawalConfiguration : IEntityTypeConfiguration<MemberWithdrawal>
{
    public void Configure(EntityTypeBuilder<MemberWithdrawal> b)
    {
        b.HasIndex(w => w.MemberId).IsUnique();
        b.HasIndex(w => w.IdempotencyKey).IsUnique();
        b.HasOne<Member>().WithMany().HasForeignKey(w => w.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.Property(w => w.RefundRequestNo).HasMaxLength(32);
        b.Property(w => w.ConsentText).HasMaxLength(MemberLifecycleRules.MaxConsent).HasLabel("동의 내용");
        b.Property(w => w.Reason).HasMaxLength(MemberLifecycleRules.MaxReason);
        b.Property(w => w.WithdrawnById).HasMaxLength(64);
        b.Property(w => w.WithdrawnByName).HasMaxLength(100);
        b.Property(w => w.IdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
    }
}

internal sealed class MemberSuspensionConfiguration : IEntityTypeConfiguration<MemberSuspension>
{
    public void Configure(EntityTypeBuilder<MemberSuspension> b)
    {
        b.HasIndex(s => s.MemberId);
        b.HasIndex(s => s.IdempotencyKey).IsUnique();
        b.HasIndex(s => s.LiftIdempotencyKey).IsUnique();
        b.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Reason).HasMaxLength(MemberLifecycleRules.MaxReason);
        b.Property(s => s.LiftReason).HasMaxLength(MemberLifecycleRules.MaxReason).HasLabel("해제 사유");
        b.Property(s => s.SuspendedCardIds).HasMaxLength(2000);
        b.Property(s => s.SuspendedById).HasMaxLength(64);
        b.Property(s => s.SuspendedByName).HasMaxLength(100);
        b.Property(s => s.LiftedById).HasMaxLength(64);
        b.Property(s => s.LiftedByName).HasMaxLength(100);
        b.Property(s => s.IdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
        b.Property(s => s.LiftIdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
        b.Ignore(s => s.CardIds);
    }
}

internal sealed class CardRecoveryConfiguration : IEntityTypeConfiguration<CardRecovery>
{
    public void Configure(EntityTypeBuilder<CardRecovery> b)
    {
        b.HasIndex(r => r.LostCardReportId).IsUnique(); // a report is recovered once
        b.HasIndex(r => r.CardId);
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasOne<Card>().WithMany().HasForeignKey(r => r.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LostCardReport>().WithMany().HasForeignKey(r => r.LostCardReportId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ReportNo).HasMaxLength(32);
        b.Property(r => r.RecoveredById).HasMaxLength(64);
        b.Property(r => r.RecoveredByName).HasMaxLength(100);
        b.Property(r => r.Notes).HasMaxLength(MemberLifecycleRules.MaxReason);
        b.Property(r => r.Explanation).HasMaxLength(1000);
        b.Property(r => r.IdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
    }
}
