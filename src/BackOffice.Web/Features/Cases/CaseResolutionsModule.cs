namespace BackOffice.Web.Features.Cases;

/// <summary>Resolutions that move money or documents (issue 13 item 5): error-correction adjustments with four eyes,
/// fraud compensation paid as a refund request, paper statements issued and mailed.</summary>
public sealed class CaseResolutionsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CaseAdjustmentService>();
        services.AddScoped<FraudClaimService>();
        services.AddScoped<PaperStatementService>();
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry(86, "cases/adjustments", "조정 분개 승인", MudBlazor.Icons.Material.Filled.FactCheck, Permission.ApproveCaseAdjustment),
    ];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["case.adjustment.propose"] = "사건 조정 분개 제안",
        ["case.adjustment.approve"] = "사건 조정 분개 승인",
        ["case.adjustment.refuse"] = "사건 조정 분개 반려",
        ["case.fraud.assess"] = "부정사용 보상 평가",
        ["case.statement.issue"] = "서면 거래내역서 발급",
        ["case.statement.mail"] = "서면 거래내역서 우편 발송",
    };
}
