using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Ledger;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.HasIndex(a => new { a.MemberId, a.Kind });
        // One member account per member and kind (issue 10 item 9): the member-level accounts (no card) are unique per
        // (member, kind); a card's balance account is unique per card (a card has only the one kind of account).
        b.HasIndex(a => new { a.MemberId, a.Kind }, "IX_Accounts_MemberId_Kind_MemberLevel").IsUnique()
            .HasFilter(ProviderDifferences.Filter("CardId", "IS NULL") + " AND " + ProviderDifferences.Filter("MemberId", "IS NOT NULL"));
        b.HasIndex(a => a.CardId).IsUnique();
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
