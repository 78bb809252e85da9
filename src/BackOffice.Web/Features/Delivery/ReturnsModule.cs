using MudBlazor;

namespace BackOffice.Web.Features.Delivery;

/// <summary>Status files, returned mail, happy calls and re-sends (issue 14 items 4, 5 and the delivery notices of 6).</summary>
public sealed class ReturnsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ShipmentImportService>();
        services.AddScoped<HappyCallService>();
        services.AddScoped<ResendService>();
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new(96, "delivery/imports", "배송 상태 파일", Icons.Material.Filled.UploadFile, Permission.ManageMailing),
        new(94, "delivery/returns", "반송·해피콜", Icons.Material.Filled.PhoneCallback, Permission.HandleShipments),
    ];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["delivery.import"] = "배송 상태 파일 가져오기",
        ["delivery.dispatch"] = "카드 발송 확인",
        ["delivery.returned"] = "카드 반송",
        ["delivery.happy-call"] = "반송 해피콜",
        ["delivery.resend"] = "반송 카드 재발송",
        ["delivery.wrong-card-resend"] = "다른 카드 수령 재발송",
    };
}
