using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Refunds;

internal sealed class RefundRequestConfiguration : IEntityTypeConfiguration<RefundRequest>
{
    public void Configure(EntityTypeBuilder<RefundRequest> b)
    {
        b.HasIndex(r => r.RequestNo).IsUnique();
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => new { r.Status, r.DueBy });
        b.HasIndex(r => r.MemberId);
        b.HasIndex(r => r.CardId);
        b.HasIndex(r => r.ChargeEntryId);
        b.HasIndex(r => r.BatchId);
        b.Property(r => r.RequestNo).HasMaxLength(32);
        b.Property(r => r.IntakeCaseNo).HasMaxLength(32);
        b.Property(r => r.Explanation).HasMaxLength(1000);
        b.Property(r => r.Note).HasMaxLength(500);
        b.Property(r => r.RequestedById).HasMaxLength(64);
        b.Property(r => r.RequestedByName).HasMaxLength(100);
        b.Property(r => r.BankName).HasMaxLength(50);
        b.Property(r => r.BankAccountCipher).HasMaxLength(NumberColumns.CipherLength);
        b.Property(r => r.BankAccountLast4).HasMaxLength(4);
        // Legacy clear column, kept only so NumberConversion can encrypt rows from before issue 10; always NULL after it.
        b.Property<string?>(NumberColumns.LegacyBankAccount).HasMaxLength(32);
        b.Property(r => r.BankAccountHolder).HasMaxLength(50);
        b.Property(r => r.DueRule).HasMaxLength(300);
        b.Property(r => r.ApprovalRule).HasMaxLength(300);
        b.Property(r => r.FinanceApprovedById).HasMaxLength(64);
        b.Property(r => r.FinanceApprovedByName).HasMaxLength(100);
        b.Property(r => r.SupervisorApprovedById).HasMaxLength(64);
        b.Property(r => r.SupervisorApprovedByName).HasMaxLength(100);
        b.Property(r => r.RejectedById).HasMaxLength(64);
        b.Property(r => r.RejectedByName).HasMaxLength(100);
        b.Property(r => r.RejectionReason).HasMaxLength(500);
        b.Property(r => r.FailureReason).HasMaxLength(500);
        b.Property(r => r.SettledByName).HasMaxLength(100);
        b.Property(r => r.FollowUpNote).HasMaxLength(500);
        b.Property(r => r.FollowUpClosedByName).HasMaxLength(100);
        b.Property(r => r.IdempotencyKey).HasMaxLength(100);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Card).WithMany().HasForeignKey(r => r.CardId);
        b.HasOne(r => r.Policy).WithMany().HasForeignKey(r => r.PolicyId);
        b.HasOne(r => r.Batch).WithMany(x => x.Items).HasForeignKey(r => r.BatchId);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId);
    }
}

internal sealed class PayoutBatchConfiguration : IEntityTypeConfiguration<PayoutBatch>
{
    public void Configure(EntityTypeBuilder<PayoutBatch> b)
    {
        b.HasIndex(x => x.BatchNo).IsUnique();
        b.HasIndex(x => new { x.Status, x.CreatedAt });
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.Property(x => x.BatchNo).HasMaxLength(32);
        b.Property(x => x.IdempotencyKey).HasMaxLength(100);
        b.Property(x => x.CreatedById).HasMaxLength(64);
        b.Property(x => x.CreatedByName).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.TransferFileSha256).HasMaxLength(64);
    }
}
