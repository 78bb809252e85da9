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
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["document.issue"] = "문서 발급",
        ["document.reprint"] = "문서 재출력",
        ["document.void"] = "문서 번호 무효",
    };
}
