using MudBlazor;

namespace BackOffice.Web.Features.Programs;

public sealed class ProgramsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ProgramQueries>();
        services.AddScoped<ProgramPolicyService>();
    }

    public IEnumerable<NavEntry> Navigation => [new(30, "programs", "프로그램 정책", Icons.Material.Filled.Policy, Permission.ViewPrograms)];
}
