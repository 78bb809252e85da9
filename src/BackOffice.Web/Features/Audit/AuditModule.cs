using MudBlazor;

namespace BackOffice.Web.Features.Audit;

public sealed class AuditModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<AuditQueries>();

    public IEnumerable<NavEntry> Navigation => [new(80, "audit", "감사 로그", Icons.Material.Filled.History, Permission.ViewAudit)];
}
