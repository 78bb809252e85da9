using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using BackOffice.Load;

// The load client of issue 16 item 3 (scripts/load.sh runs it): N signed-in staff screens walk
// search → member page → tabs → paging against a portal on THIS machine, for a bounded time, and report latency,
// errors, the portal's CPU per interaction and its live heap per circuit.
var options = LoadOptions.Parse(args);
if (options is null) return 2;

using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.DurationSeconds + options.RampSeconds + 120));
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
return await LoadRun.RunAsync(options, stop.Token);

public sealed record LoadOptions(Uri BaseUri, int Sessions, int DurationSeconds, int RampSeconds, int ThinkMilliseconds,
    int Members, string[] Users, string Password, string? JsonOut)
{
    public const int MaxSessions = 300;
    public const int MaxDurationSeconds = 1800;

    public static LoadOptions? Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        int Int(string name, int fallback, int min, int max)
        {
            var value = int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            if (value < min || value > max) throw new ArgumentOutOfRangeException(name, $"--{name} must be between {min} and {max}.");
            return value;
        }
        if (args.Contains("--help"))
        {
            Console.WriteLine("usage: BackOffice.Load --url http://127.0.0.1:PORT [--sessions 10] [--duration 60] [--ramp 10] [--think 1000] [--members 300] [--users agent,agent2,supervisor] [--json out.json]");
            return null;
        }
        var url = new Uri(Get("url", "http://127.0.0.1:5000").TrimEnd('/') + "/");
        // Loopback only: this tool generates load, and load goes to this machine's own portal, never elsewhere.
        if (!(url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))) || url.Scheme != "http" && url.Scheme != "https")
        {
            Console.Error.WriteLine($"Refusing {url}: the load client only talks to a portal on this machine (127.0.0.0/8, ::1, localhost).");
            return null;
        }
        return new LoadOptions(url,
            Int("sessions", 10, 1, MaxSessions),
            Int("duration", 60, 1, MaxDurationSeconds),
            Int("ramp", 10, 0, 600),
            Int("think", 1000, 0, 60_000),
            Int("members", 300, 1, 100_000_000),
            Get("users", "agent,agent2,supervisor").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Environment.GetEnvironmentVariable("BACKOFFICE_LOAD_PASSWORD") ?? "backoffice-demo-2026",
            args.Contains("--json") ? Get("json", "") : null);
    }
}

public static class LoadRun
{
    // The demo staff's fixed authenticator keys (README, DemoStaff; the e2e tests use the same).
    private static readonly Dictionary<string, string> DemoKeys = new()
    {
        ["agent"] = "NDXBZRRIXWC7WHYIJXUHOQY4SZXA64JE",
        ["agent2"] = "MSIEXOFE6J4WA2UPJVSE27L4S436QBGE",
        ["supervisor"] = "PJUQKR5CSLYY2FPOGFHHRIMKDF6HZTWK",
        ["finance"] = "7MQXIR5YZIQ32RE4N3NQ6JK3VDS4SMTC",
        ["finance2"] = "2Q4UW7DMINONWA24EYBQ4YRDPJ7UO36A",
        ["compliance"] = "2EXQ3GSPDQQXWKJPCUDQ377A7Y4KTSDN",
        ["admin"] = "WTYROD5ATVXEJZ47KJGKLLLWWOMV5A5X",
        ["admin2"] = "JZY7POLJEOPIB7TEUAITKJYUC4EGPMIA",
    };

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(LoadOptions o, CancellationToken ct)
    {
        var signIns = new List<StaffSignIn>();
        foreach (var user in o.Users)
        {
            if (!DemoKeys.TryGetValue(user, out var key)) { Console.Error.WriteLine($"no authenticator key for {user}"); return 2; }
            signIns.Add(await StaffSignIn.SignInAsync(o.BaseUri, user, o.Password, key, ct));
        }
        Console.Error.WriteLine($"signed in: {string.Join(", ", o.Users)}");

        // Warm-up: one screen walks once, so JIT, caches and the EF model are not counted against the circuits.
        var warm = new Stats();
        await using (var screen = new StaffScreen(o.BaseUri, signIns[0]))
            await WalkAsync(screen, new Random(1), o, warm, once: true, DateTime.MaxValue, ct);
        if (warm.Errors > 0) Console.Error.WriteLine($"warm-up: {warm.FirstError}");

        var before = await HeapAsync(o.BaseUri, ct);
        var serverCpu0 = before is null ? 0 : ProcessCpu(before.Value.Pid);
        var clientCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var stats = new Stats();
        var screens = new StaffScreen[o.Sessions];
        var walkUntil = DateTime.UtcNow.AddSeconds(o.RampSeconds + o.DurationSeconds);
        var tasks = new List<Task>();
        for (var i = 0; i < o.Sessions; i++)
        {
            var index = i;
            screens[i] = new StaffScreen(o.BaseUri, signIns[i % signIns.Count]);
            tasks.Add(Task.Run(async () =>
            {
                if (o.RampSeconds > 0) await Task.Delay(TimeSpan.FromSeconds((double)o.RampSeconds * index / o.Sessions), ct);
                await WalkAsync(screens[index], new Random(1000 + index), o, stats, once: false, walkUntil, ct);
            }, ct));
        }
        await Task.WhenAll(tasks.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        var elapsed = clock.Elapsed;
        var serverCpu = before is null ? 0 : ProcessCpu(before.Value.Pid) - serverCpu0;
        var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientCpu0).TotalMilliseconds;
        var open = screens.Count(s => s.Error is null);

        // With every circuit still open: the live heap after a full collection, against the one before they opened.
        var after = await HeapAsync(o.BaseUri, ct);
        foreach (var s in screens) await s.DisposeAsync();

        var report = stats.Report(o, elapsed, serverCpu, clientCpu, before, after, open);
        Console.WriteLine(report.Text);
        if (o.JsonOut is { Length: > 0 } path) await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report.Figures, new JsonSerializerOptions { WriteIndented = true }), ct);
        return stats.Interactions > 0 ? 0 : 1;
    }

    /// <summary>search → member page → tabs → next page, with think time between steps, until the time is up.</summary>
    private static async Task WalkAsync(StaffScreen screen, Random random, LoadOptions o, Stats stats, bool once, DateTime until, CancellationToken ct)
    {
        async Task<bool> Step(string name, Func<Task> action)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await action();
                stats.Add(name, watch.Elapsed.TotalMilliseconds);
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                stats.Error(name, ex.Message);
                return false;
            }
        }
        async Task Think()
        {
            if (o.ThinkMilliseconds > 0) await Task.Delay(random.Next(o.ThinkMilliseconds / 2, o.ThinkMilliseconds * 3 / 2 + 1), ct);
        }

        if (!await Step("open", () => screen.OpenAsync("members", t => Find(t, "search-empty") is not null || RowLinks(t).Any(), StepTimeout, ct))) return;
        var round = 0;
        while (!ct.IsCancellationRequested && DateTime.UtcNow < until && screen.Error is null)
        {
            await Think();
            // Every fifth search is the name ten per cent of the demo members share; the others a member number.
            var query = round++ % 5 == 4 ? "members?kind=Name&q=%EA%B9%80%EB%AF%BC%EC%A4%80" : $"members?kind=MemberNo&q=M{random.Next(1, o.Members + 1):D8}";
            if (!await Step("search", () => screen.NavigateAsync(query, t => RowLinks(t).Any() || Text(t, "조건에 맞는 회원이 없습니다"), StepTimeout, ct))) break;
            var links = screen.Read(t => RowLinks(t).Select(n => n.Attribute("href")!).ToList());
            if (links.Count == 0) continue;
            await Think();
            if (!await Step("member", () => screen.NavigateAsync(links[random.Next(links.Count)], t => Find(t, "member-heading") is not null && Tabs(t).Count > 1, StepTimeout, ct))) break;
            foreach (var tab in new[] { "환불 내역", "처리 이력", "거래 내역" })
            {
                await Think();
                if (!await Step("tab", async () =>
                {
                    if (!await screen.ClickAsync(t => Tabs(t).FirstOrDefault(n => n.InnerText().Contains(tab, StringComparison.Ordinal)), null, StepTimeout, ct))
                        throw new InvalidOperationException($"tab {tab} not found");
                })) break;
            }
            await Think();
            var canPage = screen.Read(t => Find(t, "tx-next") is { } next && !next.Attributes.ContainsKey("disabled"));
            if (canPage) await Step("page", async () =>
            {
                if (!await screen.ClickAsync(t => Find(t, "tx-next"), t => Find(t, "transactions") is not null, StepTimeout, ct))
                    throw new InvalidOperationException("next page button not found");
            });
            if (once) break;
        }
    }

    // Static HTML of a component arrives as one markup block, so a test id is looked for there too.
    private static Node? Find(RenderTree tree, string testId) =>
        tree.All().FirstOrDefault(n => n.Kind == NodeKind.Element && n.Attribute("data-testid") == testId
            || n.Kind == NodeKind.Markup && n.Text?.Contains($"data-testid=\"{testId}\"", StringComparison.Ordinal) == true);

    private static bool Text(RenderTree tree, string text) =>
        tree.All().Any(n => n.Kind is NodeKind.Text or NodeKind.Markup && n.Text?.Contains(text, StringComparison.Ordinal) == true);

    private static IEnumerable<Node> RowLinks(RenderTree tree) =>
        tree.All().Where(n => n.Tag == "a" && n.Attribute("class") == "row-link" && n.Attribute("href") is not null);

    private static List<Node> Tabs(RenderTree tree) =>
        [.. tree.All().Where(n => n.Kind == NodeKind.Element && n.Attribute("role") == "tab" && n.Events.ContainsKey("onclick"))];

    public readonly record struct Heap(int Pid, long LiveBytes, long WorkingSetBytes, bool ServerGc);

    private static async Task<Heap?> HeapAsync(Uri baseUri, CancellationToken ct)
    {
        try
        {
            using var http = new HttpClient { BaseAddress = baseUri };
            using var doc = JsonDocument.Parse(await http.GetStringAsync("_diagnostics/heap", ct));
            var r = doc.RootElement;
            return new Heap(r.GetProperty("pid").GetInt32(), r.GetProperty("liveHeapBytes").GetInt64(),
                r.GetProperty("workingSetBytes").GetInt64(), r.GetProperty("gcServer").GetBoolean());
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine($"no heap figures (the portal must run in Development): {ex.Message}");
            return null;
        }
    }

    /// <summary>utime + stime of the process, in milliseconds, from /proc/&lt;pid&gt;/stat (clock ticks of 10 ms).</summary>
    private static double ProcessCpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ": field 3 is index 0; utime is field 14, stime field 15.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / 100;
    }
}
