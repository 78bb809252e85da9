using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace BackOffice.E2E.Platform;

/// <summary>
/// A loopback TCP proxy between the browser and the portal. <see cref="Cut"/> drops every open connection
/// (the Blazor circuit's WebSocket included) and refuses new ones until <see cref="Restore"/>, which is how a
/// flaky office network looks to the browser.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<Guid, (TcpClient Client, TcpClient Upstream)> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _refusing;

    public TcpProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Cut()
    {
        _refusing = true;
        foreach (var (id, pair) in _open)
        {
            pair.Client.Close();
            pair.Upstream.Close();
            _open.TryRemove(id, out _);
        }
    }

    public void Restore() => _refusing = false;

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            if (_refusing)
            {
                client.Close();
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var id = Guid.NewGuid();
        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            _open[id] = (client, upstream);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var a = client.GetStream().CopyToAsync(upstream.GetStream(), linked.Token);
            var b = upstream.GetStream().CopyToAsync(client.GetStream(), linked.Token);
            await Task.WhenAny(a, b);
            linked.Cancel();
        }
        catch (Exception)
        {
            // A cut connection ends here; that is the point.
        }
        finally
        {
            _open.TryRemove(id, out _);
            client.Close();
            upstream.Close();
        }
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        Cut();
        return ValueTask.CompletedTask;
    }
}
