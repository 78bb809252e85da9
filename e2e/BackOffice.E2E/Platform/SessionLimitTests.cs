using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Platform;

/// <summary>
/// Issue 10 item 5, end to end: a second portal with an idle limit of a few seconds (Auth:IdleMinutes=0.1) and a
/// one-second revalidation; an open screen left alone goes to the sign-in page, and its cookie no longer opens pages.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SessionLimitTests(PortalFixture portal) : IAsyncLifetime
{
    private Process? _server;
    private string _dataFolder = "";
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var root = PortalFixture.RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var webProject = Path.Combine(root, "src", "BackOffice.Web");
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "BackOffice.Web.dll");
        _dataFolder = Path.Combine(Path.GetTempPath(), "backoffice-e2e-session-" + Guid.NewGuid().ToString("N"));
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _baseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", _baseUrl])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataFolder"] = _dataFolder;
        start.Environment["DemoData__Members"] = "5";
        start.Environment["Auth__RevalidationSeconds"] = "1";
        start.Environment["Auth__IdleMinutes"] = "0.1";
        _server = Process.Start(start) ?? throw new InvalidOperationException("The second portal did not start.");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_server.HasExited) throw new InvalidOperationException($"The second portal exited with {_server.ExitCode}.");
            try
            {
                if ((await http.GetAsync(_baseUrl + "/account/login")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // still starting
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The second portal did not answer within 3 minutes.");
    }

    [Fact]
    public async Task An_open_screen_left_alone_goes_to_the_sign_in_page_and_its_cookie_is_refused()
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl, Locale = "ko-KR" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await PortalFixture.SignInAsync(page, "agent", PortalFixture.DemoPassword);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        await PortalFixture.WaitForCircuitAsync(page);

        // Nobody touches the screen: after the idle limit the revalidation signs the circuit out.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 30_000 });
        await portal.ScreenshotAsync(page, "91-session-idle-signed-out");

        // The old cookie opens nothing: a fresh request lands on the sign-in page.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
