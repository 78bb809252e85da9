using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Tests.Support;

/// <summary>Fake clocks set in Korea time, the zone every business rule is stated in.</summary>
public static class KstClock
{
    public static FakeTimeProvider At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(9)));
}
