using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackOffice.Load;

/// <summary>A signed-in member of staff: the cookie of one sign-in (password, then the authenticator code).</summary>
public sealed partial class StaffSignIn(CookieContainer cookies, string user)
{
    public CookieContainer Cookies { get; } = cookies;
    public string User { get; } = user;

    public static async Task<StaffSignIn> SignInAsync(Uri baseUri, string user, string password, string totpKey, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { BaseAddress = baseUri };
        var login = await http.GetStringAsync("account/login", ct);
        var fields = HiddenFields(login);
        fields["Input.UserName"] = user;
        fields["Input.Password"] = password;
        using var afterPassword = await http.PostAsync("account/login", new FormUrlEncodedContent(fields), ct);
        var codePage = await afterPassword.Content.ReadAsStringAsync(ct);
        var path = afterPassword.RequestMessage?.RequestUri?.PathAndQuery ?? "";
        if (!codePage.Contains("id=\"code\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"{user}: no code page after the password (at {path}).");
        var codeFields = HiddenFields(codePage);
        codeFields["Code"] = BackOffice.Tests.Support.Totp.Code(totpKey);
        using var afterCode = await http.PostAsync(path.TrimStart('/'), new FormUrlEncodedContent(codeFields), ct);
        var home = await afterCode.Content.ReadAsStringAsync(ct);
        if (!home.Contains("current-user", StringComparison.Ordinal))
            throw new InvalidOperationException($"{user}: not signed in after the code (at {afterCode.RequestMessage?.RequestUri}).");
        return new StaffSignIn(cookies, user);
    }

    private static Dictionary<string, string> HiddenFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match m in HiddenInput().Matches(html))
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        return fields;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}

/// <summary>
/// One staff screen: a circuit opened the way blazor.web.js opens it (the prerendered page's component markers and
/// state → <c>StartCircuit</c>, <c>UpdateRootComponents</c>), render batches applied to a <see cref="RenderTree"/> and
/// acknowledged, JavaScript calls answered (empty results), clicks sent as <c>DispatchEventAsync</c> and navigation as
/// <c>OnLocationChanged</c>. Each interaction's latency is measured until the screen has settled: the thing waited
/// for is on the page and no progress indicator is left.
/// </summary>
public sealed partial class StaffScreen : IAsyncDisposable
{
    private readonly Uri _baseUri;
    private readonly StaffSignIn _signIn;
    private readonly RenderTree _tree = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TaskCompletionSource<bool>> _calls = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _hub;
    private long _rendererInterop;
    private long _nextCallId;
    private string? _error;
    private string? _circuitId;

    public StaffScreen(Uri baseUri, StaffSignIn signIn) => (_baseUri, _signIn) = (baseUri, signIn);

    public string? Error => _error;

    /// <summary>Loads the page over HTTP (prerendered) and starts its circuit; returns when the first render has settled.</summary>
    public async Task OpenAsync(string path, Func<RenderTree, bool> ready, TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = _signIn.Cookies }) { BaseAddress = _baseUri };
        var html = await http.GetStringAsync(path, ct);
        var markers = MarkerComment().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!)
            .Where(n => n["descriptor"] is not null && (string?)n["type"] == "server").ToList();
        if (markers.Count == 0) throw new InvalidOperationException($"No interactive component on {path} (signed out?).");
        var state = StateComment().Match(html) is { Success: true } s ? s.Groups[1].Value : "";

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(_baseUri, "_blazor"), o =>
            {
                o.Cookies = _signIn.Cookies;
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                o.SkipNegotiation = false;
            })
            .ConfigureLogging(_ => { });
        // blazorpack is the only protocol the circuit hub speaks: it replaces the builder's JSON protocol.
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _hub = builder.Build();
        _hub.On("JS.RenderBatch", [typeof(long), typeof(byte[])], OnRenderBatchAsync);
        _hub.On("JS.BeginInvokeJS", [typeof(object)], OnBeginInvokeJsAsync);
        _hub.On("JS.EndInvokeDotNet", [typeof(object)], OnEndInvokeDotNet);
        _hub.On("JS.Error", [typeof(object)], args => { Fail("JS.Error: " + args[0]); return Task.CompletedTask; });
        _hub.Closed += e => { if (e is not null) Fail("connection closed: " + e.Message); return Task.CompletedTask; };
        await _hub.StartAsync(ct);

        var uri = new Uri(_baseUri, path).ToString();
        var circuit = await _hub.InvokeAsync<string?>("StartCircuit", _baseUri.ToString(), uri, "[]", state, ct);
        if (string.IsNullOrEmpty(circuit)) throw new InvalidOperationException("The server refused to start the circuit.");
        _circuitId = circuit;
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray([.. markers.Select((m, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = m,
            })]),
        };
        await _hub.SendAsync("UpdateRootComponents", operations.ToJsonString(), state, ct);
        await SettleAsync(ready, timeout, ct);
    }

    /// <summary>Navigates inside the circuit as a link click would (the browser's URL changes, the router renders).</summary>
    public async Task NavigateAsync(string path, Func<RenderTree, bool> ready, TimeSpan timeout, CancellationToken ct)
    {
        await _hub!.SendAsync("OnLocationChanged", new Uri(_baseUri, path).ToString(), null, true, ct);
        await SettleAsync(ready, timeout, ct);
    }

    /// <summary>Clicks the element <paramref name="find"/> picks (its click handler) and waits until the page settles.</summary>
    public async Task<bool> ClickAsync(Func<RenderTree, Node?> find, Func<RenderTree, bool>? ready, TimeSpan timeout, CancellationToken ct)
    {
        long handler;
        lock (_lock)
        {
            var node = find(_tree);
            if (node is null || !node.Events.TryGetValue("onclick", out handler)) return false;
        }
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock) _calls[callId] = done;
        var descriptor = new { eventHandlerId = handler, eventName = "click", eventFieldInfo = (object?)null };
        var mouse = new { type = "click", detail = 1, screenX = 0, screenY = 0, clientX = 0, clientY = 0, offsetX = 0, offsetY = 0, pageX = 0, pageY = 0, movementX = 0, movementY = 0, button = 0, buttons = 0, ctrlKey = false, shiftKey = false, altKey = false, metaKey = false };
        var args = JsonSerializer.Serialize(new object[] { descriptor, mouse });
        await _hub!.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererInterop, args, ct);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(timeout);
        if (!await done.Task.WaitAsync(timer.Token)) throw new InvalidOperationException("The click's handler failed on the server: " + _lastCallError);
        await SettleAsync(ready ?? (_ => true), timeout, ct);
        return true;
    }

    /// <summary>Waits until <paramref name="ready"/> holds and no progress indicator is on the page.</summary>
    public async Task SettleAsync(Func<RenderTree, bool> ready, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_error is not null) throw new InvalidOperationException(_error);
                if (ready(_tree) && !Busy(_tree)) return;
                changed = _changed.Task;
            }
            var left = timeout - deadline.Elapsed;
            if (left <= TimeSpan.Zero) throw new TimeoutException("The page did not settle in time: " + Describe());
            try { await changed.WaitAsync(left, ct); }
            catch (TimeoutException) { /* checked once more above, then reported with what the page shows */ }
        }
    }

    private string Describe()
    {
        lock (_lock)
        {
            var nodes = _tree.All().ToList();
            var text = string.Concat(nodes.Where(n => n.Kind == NodeKind.Text).Select(n => n.Text)).Trim();
            return $"{_tree.BatchesApplied} batches, {nodes.Count} nodes, busy {Busy(_tree)}, interop {_rendererInterop}, js calls {_jsCalls}, text: {(text.Length > 300 ? text[..300] : text)}";
        }
    }

    private int _jsCalls;
    private string? _lastCallError;

    /// <summary>Reads the page under the lock (the tree changes as batches arrive).</summary>
    public T Read<T>(Func<RenderTree, T> read)
    {
        lock (_lock) return read(_tree);
    }

    private static bool Busy(RenderTree tree) =>
        tree.All().Any(n => n.Kind == NodeKind.Element && n.Attribute("class") is { } c && c.Contains("mud-progress-circular", StringComparison.Ordinal));

    private async Task OnRenderBatchAsync(object?[] args)
    {
        var id = Convert.ToInt64(args[0], System.Globalization.CultureInfo.InvariantCulture);
        string? failure = null;
        lock (_lock)
        {
            try { _tree.Apply((byte[])args[1]!); }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidCastException)
            {
                failure = ex.Message;
                _error ??= "render batch: " + ex.Message;
            }
            var changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.SetResult();
        }
        await _hub!.SendAsync("OnRenderCompleted", id, failure);
    }

    private async Task OnBeginInvokeJsAsync(object?[] args)
    {
        // taskId, identifier, argsJson, resultType, targetInstanceId[, callType]
        var taskId = Convert.ToInt64(args[0], System.Globalization.CultureInfo.InvariantCulture);
        Interlocked.Increment(ref _jsCalls);
        if (Environment.GetEnvironmentVariable("BACKOFFICE_LOAD_DEBUG") is not null) Console.Error.WriteLine($"js {taskId} {args.ElementAtOrDefault(1)} {args.ElementAtOrDefault(2)}");
        var identifier = args.Length > 1 ? args[1] as string : null;
        if (identifier == "Blazor._internal.attachWebRendererInterop" && args[2] is string json
            && DotNetObject().Match(json) is { Success: true } m)
            _rendererInterop = long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (taskId != 0)
            await _hub!.SendAsync("EndInvokeJSFromDotNet", taskId, true, $"[{taskId},true,null]");
    }

    private Task OnEndInvokeDotNet(object?[] args)
    {
        var callId = args[0]?.ToString() ?? "";
        var success = args.Length > 1 && args[1] is true;
        if (!success) _lastCallError = args.ElementAtOrDefault(2)?.ToString();
        TaskCompletionSource<bool>? call;
        lock (_lock) _calls.Remove(callId, out call);
        call?.TrySetResult(success);
        return Task.CompletedTask;
    }

    private void Fail(string message)
    {
        lock (_lock)
        {
            _error ??= message;
            var changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.SetResult();
            foreach (var call in _calls.Values) call.TrySetResult(false);
        }
    }

    /// <summary>Closes the circuit as a closing browser tab does (the beacon to <c>_blazor/disconnect</c>), so the
    /// server frees it at once instead of keeping it for a reconnection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_hub is not null) await _hub.DisposeAsync();
        if (_circuitId is null) return;
        try
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = _signIn.Cookies }) { BaseAddress = _baseUri };
            using var form = new MultipartFormDataContent { { new StringContent(_circuitId), "circuitId" } };
            using var _ = await http.PostAsync("_blazor/disconnect", form);
        }
        catch (HttpRequestException)
        {
            // the portal is gone already; nothing to free
        }
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerComment();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex StateComment();

    [GeneratedRegex("\"__dotNetObject\":(\\d+)")]
    private static partial Regex DotNetObject();
}
