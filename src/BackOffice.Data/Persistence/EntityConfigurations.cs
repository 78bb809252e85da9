using BackOffice.Data.Audit;
using BackOffice.Data.Calendar;
using BackOffice.Data.Cards;
using BackOffice.Data.Ledger;
using BackOffice.Data.Members;
using BackOffice.Data.Programs;
using BackOffice.Data.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Persistence;

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

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.HasIndex(m => m.MemberNo).IsUnique();
        b.HasIndex(m => m.Phone);
        b.HasIndex(m => m.Name);
        b.Property(m => m.MemberNo).HasMaxLength(16);
        b.Property(m => m.Name).HasMaxLength(50);
        b.Property(m => m.Phone).HasMaxLength(16);
        b.Property(m => m.Email).HasMaxLength(100);
        b.Property(m => m.Address).HasMaxLength(200);
        b.Property(m => m.BankName).HasMaxLength(50);
        b.Property(m => m.BankAccountNumber).HasMaxLength(32);
        b.Property(m => m.BankAccountHolder).HasMaxLength(50);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.HasOwnNameBankAccount);
    }
}

internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> b)
    {
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => c.Last4);
        b.Property(c => c.Number).HasMaxLength(CardNumber.Length);
        b.Property(c => c.Last4).HasMaxLength(4);
        b.Property(c => c.Design).HasMaxLength(50);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Member).WithMany(m => m.Cards).HasForeignKey(c => c.MemberId);
        b.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId);
        b.HasOne(c => c.ReplacesCard).WithMany().HasForeignKey(c => c.ReplacesCardId);
        b.Ignore(c => c.Masked);
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.HasIndex(a => new { a.MemberId, a.Kind });
        b.HasIndex(a => a.CardId);
        b.HasIndex(a => a.SystemCode).IsUnique();
        b.Property(a => a.SystemCode).HasMaxLength(64);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.MemberId);
        b.HasOne(a => a.Card).WithMany().HasForeignKey(a => a.CardId);
        b.Ignore(a => a.IsMemberMoney);
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.HasIndex(e => e.IdempotencyKey).IsUnique();
        b.HasIndex(e => e.OccurredAt);
        b.Property(e => e.IdempotencyKey).HasMaxLength(100);
        b.Property(e => e.Actor).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(100);
        b.Property(e => e.Reference).HasMaxLength(100);
        b.Property(e => e.Description).HasMaxLength(200);
        b.HasOne(e => e.Merchant).WithMany().HasForeignKey(e => e.MerchantId);
    }
}

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> b)
    {
        // Keyset paging of an account's history walks (AccountId, JournalEntryId).
        b.HasIndex(p => new { p.AccountId, p.JournalEntryId });
        b.HasOne(p => p.JournalEntry).WithMany(e => e.Postings).HasForeignKey(p => p.JournalEntryId);
        b.HasOne(p => p.Account).WithMany().HasForeignKey(p => p.AccountId);
    }
}

internal sealed class MerchantConfiguration : IEntityTypeConfiguration<Merchant>
{
    public void Configure(EntityTypeBuilder<Merchant> b)
    {
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.Category).HasMaxLength(50);
        b.Property(m => m.District).HasMaxLength(50);
    }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> b)
    {
        b.HasIndex(h => h.Date).IsUnique();
        b.Property(h => h.Name).HasMaxLength(50);
    }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.MemberId, a.At });
        b.Property(a => a.ActorId).HasMaxLength(64);
        b.Property(a => a.ActorName).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Reason).HasMaxLength(500);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b) => b.Property(u => u.DisplayName).HasMaxLength(50);
}
