using MudBlazor;

namespace BackOffice.Web.Features.Home;

public sealed class HomeModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<DashboardQueries>();

    public IEnumerable<NavEntry> Navigation => [new(0, "/", "첫 화면", Icons.Material.Filled.Home, Permission.ViewMembers, MatchAll: true)];
}
