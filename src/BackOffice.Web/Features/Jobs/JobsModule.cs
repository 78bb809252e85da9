using MudBlazor;

namespace BackOffice.Web.Features.Jobs;

public sealed class JobsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<JobsService>();

    public IEnumerable<NavEntry> Navigation => [new(95, "jobs", "배치 작업", Icons.Material.Filled.Schedule, Permission.ManageJobs)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["job.run"] = "배치 작업 수동 실행",
    };
}
