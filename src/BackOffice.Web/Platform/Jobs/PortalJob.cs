using Quartz;

namespace BackOffice.Web.Platform.Jobs;

/// <summary>
/// Base of the portal's jobs: each run is written to <see cref="JobRun"/> (start, end, duration, outcome, message,
/// server). A job is idempotent and works from stored state ("everything overdue as of now"), never from "what
/// happened since the last run", so a second run changes nothing and a run after downtime catches up.
/// </summary>
[DisallowConcurrentExecution]
public abstract class PortalJob(JobRunRecorder recorder) : IJob
{
    /// <summary>Does the work and says in Korean what it did.</summary>
    public abstract Task<string> RunAsync(CancellationToken ct);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var startedBy = context.MergedJobDataMap.TryGetValue(JobScheduling.StartedByKey, out var by) ? by as string : null;
        var run = await recorder.RecordAsync(context.JobDetail.Key.Name, context.Scheduler.SchedulerInstanceId, startedBy, RunAsync, cancellationToken);
        if (run.Outcome == JobOutcome.Failed) throw new JobExecutionException(run.Message);
    }
}

/// <summary>Writes the run history. Failures are recorded, not swallowed: the caller sees the outcome.</summary>
public sealed class JobRunRecorder(DbWriter writer, TimeProvider clock, ILogger<JobRunRecorder> logger)
{
    public async Task<JobRun> RecordAsync(string jobName, string server, string? startedBy, Func<CancellationToken, Task<string>> work, CancellationToken ct = default)
    {
        var started = clock.GetUtcNow();
        var timer = clock.GetTimestamp();
        var run = new JobRun { JobName = jobName, StartedAt = started, Server = Limit(server, 200), StartedByName = startedBy };
        try
        {
            run.Message = Limit(await work(ct), 1000);
            run.Outcome = JobOutcome.Succeeded;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Job {Job} failed", jobName);
            run.Outcome = JobOutcome.Failed;
            run.Message = Limit($"실패: {e.Message}", 1000);
        }
        run.FinishedAt = clock.GetUtcNow();
        run.DurationMs = (long)clock.GetElapsedTime(timer).TotalMilliseconds;
        await writer.ExecuteAsync((db, _) =>
        {
            db.JobRuns.Add(run);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return run;
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
