using Quartz;

namespace BackOffice.Web.Platform.Jobs;

/// <summary>
/// The portal's scheduler (Quartz.NET). Each workflow module adds its own jobs through
/// <see cref="IPortalModule.AddJobs"/>; this is the one place that decides where the schedule is stored:
/// SQLite (one process) keeps it in memory; PostgreSQL and SQL Server use Quartz's clustered ADO.NET store in the
/// portal's own database (tables <c>qrtz_*</c>, created by the <c>Jobs</c> migration), so that with several portal
/// servers each firing runs on exactly one of them.
/// </summary>
public static class JobScheduling
{
    public const string SchedulerName = "BackOffice";
    public const string Group = "portal";
    public const string TablePrefix = "qrtz_";

    /// <summary>The job data key of a run started by hand from the jobs page: who started it.</summary>
    public const string StartedByKey = "startedBy";

    public static IServiceCollection AddPortalJobs(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton<JobRunRecorder>();
        services.AddQuartz(SchedulerName, quartz =>
        {
            UseStore(quartz, database);
            foreach (var module in PortalModules.All) module.AddJobs(quartz);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Where the schedule lives for the configured provider (also used by the cluster tests).</summary>
    public static void UseStore(IQuartzBuilder quartz, DatabaseOptions database, string? instanceId = null)
    {
        quartz.ConfigureScheduler(o =>
        {
            // The server's name in the run history: unique per process in a cluster, the machine on SQLite.
            if (instanceId is not null) o.InstanceId = instanceId;
            else if (database.Provider == DatabaseProvider.Sqlite) o.InstanceId = Environment.MachineName;
            else o.GenerateInstanceId = true;
        });
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            quartz.UseInMemoryStore(_ => { });
            return;
        }
        var connectionString = database.ResolvedConnectionString();
        quartz.UsePersistentStore(store =>
        {
            store.ConfigureStore(o =>
            {
                o.TablePrefix = TablePrefix;
                o.StoreJobDataAsStrings = true;
                o.SchemaProvisioning = SchemaProvisioning.Validate; // the EF migrations create the tables
            });
            store.UseClustering(_ => { });
            if (database.Provider == DatabaseProvider.Postgres) store.UsePostgres(connectionString);
            else store.UseSqlServer(connectionString);
        });
    }

    /// <summary>
    /// Adds one of the portal's jobs: its Korean name and schedule for the jobs page, a trigger that fires once at
    /// once after a missed firing (the job works from stored state, so one run catches up), and a run at startup.
    /// </summary>
    public static void AddPortalJob<TJob>(this IQuartzBuilder quartz, string key, string name, PortalSchedule schedule, bool runAtStartup = true)
        where TJob : PortalJob
    {
        var jobKey = new JobKey(key, Group);
        quartz.AddJob<TJob>(j => j.WithIdentity(jobKey).WithDescription(name).StoreDurably().DisallowConcurrentExecution());
        quartz.AddTrigger(t => t.ForJob(jobKey).WithIdentity(key, Group).WithDescription(schedule.Description)
            .StartAt(DateTimeOffset.UtcNow + schedule.FirstDelay).WithSchedule(schedule.Build()));
        if (runAtStartup) quartz.RunAtStartup(jobKey);
        quartz.Services.AddSingleton(new PortalJobInfo(key, name, schedule.Description + (runAtStartup ? " · 시작할 때" : ""), typeof(TJob)));
    }
}

/// <summary>One of the portal's jobs as the jobs page lists it.</summary>
public sealed record PortalJobInfo(string Key, string Name, string Schedule, Type JobType)
{
    public JobKey JobKey => new(Key, JobScheduling.Group);
    public TriggerKey TriggerKey => new(Key, JobScheduling.Group);
}

/// <summary>When a job runs. A missed firing (portal down) fires once as soon as the scheduler is back.</summary>
public sealed record PortalSchedule(string Description, Func<IScheduleBuilder> Build, TimeSpan FirstDelay)
{
    public static PortalSchedule Every(TimeSpan interval) => new(
        $"{interval.TotalMinutes:0}분마다",
        () => SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()
            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount),
        interval); // the run at startup comes first

    public static PortalSchedule DailyKst(int hour, int minute) => new(
        $"매일 {hour:00}:{minute:00} (한국 시간)",
        () => CronScheduleBuilder.Create($"0 {minute} {hour} * * ?").InTimeZone(Kst)
            .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed),
        TimeSpan.Zero);

    /// <summary>On a day of every month (1–28, so every month has it) at a KST time.</summary>
    public static PortalSchedule MonthlyKst(int day, int hour, int minute) => new(
        $"매월 {day}일 {hour:00}:{minute:00} (한국 시간)",
        () => CronScheduleBuilder.Create($"0 {minute} {hour} {day} * ?").InTimeZone(Kst)
            .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed),
        TimeSpan.Zero);

    private static readonly TimeZoneInfo Kst = TimeZoneInfo.CreateCustomTimeZone("KST", KoreanTime.Offset, "KST", "KST");
}
