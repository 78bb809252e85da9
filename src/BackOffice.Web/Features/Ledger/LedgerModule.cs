using MudBlazor;

namespace BackOffice.Web.Features.Ledger;

public sealed class LedgerModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<LedgerCheckService>();

    public IEnumerable<NavEntry> Navigation => [new(70, "ledger/consistency", "원장 정합성 점검", Icons.Material.Filled.FactCheck, Permission.CheckLedger)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["ledger.check"] = "원장 정합성 점검",
    };
}
