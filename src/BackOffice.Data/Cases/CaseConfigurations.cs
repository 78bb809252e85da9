using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Cases;

internal sealed class ServiceCaseConfiguration : IEntityTypeConfiguration<ServiceCase>
{
    public void Configure(EntityTypeBuilder<ServiceCase> b)
    {
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => c.IdempotencyKey).IsUnique();
        b.Property(c => c.IdempotencyKey).HasMaxLength(100);
        b.HasIndex(c => new { c.Status, c.DueOn });
        b.HasIndex(c => c.MemberId);
        b.HasIndex(c => c.AssigneeId);
        b.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Links).WithOne().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Number).HasMaxLength(32);
        b.Property(c => c.Subject).HasMaxLength(200).HasLabel("제목");
        b.Property(c => c.Description).HasMaxLength(4000).HasLabel("내용");
        b.Property(c => c.OpenedById).HasMaxLength(64);
        b.Property(c => c.OpenedByName).HasMaxLength(100);
        b.Property(c => c.AssigneeId).HasMaxLength(64);
        b.Property(c => c.AssigneeName).HasMaxLength(100);
        b.Property(c => c.ClockRuleKey).HasMaxLength(60);
        b.Property(c => c.DueDerivation).HasMaxLength(1000);
        b.Property(c => c.DelayReason).HasMaxLength(500).HasLabel("지연 사유");
        b.Property(c => c.Resolution).HasMaxLength(4000).HasLabel("처리 결과");
        b.Property(c => c.ClosedById).HasMaxLength(64);
        b.Property(c => c.ClosedByName).HasMaxLength(100);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.HasIndex(e => new { e.CaseId, e.At });
        b.Property(e => e.Kind).HasMaxLength(40);
        b.Property(e => e.ActorId).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.Text).HasMaxLength(2000).HasLabel("내용");
    }
}

internal sealed class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> b)
    {
        b.HasIndex(l => l.CardId);
        b.HasIndex(l => l.JournalEntryId);
    }
}

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        b.HasIndex(a => a.CaseId);
        b.HasOne<ServiceCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.FileName).HasMaxLength(200).HasLabel("파일 이름");
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.AddedById).HasMaxLength(64);
        b.Property(a => a.AddedByName).HasMaxLength(100);
    }
}

internal sealed class CasePauseConfiguration : IEntityTypeConfiguration<CasePause>
{
    public void Configure(EntityTypeBuilder<CasePause> b)
    {
        b.HasIndex(p => p.CaseId);
        b.HasOne<ServiceCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Reason).HasMaxLength(500).HasLabel("정지 사유");
        b.Property(p => p.ActorId).HasMaxLength(64);
        b.Property(p => p.ActorName).HasMaxLength(100);
        b.Property(p => p.ResumedById).HasMaxLength(64);
        b.Property(p => p.ResumedByName).HasMaxLength(100);
    }
}

internal sealed class CaseAdjustmentConfiguration : IEntityTypeConfiguration<CaseAdjustment>
{
    public void Configure(EntityTypeBuilder<CaseAdjustment> b)
    {
        b.HasIndex(a => a.CaseId);
        b.HasIndex(a => a.IdempotencyKey).IsUnique();
        b.HasOne<ServiceCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Reason).HasMaxLength(500);
        b.Property(a => a.ProposedById).HasMaxLength(64);
        b.Property(a => a.ProposedByName).HasMaxLength(100);
        b.Property(a => a.DecidedById).HasMaxLength(64);
        b.Property(a => a.DecidedByName).HasMaxLength(100);
        b.Property(a => a.RefusalReason).HasMaxLength(500);
        b.Property(a => a.IdempotencyKey).HasMaxLength(100);
        b.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class FraudClaimAssessmentConfiguration : IEntityTypeConfiguration<FraudClaimAssessment>
{
    public void Configure(EntityTypeBuilder<FraudClaimAssessment> b)
    {
        b.HasIndex(a => a.CaseId).IsUnique();
        b.HasOne<ServiceCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Calculation).HasMaxLength(2000);
        b.Property(a => a.AssessedById).HasMaxLength(64);
        b.Property(a => a.AssessedByName).HasMaxLength(100);
    }
}

internal sealed class PaperStatementMailingConfiguration : IEntityTypeConfiguration<PaperStatementMailing>
{
    public void Configure(EntityTypeBuilder<PaperStatementMailing> b)
    {
        b.HasIndex(m => m.CaseId);
        b.HasOne<ServiceCase>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.DocumentNumber).HasMaxLength(32);
        b.Property(m => m.MailingReference).HasMaxLength(100).HasLabel("발송 정보");
        b.Property(m => m.MailedById).HasMaxLength(64);
        b.Property(m => m.MailedByName).HasMaxLength(100);
    }
}
