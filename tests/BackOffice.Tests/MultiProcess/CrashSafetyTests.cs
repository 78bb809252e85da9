using System.Diagnostics;
using Xunit.Abstractions;

namespace BackOffice.Tests.MultiProcess;

/// <summary>
/// Issue 16 item 5: the portal process killed (<c>kill -9</c>) at random moments during money actions, restarted, and
/// every interrupted command sent again with its idempotency key: 0 half-applied commands (checked after every kill),
/// 0 ledger mismatches, each command applied exactly once. Short form in CI (300 actions, 3 kills);
/// <c>BACKOFFICE_LONG_FAULT=1</c> runs 10,000 actions and 10 kills.
/// </summary>
public class CrashSafetyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    public static bool Long => Environment.GetEnvironmentVariable("BACKOFFICE_LONG_FAULT") == "1";
    public static int Actions => Long ? 10_000 : 120;
    public static int KillCount => Long ? 10 : 3;

    /// <summary>Kill points spread over the run: one at random in each of <paramref name="kills"/> equal stretches after the first tenth.</summary>
    public static int[] KillPoints(int actions, int kills)
    {
        var from = actions / 10;
        var stretch = (actions - from) / kills;
        return Enumerable.Range(0, kills).Select(k => from + k * stretch + Random.Shared.Next(1, stretch)).ToArray();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_portal_killed_at_random_moments_leaves_nothing_half_applied_and_retries_apply_once(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var folder = Directory.CreateTempSubdirectory("backoffice-fault-").FullName;
        var run = new FaultRun(h, folder);
        var clock = Stopwatch.StartNew();
        await run.PrepareAsync(Actions);
        var prepared = clock.Elapsed;
        await run.RunAsync(KillPoints(Actions, KillCount));
        await run.AssertExactlyOnceAsync();
        output.WriteLine($"fault run {provider}: {Actions} card actions, {run.Results.Count} commands answered, {run.Kills} kills " +
            $"({run.KillsInsideACommand} inside a command), {run.Retried} commands sent again, {run.Restarts} driver starts; " +
            $"prepare {prepared.TotalSeconds:F1} s, run {(clock.Elapsed - prepared).TotalSeconds:F1} s; log {run.SentLog}");
        Assert.Equal(KillCount, run.Kills);
        Assert.True(run.Retried > 0, "no kill interrupted a command: the run proved nothing about retries");
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// Tests that restart a PostgreSQL server or change process-wide settings: run alone, after the parallel tests
/// (xUnit runs a collection with parallelization disabled by itself).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}

/// <summary>
/// Issue 16 item 5, second half: PostgreSQL itself restarted (<c>pg_ctl restart -m immediate</c>, a crash of the server)
/// while the driver runs money actions. The driver is not restarted: it recovers by itself, running a command again
/// (same key) only when its connection was lost. Every command answered ok must be there (a durable cluster: fsync and
/// synchronous commits on, started for this test), nothing half-applied, each applied once.
/// </summary>
[Collection(AloneCollection.Name)]
public class PostgresRestartTests(ITestOutputHelper output)
{
    public static int Actions => CrashSafetyTests.Long ? 3_000 : 150;
    public static int RestartCount => CrashSafetyTests.Long ? 5 : 2;

    [Fact]
    public async Task PostgreSQL_restarted_under_load_loses_nothing_and_the_portal_recovers_by_itself()
    {
        Assert.True(TestDatabase.PostgresAvailable);
        var name = "pgfault" + Guid.NewGuid().ToString("N")[..8];
        var durable = await PostgresCluster.StartAsync(name);
        var shared = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        // The harness makes its database on the server named by the variable: the durable one for this test. Safe only
        // because this collection runs alone.
        Environment.SetEnvironmentVariable(TestDatabase.PostgresVariable, durable);
        try
        {
            await using var h = await Harness.StartAsync("postgres");
            var folder = Directory.CreateTempSubdirectory("backoffice-pgfault-").FullName;
            var run = new FaultRun(h, folder);
            await run.PrepareAsync(Actions);
            var points = new SortedSet<int>(CrashSafetyTests.KillPoints(Actions, RestartCount));
            var restarts = 0;
            await run.RunAsync([], async sent =>
            {
                if (points.Count == 0 || sent < points.Min) return;
                points.Remove(points.Min);
                await Task.Delay(Random.Shared.Next(0, 25));
                await PostgresCluster.RunAsync(name, "crash-restart");
                restarts++;
                Npgsql.NpgsqlConnection.ClearAllPools(); // the test's own pooled connections died with the server
            });
            await run.AssertExactlyOnceAsync();
            output.WriteLine($"PostgreSQL restarted {restarts} times under {Actions} card actions; {run.Results.Count} commands answered, driver started {run.Restarts} time(s)");
            Assert.Equal(RestartCount, restarts);
            Assert.Equal(1, run.Restarts); // the driver was never restarted: it recovered by itself
            Directory.Delete(folder, recursive: true);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Environment.SetEnvironmentVariable(TestDatabase.PostgresVariable, shared);
            await PostgresCluster.RunAsync(name, "stop");
        }
    }
}

/// <summary>scripts/postgres.sh for a second, named cluster (BACKOFFICE_PG_NAME), durable (BACKOFFICE_PG_DURABLE=1).</summary>
public static class PostgresCluster
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "postgres.sh"))) return dir.FullName;
        throw new InvalidOperationException("scripts/postgres.sh not found above the test folder.");
    }

    public static async Task<string> StartAsync(string name) => (await RunAsync(name, "start")).Trim();

    public static async Task<string> RunAsync(string name, string verb)
    {
        var root = RepositoryRoot();
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        info.ArgumentList.Add(Path.Combine(root, "scripts", "postgres.sh"));
        info.ArgumentList.Add(verb);
        info.Environment["BACKOFFICE_PG_NAME"] = name;
        info.Environment["BACKOFFICE_PG_DURABLE"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"postgres.sh {verb}: {await stderr}");
        return await stdout;
    }
}
