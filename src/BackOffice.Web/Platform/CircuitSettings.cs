using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server;

namespace BackOffice.Web.Platform;

/// <summary>
/// The interactive-server circuit settings, chosen for a customer center of about a hundred staff screens on one
/// small server (issue 16 item 3; figures in docs/benchmarks.md, "Staff screens under load"). Every circuit holds
/// its components and their state in server memory for as long as the tab is open, so the limits below bound what a
/// disconnected or slow browser can keep alive.
/// </summary>
public static class CircuitSettings
{
    public static IRazorComponentsBuilder AddPortalCircuits(this IRazorComponentsBuilder builder, IHostEnvironment environment)
    {
        builder.AddInteractiveServerComponents(options =>
        {
            // A network blip (Wi-Fi, the proxy restarting) disconnects every screen at once: all hundred staff must be
            // able to resume without losing what they typed, so keep more than the default 100. The cost is bounded by
            // the live heap of a circuit (1.67 MB measured with 100 screens, Release; the goal is under 1 MB) times this count.
            options.DisconnectedCircuitMaxRetained = 150;
            // The default three minutes: long enough for a laptop lid or a reconnecting VPN (the e2e reconnect test),
            // short enough that closed tabs give their memory back soon.
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
            // A JavaScript call the browser never answers (a tab gone to sleep) holds its awaiting component; half a
            // minute is plenty for the portal's calls (focus, scrolling, downloads start), the default is a minute.
            options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
            // Render batches a slow browser has not acknowledged stay in server memory: ten (the default) keeps typing
            // smooth on a slow link while bounding that memory per circuit.
            options.MaxBufferedUnacknowledgedRenderBatches = 10;
            // Exception details go to the browser only on a developer's machine.
            options.DetailedErrors = environment.IsDevelopment();
        }).AddHubOptions(hub =>
        {
            // The default 32 KB refuses (and drops the circuit on) one event carrying a long Korean text: 5,000
            // characters of a reason or note are 15 KB in UTF-8 and twice that escaped. 64 KB still bounds a message.
            hub.MaximumReceiveMessageSize = 64 * 1024;
        });
        return builder;
    }

    /// <summary>
    /// Development only, loopback only: what the load client (bench/BackOffice.Load) reads to report memory per
    /// circuit. <c>GET /_diagnostics/heap</c> forces a full, compacting, blocking collection and answers the live
    /// heap after it with the process id (the client reads the process's CPU time from <c>/proc/&lt;pid&gt;/stat</c>).
    /// Never mapped outside Development: a forced collection on demand is a denial-of-service lever.
    /// </summary>
    public static void MapLoadDiagnostics(this IEndpointRouteBuilder endpoints, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment()) return;
        endpoints.MapGet("/_diagnostics/heap", (HttpContext http) =>
        {
            if (http.Connection.RemoteIpAddress is not { } remote || !System.Net.IPAddress.IsLoopback(remote))
                return Results.NotFound();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            using var process = Process.GetCurrentProcess();
            return Results.Json(new
            {
                pid = Environment.ProcessId,
                liveHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
                heapSizeAfterGcBytes = info.HeapSizeBytes,
                workingSetBytes = process.WorkingSet64,
                gcServer = System.Runtime.GCSettings.IsServerGC,
            });
        }).AllowAnonymous();
    }
}
