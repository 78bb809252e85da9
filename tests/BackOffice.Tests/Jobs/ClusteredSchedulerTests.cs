using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace BackOffice.Tests.Jobs;

/// <summary>
/// Two portal servers on one PostgreSQL database: two independent hosts, each with the portal's clustered Quartz store
/// (<see cref="JobScheduling.UseStore"/>) and the same job and trigger. Every scheduled firing runs exactly once,
/// on one of them.
/// </summary>
public class ClusteredSchedulerTests
{
    private const int Fires = 8;

    /// <summary>Records each execution: which firing (its scheduled time) and which server ran it.</summary>
    public sealed class CountingJob(JobRunRecorder recorder) : PortalJob(recorder), IJob
    {
        public static readonly ConcurrentBag<(string Run, DateTimeOffset Scheduled, string Server)> Executions = [];

        public override Task<string> RunAsync(CancellationToken ct) => Task.FromResult("counted");

        public new async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            Executions.Add(((string)context.MergedJobDataMap["run"]!, context.ScheduledFireTimeUtc!.Value, context.Scheduler.SchedulerInstanceId));
            await base.Execute(context, cancellationToken);
        }
    }

    [Fact]
    public async Task Two_portal_servers_on_one_postgres_database_run_each_firing_once()
    {
        Assert.True(TestDatabase.PostgresAvailable, $"{TestDatabase.PostgresVariable} must name a PostgreSQL server for this test.");
        await using var h = await Harness.StartAsync("postgres"); // a fresh database, migrated: Quartz's tables included
        var run = Guid.NewGuid().ToString("N");
        var start = DateTimeOffset.UtcNow.AddSeconds(4);

        IHost Node(string name)
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddBackOfficeDatabase(h.Database.Options);
            builder.Services.AddSingleton<JobRunRecorder>();
            builder.Services.AddQuartz(JobScheduling.SchedulerName, quartz =>
            {
                JobScheduling.UseStore(quartz, h.Database.Options, instanceId: name);
                quartz.ConfigureScheduler(o => o.IdleWaitTime = TimeSpan.FromSeconds(1));
                var key = new JobKey("test.counting", JobScheduling.Group);
                quartz.AddJob<CountingJob>(j => j.WithIdentity(key).StoreDurably().UsingJobData("run", run));
                quartz.AddTrigger(t => t.ForJob(key).WithIdentity("test.counting", JobScheduling.Group).StartAt(start)
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromSeconds(1)).WithRepeatCount(Fires - 1)));
            });
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            return builder.Build();
        }

        using var a = Node("node-a");
        using var b = Node("node-b");
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        try
        {
            // Wait (bounded) until every firing has run, then a little longer for any duplicate to show up.
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (Mine().Select(e => e.Scheduled).Distinct().Count() < Fires && DateTime.UtcNow < deadline) await Task.Delay(200);
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await Task.WhenAll(a.StopAsync(), b.StopAsync());
        }

        var executions = Mine();
        var perFiring = executions.GroupBy(e => e.Scheduled).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Fires, perFiring.Count);
        Assert.All(perFiring, f => Assert.Equal(1, f.Value));
        Assert.All(executions, e => Assert.Contains(e.Server, new[] { "node-a", "node-b" }));

        // The run history says the same, with the server that ran each.
        await using var db = await h.DbAsync();
        var runs = await db.JobRuns.Where(r => r.JobName == "test.counting").Select(r => r.Server).ToListAsync();
        Assert.Equal(Fires, runs.Count);
        Assert.All(runs, s => Assert.Contains(s, new[] { "node-a", "node-b" }));

        List<(string Run, DateTimeOffset Scheduled, string Server)> Mine() => CountingJob.Executions.Where(e => e.Run == run).ToList();
    }
}
