using Microsoft.AspNetCore.Identity;

namespace BackOffice.Web.Platform.DemoData;

/// <summary>Development-only staff accounts, one per role (listed in the README).</summary>
public static class DemoStaff
{
    public const string Password = "backoffice-demo-2026";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string[] Roles)> Accounts =
    [
        ("agent", "김상담", [StaffRoles.Agent]),
        ("agent2", "이상담", [StaffRoles.Agent]),
        ("supervisor", "박팀장", [StaffRoles.Supervisor, StaffRoles.Agent]),
        ("finance", "최재무", [StaffRoles.Finance]),
        ("finance2", "정재무", [StaffRoles.Finance]),
        ("compliance", "한준법", [StaffRoles.Compliance]),
        ("admin", "윤관리", [StaffRoles.Admin]),
        ("admin2", "서관리", [StaffRoles.Admin]),
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        foreach (var (userName, displayName, roles) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null) continue;
            var user = new StaffUser { UserName = userName, DisplayName = displayName, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRolesAsync(user, roles);
        }
    }
}
