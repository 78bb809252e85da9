using Quartz;

namespace BackOffice.Web.Platform.Notices;

/// <summary>Runs the sender on a schedule; what was due while the portal was down is simply due at the next run.</summary>
[DisallowConcurrentExecution]
public sealed class NoticeSenderJob(NoticeSender sender) : IJob
{
    public static readonly JobKey Key = new("notices.send", "notices");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await sender.RunOnceAsync(cancellationToken);
}
