using System.Globalization;
using System.Text;

namespace BackOffice.Load;

/// <summary>Latencies per kind of interaction and errors, shared by all screens of a run.</summary>
public sealed class Stats
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<double>> _latencies = [];
    private readonly Dictionary<string, int> _errors = [];

    public int Interactions { get { lock (_lock) return _latencies.Values.Sum(l => l.Count); } }
    public int Errors { get { lock (_lock) return _errors.Values.Sum(); } }
    public string? FirstError { get; private set; }

    public void Add(string kind, double milliseconds)
    {
        lock (_lock)
        {
            if (!_latencies.TryGetValue(kind, out var list)) _latencies[kind] = list = [];
            list.Add(milliseconds);
        }
    }

    public void Error(string kind, string message)
    {
        lock (_lock)
        {
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
            FirstError ??= $"{kind}: {message}";
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public (string Text, Dictionary<string, object?> Figures) Report(LoadOptions o, TimeSpan elapsed, double serverCpuMs, double clientCpuMs,
        LoadRun.Heap? before, LoadRun.Heap? after, int openCircuits)
    {
        lock (_lock)
        {
            var all = _latencies.Values.SelectMany(l => l).Order().ToList();
            // "open" (page load + circuit start) is reported on its own; the interaction figures are the walk's steps.
            var steps = _latencies.Where(kv => kv.Key != "open").SelectMany(kv => kv.Value).Order().ToList();
            var text = new StringBuilder();
            var inv = CultureInfo.InvariantCulture;
            text.AppendLine(inv, $"sessions {o.Sessions} (open at the end {openCircuits}), {elapsed.TotalSeconds:F0} s, think {o.ThinkMilliseconds} ms, members 1..{o.Members}");
            text.AppendLine("kind      count    p50 ms   p95 ms   max ms   errors");
            foreach (var (kind, list) in _latencies.OrderBy(kv => kv.Key))
            {
                var sorted = list.Order().ToList();
                text.AppendLine(inv, $"{kind,-8} {sorted.Count,6} {Percentile(sorted, 0.5),9:F1} {Percentile(sorted, 0.95),8:F1} {sorted[^1],8:F1} {_errors.GetValueOrDefault(kind),8}");
            }
            foreach (var (kind, count) in _errors.Where(e => !_latencies.ContainsKey(e.Key)))
                text.AppendLine(inv, $"{kind,-8} {0,6} {"",9} {"",8} {"",8} {count,8}");
            text.AppendLine(inv, $"steps    {steps.Count,6} {Percentile(steps, 0.5),9:F1} {Percentile(steps, 0.95),8:F1} {(steps.Count > 0 ? steps[^1] : 0),8:F1} {_errors.Where(e => e.Key != "open").Sum(e => e.Value),8}");
            if (FirstError is not null) text.AppendLine("first error: " + FirstError);
            var perInteraction = all.Count == 0 ? 0 : serverCpuMs / all.Count;
            text.AppendLine(inv, $"server CPU {serverCpuMs:F0} ms = {perInteraction:F1} ms per interaction ({all.Count} incl. circuit starts); client CPU {clientCpuMs:F0} ms ({clientCpuMs / Math.Max(1, elapsed.TotalMilliseconds) * 100:F0} % of one core)");
            double? perCircuit = before is { } b && after is { } a && openCircuits > 0 ? (a.LiveBytes - b.LiveBytes) / (double)openCircuits : null;
            if (before is { } b2 && after is { } a2)
                text.AppendLine(inv, $"live heap {b2.LiveBytes / 1048576.0:F1} MB before, {a2.LiveBytes / 1048576.0:F1} MB with {openCircuits} circuits open = {perCircuit / 1048576.0:F2} MB per circuit; working set {a2.WorkingSetBytes / 1048576.0:F0} MB; server GC {a2.ServerGc}");
            var figures = new Dictionary<string, object?>
            {
                ["sessions"] = o.Sessions,
                ["openCircuits"] = openCircuits,
                ["seconds"] = Math.Round(elapsed.TotalSeconds, 1),
                ["interactions"] = steps.Count,
                ["p50Ms"] = Math.Round(Percentile(steps, 0.5), 1),
                ["p95Ms"] = Math.Round(Percentile(steps, 0.95), 1),
                ["maxMs"] = steps.Count > 0 ? Math.Round(steps[^1], 1) : 0,
                ["errors"] = Errors,
                ["serverCpuMsPerInteraction"] = Math.Round(perInteraction, 2),
                ["clientCpuMs"] = Math.Round(clientCpuMs),
                ["liveHeapBytesPerCircuit"] = perCircuit is { } p ? Math.Round(p) : null,
            };
            return (text.ToString(), figures);
        }
    }
}
