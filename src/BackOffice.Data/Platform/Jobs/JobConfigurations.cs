using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Jobs;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.HasIndex(r => new { r.JobName, r.StartedAt });
        b.Property(r => r.JobName).HasMaxLength(100);
        b.Property(r => r.Message).HasMaxLength(1000);
        b.Property(r => r.Server).HasMaxLength(200);
        b.Property(r => r.StartedByName).HasMaxLength(100);
    }
}

internal sealed class LedgerCheckRunConfiguration : IEntityTypeConfiguration<LedgerCheckRun>
{
    public void Configure(EntityTypeBuilder<LedgerCheckRun> b)
    {
        b.HasIndex(r => r.RanAt);
        b.Property(r => r.Summary).HasMaxLength(1000);
    }
}

internal sealed class StaffAlertConfiguration : IEntityTypeConfiguration<StaffAlert>
{
    public void Configure(EntityTypeBuilder<StaffAlert> b)
    {
        b.HasIndex(a => new { a.Source, a.ResolvedAt });
        b.Property(a => a.Source).HasMaxLength(100);
        b.Property(a => a.Permission).HasConversion<string>().HasMaxLength(50);
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Message).HasMaxLength(1000);
    }
}
