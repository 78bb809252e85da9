using System.Collections.Concurrent;

namespace BackOffice.E2E.Platform;

/// <summary>
/// RFC 6238 TOTP (HMAC-SHA-1, 30-second steps, 6 digits), what an authenticator app shows, from a base32 key;
/// the demo accounts' fixed keys (README, <c>DemoStaff</c>) and the keys learned while enrolling test accounts.
/// </summary>
public static class Totp
{
    public static readonly IReadOnlyDictionary<string, string> DemoKeys = new Dictionary<string, string>
    {
        ["agent"] = "NDXBZRRIXWC7WHYIJXUHOQY4SZXA64JE",
        ["agent2"] = "MSIEXOFE6J4WA2UPJVSE27L4S436QBGE",
        ["supervisor"] = "PJUQKR5CSLYY2FPOGFHHRIMKDF6HZTWK",
        ["finance"] = "7MQXIR5YZIQ32RE4N3NQ6JK3VDS4SMTC",
        ["finance2"] = "2Q4UW7DMINONWA24EYBQ4YRDPJ7UO36A",
        ["compliance"] = "2EXQ3GSPDQQXWKJPCUDQ377A7Y4KTSDN",
        ["admin"] = "WTYROD5ATVXEJZ47KJGKLLLWWOMV5A5X",
        ["admin2"] = "JZY7POLJEOPIB7TEUAITKJYUC4EGPMIA",
    };

    /// <summary>Keys of accounts the tests enrolled (read off the enrolment page).</summary>
    public static readonly ConcurrentDictionary<string, string> Enrolled = new(StringComparer.OrdinalIgnoreCase);

    public static string? KeyOf(string user) =>
        Enrolled.TryGetValue(user, out var key) ? key : DemoKeys.TryGetValue(user, out key) ? key : null;

    /// <summary>The code an app shows now (the algorithm is the unit tests' own, compiled into this project too).</summary>
    public static string Code(string base32Key) => BackOffice.Tests.Support.Totp.Code(base32Key);

    public static string Code(string base32Key, DateTimeOffset at) => BackOffice.Tests.Support.Totp.Code(base32Key, at);
}
