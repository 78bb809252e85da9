using System.Data.Common;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Benchmarks;

/// <summary>
/// The first page of every work queue (issue 16 item 2) as the portal loads it (the page's service call, EF Core), beside
/// the SAME SQL through ADO.NET: the setup records the commands EF sends for one call (text and parameter values) and the
/// "_Sql" benchmark sends them again and reads every row, so the ratio is EF's own cost (query building, materializing,
/// the permission check and the context) and nothing the database does differently. The setup checks both sides read
/// the same number of rows.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueueBenchmarks
{
    private BenchDatabase _db = null!;
    private readonly Dictionary<string, List<RecordedCommand>> _recorded = [];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    public static IEnumerable<string> Providers() => BenchDatabase.Providers();

    private Dictionary<string, Func<Task<object>>> Queues() => new()
    {
        ["Refunds"] = async () => await _db.Get<RefundQueries>().QueueAsync(new RefundQueueFilter(), 0, 20),
        ["Cases"] = async () => await _db.Get<CaseQueueQueries>().QueueAsync(new CaseQueueFilter(), 0, 20),
        ["CardIntake"] = async () => await _db.Get<CardIntakeService>().QueueAsync(null, false, 0, 20),
        ["ReissueWaivers"] = async () => await _db.Get<ReissueService>().AwaitingWaiversAsync(),
        ["DeliveryReturns"] = async () => await _db.Get<HappyCallService>().QueueAsync(0, 20),
        ["OverdueShipments"] = async () => await _db.Get<ShipmentService>().OverdueAsync(0, 20),
        ["Prescription"] = async () => await _db.Get<PrescriptionQueries>().ItemsAsync(null, 0, 20),
        ["CaseAdjustments"] = async () => await _db.Get<CaseAdjustmentService>().ListAsync(),
    };

    // Synchronous on purpose: the in-process toolchain did not wait for an async setup (the PostgreSQL cases ran on
    // unset fields, 2026-12-02).
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _db = await BenchDatabase.OpenAsync(Provider);
        foreach (var (name, run) in Queues())
        {
            var commands = await RecordAsync(run);
            _recorded[name] = commands;
            var rows = 0;
            foreach (var c in commands) rows += await ReplayAsync(c);
            Console.WriteLine($"// {Provider} {name}: {commands.Count} commands, {rows} rows");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _db.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark, BenchmarkCategory("Refunds")] public Task<object> Refunds_Ef() => Queues()["Refunds"]();
    [Benchmark(Baseline = true), BenchmarkCategory("Refunds")] public Task<int> Refunds_Sql() => ReplayAllAsync("Refunds");
    [Benchmark, BenchmarkCategory("Cases")] public Task<object> Cases_Ef() => Queues()["Cases"]();
    [Benchmark(Baseline = true), BenchmarkCategory("Cases")] public Task<int> Cases_Sql() => ReplayAllAsync("Cases");
    [Benchmark, BenchmarkCategory("CardIntake")] public Task<object> CardIntake_Ef() => Queues()["CardIntake"]();
    [Benchmark(Baseline = true), BenchmarkCategory("CardIntake")] public Task<int> CardIntake_Sql() => ReplayAllAsync("CardIntake");
    [Benchmark, BenchmarkCategory("ReissueWaivers")] public Task<object> ReissueWaivers_Ef() => Queues()["ReissueWaivers"]();
    [Benchmark(Baseline = true), BenchmarkCategory("ReissueWaivers")] public Task<int> ReissueWaivers_Sql() => ReplayAllAsync("ReissueWaivers");
    [Benchmark, BenchmarkCategory("DeliveryReturns")] public Task<object> DeliveryReturns_Ef() => Queues()["DeliveryReturns"]();
    [Benchmark(Baseline = true), BenchmarkCategory("DeliveryReturns")] public Task<int> DeliveryReturns_Sql() => ReplayAllAsync("DeliveryReturns");
    [Benchmark, BenchmarkCategory("OverdueShipments")] public Task<object> OverdueShipments_Ef() => Queues()["OverdueShipments"]();
    [Benchmark(Baseline = true), BenchmarkCategory("OverdueShipments")] public Task<int> OverdueShipments_Sql() => ReplayAllAsync("OverdueShipments");
    [Benchmark, BenchmarkCategory("Prescription")] public Task<object> Prescription_Ef() => Queues()["Prescription"]();
    [Benchmark(Baseline = true), BenchmarkCategory("Prescription")] public Task<int> Prescription_Sql() => ReplayAllAsync("Prescription");
    [Benchmark, BenchmarkCategory("CaseAdjustments")] public Task<object> CaseAdjustments_Ef() => Queues()["CaseAdjustments"]();
    [Benchmark(Baseline = true), BenchmarkCategory("CaseAdjustments")] public Task<int> CaseAdjustments_Sql() => ReplayAllAsync("CaseAdjustments");

    /// <summary>The same commands on one pooled connection (EF opens one per context too), every row read.</summary>
    private async Task<int> ReplayAllAsync(string name)
    {
        await using var connection = await _db.ConnectionAsync();
        var rows = 0;
        foreach (var c in _recorded[name]) rows += await ReadAsync(connection, c);
        return rows;
    }

    private async Task<int> ReplayAsync(RecordedCommand c)
    {
        await using var connection = await _db.ConnectionAsync();
        return await ReadAsync(connection, c);
    }

    private static async Task<int> ReadAsync(DbConnection connection, RecordedCommand c)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = c.Text;
        foreach (var (name, value, type) in c.Parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            p.DbType = type;
            command.Parameters.Add(p);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    private sealed record RecordedCommand(string Text, List<(string Name, object? Value, System.Data.DbType Type)> Parameters);

    /// <summary>The commands EF Core sends during one call, through its diagnostic events (nothing in the portal changes).</summary>
    private static async Task<List<RecordedCommand>> RecordAsync(Func<Task<object>> run)
    {
        var commands = new List<RecordedCommand>();
        using var observer = new CommandObserver(commands);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(observer);
        // EF Core checks whether anyone listens only from time to time (it caches "nobody" for a while), so the first
        // calls after subscribing may send their commands unseen: call again until they are seen (reads only).
        for (var attempt = 0; attempt < 10 && commands.Count == 0; attempt++)
        {
            if (attempt > 0) await Task.Delay(TimeSpan.FromSeconds(1));
            await run();
        }
        if (commands.Count == 0) throw new InvalidOperationException("No EF Core command was seen: the SQL side would measure nothing.");
        // The call that was first seen may have been seen only from its middle: record one whole call now.
        lock (commands) commands.Clear();
        await run();
        return commands;
    }

    private sealed class CommandObserver(List<RecordedCommand> commands) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name) _subscriptions.Add(value.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key != RelationalEventId.CommandExecuting.Name || value.Value is not CommandEventData data) return;
            lock (commands)
            {
                commands.Add(new RecordedCommand(data.Command.CommandText,
                    data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value, p.DbType)).ToList()));
            }
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            foreach (var s in _subscriptions) s.Dispose();
        }
    }
}
