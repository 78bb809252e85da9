using MudBlazor;

namespace BackOffice.Web.Features.Staff;

public sealed class StaffModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<StaffService>();
        services.AddScoped<StaffMfaService>();
    }

    public IEnumerable<NavEntry> Navigation => [new(90, "admin/staff", "직원 관리", Icons.Material.Filled.ManageAccounts, Permission.ManageStaff)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["staff.create"] = "직원 계정 생성",
        ["staff.roles"] = "직원 역할 변경",
        ["staff.disable"] = "직원 계정 비활성화",
        ["staff.enable"] = "직원 계정 활성화",
        ["staff.unlock"] = "직원 계정 잠금 해제",
        ["staff.change.request"] = "직원 권한 변경 요청",
        ["staff.change.approve"] = "직원 권한 변경 승인",
        ["staff.change.reject"] = "직원 권한 변경 반려",
        ["staff.mfa.reset"] = "직원 인증 앱 초기화",
    };
}
