using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Data.Platform.Protection;

/// <summary>Column sizes and the legacy clear columns of the numbers at rest.</summary>
public static class NumberColumns
{
    /// <summary>"{keyId}:" + base64 of 12 + up to 32 + 16 bytes fits easily.</summary>
    public const int CipherLength = 200;
    public const int HashLength = 64;
    /// <summary>Cards.Number before issue 10: a shadow property, NULL once converted.</summary>
    public const string LegacyCardNumber = "Number";
    /// <summary>Members.BankAccountNumber and RefundRequests.BankAccountNumber before issue 10.</summary>
    public const string LegacyBankAccount = "BankAccountNumber";

    /// <summary>The key ring from the <c>NumberProtection</c> configuration; resolving it fails with the Korean problems when the keys are missing.</summary>
    public static IServiceCollection AddNumberProtection(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(_ => new NumberKeyRing(NumberProtectionOptions.From(configuration)));

    public static IServiceCollection AddNumberProtection(this IServiceCollection services, NumberProtectionOptions options) =>
        services.AddSingleton(_ => new NumberKeyRing(options));
}
