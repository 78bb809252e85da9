using MudBlazor;

namespace BackOffice.Web.Features.Holidays;

public sealed class HolidaysModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<HolidayService>();

    public IEnumerable<NavEntry> Navigation => [new(40, "admin/holidays", "공휴일·영업일", Icons.Material.Filled.Event, Permission.ViewCalendar)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["holiday.add"] = "공휴일 등록",
        ["holiday.amendment"] = "공휴일 법령 개정 반영",
        ["holiday.remove"] = "공휴일 삭제",
    };
}
