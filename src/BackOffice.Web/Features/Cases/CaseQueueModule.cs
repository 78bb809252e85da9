using MudBlazor;

namespace BackOffice.Web.Features.Cases;

/// <summary>The case work queue, assignment and hand-over, the breach dashboard and the case register export (issue 13 items 3 and 6).</summary>
public sealed class CaseQueueModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // The 기한 임박 window uses the escalation's setting (CaseEscalationOptions, registered by CaseEscalationModule).
        services.AddScoped<CaseQueueQueries>();
        services.AddScoped<CaseAssignmentService>();
        services.AddScoped<CaseBreachQueries>();
        services.AddSingleton<IExportKind, CaseRegisterWorkbook>();
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new(84, "cases", "민원·사건", Icons.Material.Filled.Gavel, Permission.ViewCases),
        new(85, "cases/breaches", "기한 위반", Icons.Material.Filled.Report, Permission.ViewCaseBreaches),
    ];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["case.assign"] = "사건 담당 지정",
        ["case.handover"] = "사건 담당 인계",
    };
}
