using MudBlazor;

namespace BackOffice.Web.Features.Staff;

public sealed class StaffModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<StaffService>();

    public IEnumerable<NavEntry> Navigation => [new(90, "admin/staff", "직원 관리", Icons.Material.Filled.ManageAccounts, Permission.ManageStaff)];
}
