using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.Reconciliation;

/// <summary>Finance reconciliation (issue 12 item 4): the page, the two exports and the nightly job.</summary>
public sealed class ReconciliationModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReconciliationQueries>();
        services.AddSingleton<IExportKind, ReconciliationWorkbook>();
        services.AddSingleton<IExportKind, ReconciliationCsv>();
    }

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<ReconciliationJob>(ReconciliationJob.Key, "전일 정산 대사", PortalSchedule.DailyKst(2, 30), runAtStartup: false);

    public IEnumerable<NavEntry> Navigation => [new(72, "reconciliation", "정산 대사", Icons.Material.Filled.Balance, Permission.ViewReconciliation)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["reconciliation.difference"] = "정산 대사 차이 경보",
        ["reconciliation.difference.resolved"] = "정산 대사 차이 해소",
    };
}
