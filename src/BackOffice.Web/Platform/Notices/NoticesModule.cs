using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace BackOffice.Web.Platform.Notices;

/// <summary>
/// Notices to members: the sender and its transports (SMTP when <c>Notices:Smtp:Host</c> is set, otherwise the pickup
/// folder; SMS through <see cref="ISmsGateway"/>, by default the same folder) and the sender job.
/// </summary>
public sealed class NoticesModule : IPortalModule
{
    private TimeSpan _interval = TimeSpan.FromSeconds(30);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Notices").Get<NoticeOptions>() ?? new NoticeOptions();
        services.AddSingleton(options);
        _interval = options.Interval;
        services.AddSingleton(sp => new NoticePickupFolder(string.IsNullOrWhiteSpace(options.PickupFolder)
            ? Path.Combine(sp.GetRequiredService<DatabaseOptions>().ResolvedDataFolder(), "notices", "outbox")
            : Path.GetFullPath(options.PickupFolder)));
        if (string.IsNullOrWhiteSpace(options.Smtp.Host)) services.TryAddSingleton<IEmailTransport, PickupFolderEmail>();
        else services.TryAddSingleton<IEmailTransport, SmtpEmail>();
        services.TryAddSingleton<ISmsGateway, PickupFolderSms>();
        services.AddSingleton<NoticeSender>();
    }

    public void AddJobs(IQuartzBuilder quartz)
    {
        quartz.AddJob<NoticeSenderJob>(job => job.WithIdentity(NoticeSenderJob.Key).WithDescription("회원 알림 발송 (문자·이메일)"));
        quartz.AddTrigger(trigger => trigger.ForJob(NoticeSenderJob.Key).WithIdentity("notices.send.every", "notices").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(_interval).RepeatForever()));
    }
}
