using MudBlazor;

namespace BackOffice.Web.Features.Deduction;

/// <summary>The income-deduction workbook (issue 12 item 3) and the deduction registration of members.</summary>
public sealed class DeductionModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DeductionSource>();
        services.AddSingleton<IExportKind, DeductionWorkbookKind>();
        services.AddScoped<DeductionService>();
        services.AddScoped<DeductionRegistrationService>();
    }

    public IEnumerable<NavEntry> Navigation =>
        [new(82, "deduction", "소득공제 신고 자료", Icons.Material.Filled.Receipt, Permission.ProduceDeductionWorkbook)];

    public IEnumerable<MemberPanel> MemberPanels => [new(40, MemberPanelPlace.UnderCards, "소득공제", typeof(DeductionPanel))];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["deduction.register"] = "소득공제 등록",
    };
}
