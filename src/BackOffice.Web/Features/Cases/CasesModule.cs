namespace BackOffice.Web.Features.Cases;

/// <summary>Cases against legal clocks (issue 13): disputes, complaints, error corrections, paper statements and fraud claims.</summary>
public sealed class CasesModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CaseService>();
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["case.open"] = "사건 접수",
    };
}
