using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Data.Platform.Notices;

internal sealed class NoticeMessageConfiguration : IEntityTypeConfiguration<NoticeMessage>
{
    public void Configure(EntityTypeBuilder<NoticeMessage> b)
    {
        b.HasIndex(m => m.DedupeKey).IsUnique();
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => m.MemberId);
        b.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId);
        b.Property(m => m.TemplateKey).HasMaxLength(40);
        b.Property(m => m.Recipient).HasMaxLength(100);
        b.Property(m => m.Subject).HasMaxLength(200);
        b.Property(m => m.Body).HasMaxLength(4000);
        b.Property(m => m.EventRef).HasMaxLength(40);
        b.Property(m => m.DedupeKey).HasMaxLength(100);
        b.Property(m => m.ClaimToken).HasMaxLength(40);
        b.Property(m => m.LastError).HasMaxLength(500);
        b.Property(m => m.ProviderMessageId).HasMaxLength(200);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasMany(m => m.AttemptLog).WithOne(a => a.Message).HasForeignKey(a => a.MessageId);
    }
}

internal sealed class NoticeAttemptConfiguration : IEntityTypeConfiguration<NoticeAttempt>
{
    public void Configure(EntityTypeBuilder<NoticeAttempt> b)
    {
        b.HasIndex(a => new { a.MessageId, a.Number }).IsUnique();
        b.Property(a => a.Error).HasMaxLength(500);
        b.Property(a => a.ProviderMessageId).HasMaxLength(200);
    }
}

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> b)
    {
        b.HasIndex(t => new { t.Key, t.Channel, t.Version }).IsUnique();
        b.Property(t => t.Key).HasMaxLength(40);
        b.Property(t => t.Subject).HasMaxLength(200);
        b.Property(t => t.Body).HasMaxLength(4000);
    }
}
