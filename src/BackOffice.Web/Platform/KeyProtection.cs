using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace BackOffice.Web.Platform;

/// <summary>
/// The data-protection key ring (auth cookies, antiforgery tokens) lives in the database, shared by every server, and
/// each key is encrypted with a certificate from configuration: <c>DataProtection:CertificatePath</c> (a PFX) with
/// <c>DataProtection:CertificatePassword</c>, or <c>DataProtection:CertificateThumbprint</c> (a certificate with its
/// private key in the CurrentUser or LocalMachine "My" store). Outside Development a start without one is refused
/// (<see cref="ProductionReadiness"/>). In Development without one, a self-signed development certificate is created in
/// the data folder (<c>dataprotection-dev.pfx</c>), so Development runs the same encrypted code path as production.
/// </summary>
public static class KeyProtection
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";
    public const string CertificateThumbprintKey = "DataProtection:CertificateThumbprint";
    public const string DevelopmentCertificateFile = "dataprotection-dev.pfx";

    public static IServiceCollection AddPortalDataProtection(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("BackOffice")
            .PersistKeysToDbContext<AppDbContext>();
        var path = configuration[CertificatePathKey];
        var thumbprint = configuration[CertificateThumbprintKey];
        if (!string.IsNullOrWhiteSpace(path))
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey], X509KeyStorageFlags.DefaultKeySet));
        else if (!string.IsNullOrWhiteSpace(thumbprint))
            builder.ProtectKeysWithCertificate(thumbprint);
        else if (environment.IsDevelopment())
            builder.ProtectKeysWithCertificate(DevelopmentCertificate(database.ResolvedDataFolder()));
        else
            throw new InvalidOperationException("No key-protection certificate is configured (ProductionReadiness should have refused the start).");
        return services;
    }

    /// <summary>The development certificate in the data folder, created on first use (never for production).</summary>
    public static X509Certificate2 DevelopmentCertificate(string dataFolder)
    {
        var file = Path.Combine(dataFolder, DevelopmentCertificateFile);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(dataFolder);
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=BackOffice development data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(20));
            File.WriteAllBytes(file, certificate.Export(X509ContentType.Pkcs12));
        }
        return X509CertificateLoader.LoadPkcs12FromFile(file, null, X509KeyStorageFlags.DefaultKeySet);
    }
}
