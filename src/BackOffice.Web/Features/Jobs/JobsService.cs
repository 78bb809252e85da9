using Microsoft.EntityFrameworkCore;
using Quartz;

namespace BackOffice.Web.Features.Jobs;

public sealed record JobRow(string Key, string Name, string Schedule, DateTimeOffset? NextRun, JobRunRow? LastRun, int Runs, int Failures);

public sealed record JobRunRow(DateTimeOffset StartedAt, long DurationMs, JobOutcome Outcome, string Message, string Server, string? StartedByName);

/// <summary>The jobs page for Admins: each job with its schedule, next run and run history, and a run started by hand.</summary>
public sealed class JobsService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock,
    IEnumerable<PortalJobInfo> jobs, IServiceProvider services)
{
    /// <summary>How far back the failure count reaches.</summary>
    public static readonly TimeSpan FailureWindow = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<JobRow>> ListAsync(CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ManageJobs);
        var scheduler = await SchedulerAsync(ct);
        var since = clock.GetUtcNow() - FailureWindow;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = new List<JobRow>();
        foreach (var job in jobs.OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            var last = await db.JobRuns.AsNoTracking().Where(r => r.JobName == job.Key).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
                .Select(r => new JobRunRow(r.StartedAt, r.DurationMs, r.Outcome, r.Message, r.Server, r.StartedByName)).FirstOrDefaultAsync(ct);
            var runs = await db.JobRuns.CountAsync(r => r.JobName == job.Key, ct);
            var failures = await db.JobRuns.CountAsync(r => r.JobName == job.Key && r.Outcome == JobOutcome.Failed && r.StartedAt >= since, ct);
            DateTimeOffset? next = null;
            if (scheduler is not null) next = (await scheduler.GetTrigger(job.TriggerKey, ct))?.NextFireTimeUtc;
            rows.Add(new JobRow(job.Key, job.Name, job.Schedule, next, last, runs, failures));
        }
        return rows;
    }

    public async Task<IReadOnlyList<JobRunRow>> HistoryAsync(string key, int take = 20, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ManageJobs);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.JobRuns.AsNoTracking().Where(r => r.JobName == key).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(take)
            .Select(r => new JobRunRow(r.StartedAt, r.DurationMs, r.Outcome, r.Message, r.Server, r.StartedByName)).ToListAsync(ct);
    }

    /// <summary>Asks the scheduler to run the job now (on whichever portal server picks it up) and audits who asked.</summary>
    public async Task RunNowAsync(string key, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageJobs);
        var job = jobs.FirstOrDefault(j => j.Key == key) ?? throw new BusinessRuleException("배치 작업을 찾을 수 없습니다.");
        var scheduler = await SchedulerAsync(ct) ?? throw new BusinessRuleException("스케줄러가 실행 중이 아닙니다.");
        await writer.ExecuteAsync((db, _) =>
        {
            db.Record(actor, clock.GetUtcNow(), "job.run", "Job", job.Key, after: new { job.Name });
            return Task.CompletedTask;
        }, ct);
        await scheduler.TriggerJob(job.JobKey, new JobDataMap { [JobScheduling.StartedByKey] = actor.Name }, ct);
    }

    private async Task<IScheduler?> SchedulerAsync(CancellationToken ct)
    {
        var schedulers = services.GetKeyedService<ISchedulerFactory>(JobScheduling.SchedulerName);
        return schedulers is null ? null : await schedulers.GetScheduler(ct);
    }
}
