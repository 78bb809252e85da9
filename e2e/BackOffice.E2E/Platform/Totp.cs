using System.Collections.Concurrent;
using System.Security.Cryptography;

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

    public static string Code(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var counter = at.ToUnixTimeSeconds() / 30;
        Span<byte> message = stackalloc byte[8];
        for (var i = 7; i >= 0; i--, counter >>= 8) message[i] = (byte)(counter & 0xff);
        var hash = HMACSHA1.HashData(Base32(base32Key), message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] Base32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
