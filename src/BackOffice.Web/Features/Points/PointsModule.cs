using Quartz;

namespace BackOffice.Web.Features.Points;

/// <summary>Oh! points of seed 004 (issue 15): lots used oldest first, the monthly expiry with its notice, forfeiture.</summary>
public sealed class PointsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PointService>();
    }

    public IEnumerable<MemberPanel> MemberPanels => [new(70, MemberPanelPlace.Tab, "포인트", typeof(MemberPoints))];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["point.earn"] = "포인트 적립",
        ["point.use"] = "포인트 사용",
        ["point.forfeit"] = "포인트 즉시 소멸",
        ["point.expire"] = "포인트 유효기간 소멸",
        ["point.expiry-notice"] = "포인트 소멸 예정 고지",
        ["point.expiry-postponed"] = "포인트 소멸 연기 (고지 지연)",
    };

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<PointExpiryJob>(PointExpiryJob.Key, "포인트 월별 소멸", PortalSchedule.MonthlyKst(1, 0, 20), runAtStartup: false);
}
