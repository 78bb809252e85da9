using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.Files;

/// <summary>Background exports (issue 12 item 5): the runner, the 내 파일 page, the download endpoint and the expiry job.</summary>
public sealed class FilesModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExportOptions>(configuration.GetSection(ExportOptions.Section));
        services.AddSingleton<ExportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ExportRunner>());
        services.AddScoped<ExportService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapExportFiles();

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<ExpireExportsJob>(ExpireExportsJob.Key, "만료된 내보내기 파일 삭제", PortalSchedule.Every(TimeSpan.FromHours(1)));

    public IEnumerable<NavEntry> Navigation => [new(97, "files", "내 파일", Icons.Material.Filled.FolderOpen, Permission.ViewOwnFiles)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["export.start"] = "파일 생성 요청",
        ["export.done"] = "파일 생성 완료",
        ["export.failed"] = "파일 생성 실패",
        ["export.cancel"] = "파일 생성 취소 요청",
        ["export.cancelled"] = "파일 생성 취소",
        ["export.recovered"] = "중단된 파일 생성 정리",
        ["export.download"] = "파일 내려받기",
        ["export.expire"] = "파일 보관 기간 만료 삭제",
    };
}
