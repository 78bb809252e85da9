using Microsoft.Extensions.Configuration;

namespace BackOffice.Data.Platform.Protection;

/// <summary>
/// The keys for card and bank account numbers at rest (configuration section <c>NumberProtection</c>):
/// <c>CurrentKeyId</c> names the key new values are encrypted with, <c>Keys:{id}</c> holds every key still needed to
/// decrypt (base64, 32 bytes each), <c>HashKey</c> (base64, 32 bytes) keys the HMAC-SHA-256 search hash.
/// </summary>
public sealed class NumberProtectionOptions
{
    public const string Section = "NumberProtection";

    public string CurrentKeyId { get; set; } = "";
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
    public string HashKey { get; set; } = "";

    /// <summary>
    /// DEVELOPMENT AND TESTS ONLY: fixed, published keys (the same as appsettings.Development.json). Anything
    /// encrypted with them is readable by anyone with this source code.
    /// </summary>
    public static NumberProtectionOptions Development() => new()
    {
        CurrentKeyId = "dev1",
        Keys = new(StringComparer.Ordinal) { ["dev1"] = "ZGV2ZWxvcG1lbnQtb25seS1jYXJkLWtleS0wMDAwMDE=" },
        HashKey = "ZGV2ZWxvcG1lbnQtb25seS1oYXNoLWtleS0wMDAwMDE=",
    };

    public static NumberProtectionOptions From(IConfiguration configuration)
    {
        var options = new NumberProtectionOptions();
        var section = configuration.GetSection(Section);
        options.CurrentKeyId = section["CurrentKeyId"] ?? "";
        options.HashKey = section["HashKey"] ?? "";
        foreach (var key in section.GetSection("Keys").GetChildren())
            if (key.Value is { } value) options.Keys[key.Key] = value;
        return options;
    }

    /// <summary>What is wrong with the configured keys, in Korean; empty when the portal can start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration) => From(configuration).Problems();

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(CurrentKeyId))
            problems.Add($"{Section}:CurrentKeyId 가 설정되지 않았습니다 (카드·계좌번호 암호화 키 ID).");
        else if (!Keys.ContainsKey(CurrentKeyId))
            problems.Add($"{Section}:Keys:{CurrentKeyId} 가 없습니다 (현재 키 ID의 암호화 키).");
        foreach (var (id, value) in Keys)
        {
            if (!NumberKeyRing.IsValidKeyId(id)) problems.Add($"{Section}:Keys:{id} 의 키 ID는 영문, 숫자, '-', '_'로 32자 이하여야 합니다.");
            if (Decode(value) is not { Length: 32 }) problems.Add($"{Section}:Keys:{id} 는 base64로 인코딩한 32바이트 키여야 합니다.");
        }
        if (Decode(HashKey) is not { Length: 32 })
            problems.Add($"{Section}:HashKey 는 base64로 인코딩한 32바이트 키여야 합니다 (검색용 HMAC 키).");
        else if (Keys.Values.Any(k => k == HashKey))
            problems.Add($"{Section}:HashKey 는 암호화 키와 달라야 합니다.");
        return problems;
    }

    internal static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64)) return null;
        try { return Convert.FromBase64String(base64); }
        catch (FormatException) { return null; }
    }
}
