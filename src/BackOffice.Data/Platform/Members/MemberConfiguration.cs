using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.HasIndex(m => m.MemberNo).IsUnique();
        b.HasIndex(m => m.Phone);
        // (Name, MemberNo), not Name alone (issue 16, migration SearchIndexes): a name search's first page in member-number
        // order is read straight from the index instead of sorting every member who shares the name.
        b.HasIndex(m => new { m.Name, m.MemberNo });
        b.Property(m => m.MemberNo).HasMaxLength(16);
        b.Property(m => m.Name).HasMaxLength(50);
        b.Property(m => m.Phone).HasMaxLength(16);
        b.Property(m => m.Email).HasMaxLength(100);
        b.Property(m => m.Address).HasMaxLength(200);
        b.Property(m => m.BankName).HasMaxLength(50);
        b.Property(m => m.BankAccountCipher).HasMaxLength(NumberColumns.CipherLength);
        b.Property(m => m.BankAccountLast4).HasMaxLength(4);
        // Legacy clear column, kept only so NumberConversion can encrypt rows from before issue 10; always NULL after it.
        b.Property<string?>(NumberColumns.LegacyBankAccount).HasMaxLength(32);
        b.Property(m => m.BankAccountHolder).HasMaxLength(50);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.HasOwnNameBankAccount);
    }
}
