using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Documents;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> b)
    {
        b.HasIndex(d => d.Number).IsUnique();
        b.HasIndex(d => d.IdempotencyKey).IsUnique();
        b.HasIndex(d => new { d.MemberId, d.IssuedAt });
        b.Property(d => d.Number).HasMaxLength(40);
        b.Property(d => d.Kind).HasMaxLength(40);
        b.Property(d => d.Title).HasMaxLength(100);
        b.Property(d => d.Subject).HasMaxLength(200);
        b.Property(d => d.Reason).HasMaxLength(200);
        b.Property(d => d.IssuedBy).HasMaxLength(100);
        b.Property(d => d.IssuedByName).HasMaxLength(100);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.RetentionRule).HasMaxLength(200);
        b.Property(d => d.FailureReason).HasMaxLength(1000);
        b.Property(d => d.IdempotencyKey).HasMaxLength(100);
        b.HasMany(d => d.Prints).WithOne(p => p.Document).HasForeignKey(p => p.DocumentId);
    }
}

internal sealed class DocumentPrintConfiguration : IEntityTypeConfiguration<DocumentPrint>
{
    public void Configure(EntityTypeBuilder<DocumentPrint> b)
    {
        b.HasIndex(p => new { p.DocumentId, p.PrintedAt });
        b.Property(p => p.PrintedBy).HasMaxLength(100);
        b.Property(p => p.PrintedByName).HasMaxLength(100);
        b.Property(p => p.Reason).HasMaxLength(200);
        b.Property(p => p.DownloadTokenHash).HasMaxLength(64);
        b.HasIndex(p => p.DownloadTokenHash);
    }
}
