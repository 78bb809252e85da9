using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackOffice.Data.Platform.Persistence;

/// <summary>Stores an instant as UTC ticks; reads it back as a UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
