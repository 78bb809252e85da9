using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Cards;

internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> b)
    {
        b.HasIndex(c => c.NumberHash).IsUnique();
        b.HasIndex(c => c.Last4);
        b.Property(c => c.NumberCipher).HasMaxLength(NumberColumns.CipherLength);
        b.Property(c => c.NumberHash).HasMaxLength(NumberColumns.HashLength);
        // Legacy clear column, kept only so NumberConversion can encrypt rows from before issue 10; always NULL after it.
        b.Property<string?>(NumberColumns.LegacyCardNumber).HasMaxLength(CardNumber.Length);
        b.Property(c => c.Last4).HasMaxLength(4);
        b.Property(c => c.Design).HasMaxLength(50);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Member).WithMany(m => m.Cards).HasForeignKey(c => c.MemberId);
        b.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId);
        b.HasOne(c => c.ReplacesCard).WithMany().HasForeignKey(c => c.ReplacesCardId);
        b.Ignore(c => c.Masked);
    }
}

internal sealed class CardDesignConfiguration : IEntityTypeConfiguration<CardDesign>
{
    public void Configure(EntityTypeBuilder<CardDesign> b)
    {
        b.HasIndex(d => new { d.ProgramId, d.Name }).IsUnique();
        b.Property(d => d.Name).HasMaxLength(50);
        b.Property(d => d.Version).IsConcurrencyToken();
    }
}
