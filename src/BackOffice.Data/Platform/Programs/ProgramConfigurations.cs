using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
    // Policy versions are small and never queried by these values: the citations and the channel rules are one JSON
    // text column each, the same on every provider. Enums as names, so a stored version stays readable. A row written
    // before the columns existed holds "" and reads as empty (ReferenceData then fills it from its preset).
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<ProgramPolicy> b)
    {
        b.HasIndex(p => new { p.ProgramId, p.Version }).IsUnique();
        b.HasOne(p => p.Program).WithMany(p => p.Policies).HasForeignKey(p => p.ProgramId);
        b.Property(p => p.Source).HasMaxLength(200);
        b.Property(p => p.IdempotencyKey).HasMaxLength(Idempotency.MaxKeyLength);
        b.HasIndex(p => p.IdempotencyKey).IsUnique();
        b.Property(p => p.Citations).HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => string.IsNullOrEmpty(v) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(v, Json) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => new Dictionary<string, string>(v)))
            .HasColumnName("CitationsJson");
        b.Property(p => p.RefundChannels).HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => string.IsNullOrEmpty(v) ? new List<RefundChannelRule>() : JsonSerializer.Deserialize<List<RefundChannelRule>>(v, Json) ?? new List<RefundChannelRule>(),
                new ValueComparer<List<RefundChannelRule>>(
                    (a, c) => a!.SequenceEqual(c!),
                    v => v.Aggregate(0, (h, r) => HashCode.Combine(h, r.GetHashCode())),
                    v => v.ToList()))
            .HasColumnName("RefundChannelsJson");
    }
}
