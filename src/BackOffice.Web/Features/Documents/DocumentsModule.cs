using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.Documents;

/// <summary>The document pipeline (issue 12 item 1): HTML from Razor components, PDFs from Chromium, issued documents.</summary>
public sealed class DocumentsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfPrinterOptions>(configuration.GetSection(PdfPrinterOptions.Section));
        services.AddSingleton<PdfPrinter>();
        services.AddScoped<DocumentHtml>();
        services.AddScoped<DocumentIssuer>();
        services.AddHostedService<PdfReadinessLog>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDocumentDownloads();

    public IEnumerable<NavEntry> Navigation =>
    [
        new(91, "documents/verify", "문서 진위 확인", Icons.Material.Filled.VerifiedUser, Permission.VerifyDocuments),
    ];

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<PurgeExpiredDocumentsJob>(PurgeExpiredDocumentsJob.Key, "보존 기간이 지난 문서 파일 삭제", PortalSchedule.DailyKst(4, 10),
            runAtStartup: false);

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["document.issue"] = "문서 발급",
        ["document.reprint"] = "문서 재출력",
        ["document.void"] = "문서 번호 무효",
        ["document.verify"] = "문서 진위 확인",
        ["document.download"] = "문서 파일 내려받기",
        ["document.purge"] = "보존 기간 경과 문서 파일 삭제",
    };
}
