using MudBlazor;

namespace BackOffice.Web.Features.Audit;

public sealed class AuditModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditChainService>();
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new(80, "audit", "감사 로그", Icons.Material.Filled.History, Permission.ViewAudit),
        new(81, "audit/verify", "감사 로그 무결성 검증", Icons.Material.Filled.VerifiedUser, Permission.ViewAudit),
    ];
}
