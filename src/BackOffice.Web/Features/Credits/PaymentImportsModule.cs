using MudBlazor;

namespace BackOffice.Web.Features.Credits;

/// <summary>
/// The payment files of credit top-ups (issue 15 item 2, seed 001 §2.2): the gateway's card settlement file and the
/// virtual-account deposit file, imported on <c>/credits/imports</c> by Finance (ImportPayments).
/// </summary>
public sealed class PaymentImportsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<PaymentImportService>();

    public IEnumerable<NavEntry> Navigation => [new(62, "credits/imports", "결제 파일 반영", Icons.Material.Filled.UploadFile, Permission.ImportPayments)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        [PaymentImportService.ImportAction] = "결제 파일 반영",
        [PaymentImportService.RowAction] = "충전 결제 상태 반영 (결제 파일)",
    };
}
