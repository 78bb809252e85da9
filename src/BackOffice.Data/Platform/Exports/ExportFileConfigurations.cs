using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Exports;

internal sealed class ExportFileConfiguration : IEntityTypeConfiguration<ExportFile>
{
    public void Configure(EntityTypeBuilder<ExportFile> b)
    {
        b.HasIndex(f => new { f.Status, f.RequestedAt });
        b.HasIndex(f => new { f.RequestedBy, f.RequestedAt });
        b.Property(f => f.Kind).HasMaxLength(60);
        b.Property(f => f.Title).HasMaxLength(100);
        b.Property(f => f.Parameters).HasMaxLength(2000);
        b.Property(f => f.RequestedBy).HasMaxLength(100);
        b.Property(f => f.RequestedByName).HasMaxLength(100);
        b.Property(f => f.RequestedRoles).HasMaxLength(200);
        b.Property(f => f.Reason).HasMaxLength(200);
        b.Property(f => f.RunnerId).HasMaxLength(200);
        b.Property(f => f.Stage).HasMaxLength(200);
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.FailureReason).HasMaxLength(1000);
    }
}

internal sealed class ExportFileChunkConfiguration : IEntityTypeConfiguration<ExportFileChunk>
{
    public void Configure(EntityTypeBuilder<ExportFileChunk> b)
    {
        b.HasIndex(c => new { c.FileId, c.Index }).IsUnique();
        b.HasOne<ExportFile>().WithMany().HasForeignKey(c => c.FileId);
    }
}
