using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Programs;

internal sealed class CardProgramConfiguration : IEntityTypeConfiguration<CardProgram>
{
    public void Configure(EntityTypeBuilder<CardProgram> b)
    {
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Code).HasMaxLength(32);
        b.Property(p => p.Name).HasMaxLength(100);
    }
}

internal sealed class ProgramPolicyConfiguration : IEntityTypeConfiguration<ProgramPolicy>
{
    public void Configure(EntityTypeBuilder<ProgramPolicy> b)
    {
        b.HasIndex(p => new { p.ProgramId, p.Version }).IsUnique();
        b.HasOne(p => p.Program).WithMany(p => p.Policies).HasForeignKey(p => p.ProgramId);
        b.Property(p => p.Source).HasMaxLength(200);
    }
}
