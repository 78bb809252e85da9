using Quartz;

namespace BackOffice.Web.Features.Credits;

/// <summary>Credits of seed 001 (issue 15): the member's credit balance and lots, their use and their expiry.</summary>
public sealed class CreditsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CreditService>();
        services.AddScoped<CreditExpiry>();
    }

    public IEnumerable<MemberPanel> MemberPanels => [new(60, MemberPanelPlace.Tab, "크레딧", typeof(MemberCredits))];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["credit.use"] = "크레딧 사용",
        ["credit.expiry-notice"] = "크레딧 소멸 예정 안내",
        ["credit.expire"] = "크레딧 유효기간 만료 소멸",
    };

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<CreditExpiryJob>(CreditExpiryJob.Key, CreditExpiryJob.Name, PortalSchedule.DailyKst(0, 10), runAtStartup: false);
}
