using MudBlazor;

namespace BackOffice.Web.Features.Delivery;

/// <summary>Card delivery (issue 14): applications, the daily mailing batch, address changes, returned mail and happy calls.
/// This module holds the shipments part: card applications, address changes, delivery confirmation, the member page's
/// "카드 배송" tab and the overdue queue.</summary>
public sealed class DeliveryModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CardApplicationService>();
        services.AddScoped<AddressChangeService>();
        services.AddScoped<ShipmentService>();
    }

    public IEnumerable<NavEntry> Navigation =>
        [new(93, "delivery/overdue", "배송 지연", Icons.Material.Filled.LocalShipping, Permission.HandleShipments)];

    public IEnumerable<MemberAction> MemberActions =>
        [new(65, "카드 신청", Icons.Material.Filled.AddCard, Color.Primary, Permission.HandleShipments, "card-apply", ApplyAsync)];

    public IEnumerable<MemberPanel> MemberPanels => [new(20, MemberPanelPlace.Tab, "카드 배송", typeof(MemberShipments))];

    private static async Task<bool> ApplyAsync(MemberPageContext page)
    {
        var done = await page.Dialogs.ShowForResultAsync<CardApplicationDialog, CardApplicationResult>("카드 신청",
            new DialogParameters<CardApplicationDialog> { { d => d.MemberId, page.Member.Id } });
        if (done is null) return false;
        page.Snackbar.Add($"카드를 신청했습니다. {done.ShipmentNumber}: {done.CardMasked}, 수수료 {Fmt.Won(done.Fee)}, 배송지 변경은 {Fmt.Date(done.ApplicationDay)} 23:59:59까지",
            Severity.Success);
        return true;
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["shipment.apply"] = "카드 신청",
        ["shipment.address-change"] = "배송지 변경",
        ["shipment.delivered"] = "카드 수령 확인",
        ["shipment.unmask"] = "배송지 열람",
    };
}
