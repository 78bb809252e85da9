using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Credits;

internal sealed class CreditTopUpConfiguration : IEntityTypeConfiguration<CreditTopUp>
{
    public void Configure(EntityTypeBuilder<CreditTopUp> b)
    {
        b.HasIndex(t => t.Number).IsUnique();
        b.HasIndex(t => t.GatewayTransactionId).IsUnique();
        b.HasIndex(t => t.IdempotencyKey).IsUnique();
        b.HasIndex(t => new { t.MemberId, t.RequestedAt });
        // The auto-cancel job reads the virtual accounts still waiting, by their cancel instant.
        b.HasIndex(t => new { t.Status, t.CancelsAt });
        b.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CardProgram>().WithMany().HasForeignKey(t => t.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Number).HasMaxLength(32);
        b.Property(t => t.GatewayTransactionId).HasMaxLength(64).HasLabel("PG 거래번호");
        b.Property(t => t.Institution).HasMaxLength(50).HasLabel("카드사·은행");
        b.Property(t => t.ApprovalNumber).HasMaxLength(32).HasLabel("승인번호");
        b.Property(t => t.VirtualAccountNumber).HasMaxLength(32).HasLabel("가상계좌번호");
        b.Property(t => t.DeadlineRule).HasMaxLength(500);
        b.Property(t => t.ReturnReason).HasMaxLength(300).HasLabel("반송·취소 사유");
        b.Property(t => t.IdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
        b.Property(t => t.Version).IsConcurrencyToken();
    }
}

internal sealed class TopUpEventConfiguration : IEntityTypeConfiguration<TopUpEvent>
{
    public void Configure(EntityTypeBuilder<TopUpEvent> b)
    {
        b.HasIndex(e => new { e.TopUpId, e.At });
        b.HasOne<CreditTopUp>().WithMany().HasForeignKey(e => e.TopUpId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.Text).HasMaxLength(500).HasLabel("내용");
        b.Property(e => e.Source).HasMaxLength(200);
    }
}

internal sealed class PaymentImportConfiguration : IEntityTypeConfiguration<PaymentImport>
{
    public void Configure(EntityTypeBuilder<PaymentImport> b)
    {
        b.HasIndex(i => new { i.Kind, i.Sha256 }).IsUnique();
        b.Property(i => i.FileName).HasMaxLength(200).HasLabel("파일 이름");
        b.Property(i => i.Sha256).HasMaxLength(64);
        b.Property(i => i.ImportedById).HasMaxLength(64);
        b.Property(i => i.ImportedByName).HasMaxLength(100);
        b.Property(i => i.RejectedRows).HasMaxLength(20_000);
    }
}

internal sealed class EvidenceDocumentRequestConfiguration : IEntityTypeConfiguration<EvidenceDocumentRequest>
{
    public void Configure(EntityTypeBuilder<EvidenceDocumentRequest> b)
    {
        b.HasIndex(r => new { r.TopUpId, r.Kind });
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasOne<CreditTopUp>().WithMany().HasForeignKey(r => r.TopUpId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.RequestedById).HasMaxLength(64);
        b.Property(r => r.RequestedByName).HasMaxLength(100);
        b.Property(r => r.Rule).HasMaxLength(300);
        b.Property(r => r.Note).HasMaxLength(500).HasLabel("메모");
        b.Property(r => r.IdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
    }
}
