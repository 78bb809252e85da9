namespace BackOffice.Web.Features.Cases;

/// <summary>The hourly escalation of cases to Supervisors before the due date and again at breach (issue 13 item 3).</summary>
public sealed class CaseEscalationModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(CaseEscalationOptions.From(configuration));

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["case.warned"] = "사건 기한 임박 경보",
        ["case.breached"] = "사건 기한 경과",
    };

    public void AddJobs(Quartz.IQuartzBuilder quartz) =>
        quartz.AddPortalJob<CaseEscalationJob>(CaseEscalationJob.Key, "사건 기한 임박 경보·기한 경과 표시", PortalSchedule.Every(TimeSpan.FromHours(1)), runAtStartup: false);
}
