using Microsoft.AspNetCore.Identity;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>
/// Development-only staff accounts, one per role (listed in the README). Each has a FIXED authenticator (TOTP)
/// key, also listed in the README, so people and the end-to-end tests can sign in with MFA.
/// </summary>
public static class DemoStaff
{
    public const string Password = "backoffice-demo-2026";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string[] Roles, string TotpKey)> Accounts =
    [
        ("agent", "김상담", [StaffRoles.Agent], "NDXBZRRIXWC7WHYIJXUHOQY4SZXA64JE"),
        ("agent2", "이상담", [StaffRoles.Agent], "MSIEXOFE6J4WA2UPJVSE27L4S436QBGE"),
        ("supervisor", "박팀장", [StaffRoles.Supervisor, StaffRoles.Agent], "PJUQKR5CSLYY2FPOGFHHRIMKDF6HZTWK"),
        ("finance", "최재무", [StaffRoles.Finance], "7MQXIR5YZIQ32RE4N3NQ6JK3VDS4SMTC"),
        ("finance2", "정재무", [StaffRoles.Finance], "2Q4UW7DMINONWA24EYBQ4YRDPJ7UO36A"),
        ("compliance", "한준법", [StaffRoles.Compliance], "2EXQ3GSPDQQXWKJPCUDQ377A7Y4KTSDN"),
        ("admin", "윤관리", [StaffRoles.Admin], "WTYROD5ATVXEJZ47KJGKLLLWWOMV5A5X"),
        ("admin2", "서관리", [StaffRoles.Admin], "JZY7POLJEOPIB7TEUAITKJYUC4EGPMIA"),
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        foreach (var (userName, displayName, roles, totpKey) in Accounts)
        {
            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                user = new StaffUser { UserName = userName, DisplayName = displayName, CreatedAt = clock.GetUtcNow() };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                await users.AddToRolesAsync(user, roles);
            }
            await EnsureAuthenticatorAsync(scope.ServiceProvider, users, user, totpKey);
        }
    }

    /// <summary>Gives an account a known authenticator key and turns MFA on (demo accounts, tests).</summary>
    public static async Task EnsureAuthenticatorAsync(IServiceProvider scoped, UserManager<StaffUser> users, StaffUser user, string key)
    {
        if (user.TwoFactorEnabled && await users.GetAuthenticatorKeyAsync(user) == key) return;
        var store = (IUserAuthenticatorKeyStore<StaffUser>)scoped.GetRequiredService<IUserStore<StaffUser>>();
        await store.SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        user.TwoFactorEnabled = true;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) throw new InvalidOperationException(string.Join("; ", updated.Errors.Select(e => e.Description)));
    }
}
