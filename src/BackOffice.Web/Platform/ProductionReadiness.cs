namespace BackOffice.Web.Platform;

/// <summary>
/// What a start outside Development refuses to run without (issue 10 item 6). Each check reads the configuration and
/// returns a problem (Korean, then English) or null. To add a check, append a function to <see cref="Checks"/>.
/// Program.cs runs them before anything is registered, migrated or served, and exits with code 2 on any problem.
/// </summary>
public static class ProductionReadiness
{
    public delegate string? Check(IConfiguration configuration);

    public static readonly Check[] Checks =
    [
        DemoDataDisabled,
        ServerDatabaseHasConnectionString,
        KeyProtectionConfigured,
        NumberKeysConfigured,
    ];

    public const int ExitCode = 2;

    /// <summary>The problems of this configuration; empty when it may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration) =>
        Checks.Select(check => check(configuration)).OfType<string>().ToList();

    /// <summary>Demo seeding at start (DemoData:Enabled) creates accounts with a published password.</summary>
    public static string? DemoDataDisabled(IConfiguration configuration) =>
        configuration.GetValue("DemoData:Enabled", false)
            ? "데모 데이터가 켜져 있습니다(DemoData:Enabled=true). 운영에서는 끄십시오. / Demo data is enabled (DemoData:Enabled=true); turn it off outside Development."
            : null;

    public static string? ServerDatabaseHasConnectionString(IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Sqlite) return null;
        return string.IsNullOrWhiteSpace(configuration["Database:ConnectionString"])
            ? $"{provider} 데이터베이스 연결 문자열(Database:ConnectionString)이 없습니다. / Database:ConnectionString is required for {provider}."
            : null;
    }

    /// <summary>The data-protection keys (cookies, antiforgery) must be encrypted with a certificate from configuration.</summary>
    public static string? KeyProtectionConfigured(IConfiguration configuration)
    {
        var path = configuration[KeyProtection.CertificatePathKey];
        var thumbprint = configuration[KeyProtection.CertificateThumbprintKey];
        if (!string.IsNullOrWhiteSpace(path))
        {
            return File.Exists(path)
                ? null
                : $"키 보호 인증서 파일이 없습니다: {path} ({KeyProtection.CertificatePathKey}). / The key-protection certificate file does not exist: {path}.";
        }
        return string.IsNullOrWhiteSpace(thumbprint)
            ? $"데이터 보호 키를 암호화할 인증서가 설정되지 않았습니다({KeyProtection.CertificatePathKey} + {KeyProtection.CertificatePasswordKey}, 또는 {KeyProtection.CertificateThumbprintKey}). / " +
              $"No certificate protects the data-protection keys: set {KeyProtection.CertificatePathKey} (+ {KeyProtection.CertificatePasswordKey}) or {KeyProtection.CertificateThumbprintKey}."
            : null;
    }

    /// <summary>Card and account numbers are stored encrypted (issue 10 item 10): the key ring must be configured and valid.</summary>
    public static string? NumberKeysConfigured(IConfiguration configuration) =>
        NumberProtectionOptions.Problems(configuration) is { Count: > 0 } problems
            ? string.Join(" ", problems) + " / Card and account numbers cannot be encrypted: configure NumberProtection (CurrentKeyId, Keys, HashKey)."
            : null;
}
