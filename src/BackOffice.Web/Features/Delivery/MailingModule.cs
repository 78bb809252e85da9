using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.Delivery;

/// <summary>The daily mailing batch (issue 14 item 2): the job, the page <c>/delivery/mailing</c> and the file downloads.</summary>
public sealed class MailingModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MailingBatchCloser>();
        services.AddScoped<MailingBatchService>();
        services.AddSingleton<MailingDownloadTokens>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMailingDownloads();

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<MailingBatchJob>(MailingBatchJob.Key, "우편 발송 묶음 마감", PortalSchedule.DailyKst(0, 30), runAtStartup: false);

    public IEnumerable<NavEntry> Navigation => [new(92, "delivery/mailing", "우편 발송 묶음", Icons.Material.Filled.LocalPostOffice, Permission.ManageMailing)];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["mailing.batch"] = "우편 발송 묶음 마감",
        ["mailing.download"] = "우편 발송 파일 다운로드",
    };
}
