using MudBlazor;

namespace BackOffice.Web.Features.Outages;

/// <summary>The outage calendar (장애 일정, issue 13): days that do not count toward statement clocks (003 하나로 제15조③).</summary>
public sealed class OutagesModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<OutageService>();

    public IEnumerable<NavEntry> Navigation => [new(88, "outages", "장애 일정", Icons.Material.Filled.CloudOff, Permission.ViewCalendar)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["outage.add"] = "장애 일정 등록",
        ["outage.edit"] = "장애 일정 변경",
        ["outage.delete"] = "장애 일정 삭제",
        ["outage.notice"] = "장애 공지 발송 기록",
        ["case.recomputed"] = "사건 기한 재계산 (장애 일정)",
    };
}
