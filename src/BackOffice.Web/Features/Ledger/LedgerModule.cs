using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.Ledger;

public sealed class LedgerModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<LedgerCheckService>();

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<LedgerCheckJob>(LedgerCheckJob.Key, "원장 정합성 야간 점검", PortalSchedule.DailyKst(2, 0), runAtStartup: false);

    public IEnumerable<NavEntry> Navigation => [new(70, "ledger/consistency", "원장 정합성 점검", Icons.Material.Filled.FactCheck, Permission.CheckLedger)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["ledger.check"] = "원장 정합성 점검",
        ["ledger.mismatch"] = "원장 불일치 경보",
        ["ledger.mismatch.resolved"] = "원장 불일치 해소",
    };
}
