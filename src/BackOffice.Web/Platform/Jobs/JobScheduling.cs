using Quartz;

namespace BackOffice.Web.Platform.Jobs;

/// <summary>
/// The portal's scheduler (Quartz.NET). Each workflow module adds its own jobs through
/// <see cref="IPortalModule.AddJobs"/>; this is the one place that decides where the schedule is stored.
/// </summary>
public static class JobScheduling
{
    public static IServiceCollection AddPortalJobs(this IServiceCollection services)
    {
        services.AddQuartz("BackOffice", quartz =>
        {
            quartz.UseInMemoryStore(_ => { });
            foreach (var module in PortalModules.All) module.AddJobs(quartz);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
