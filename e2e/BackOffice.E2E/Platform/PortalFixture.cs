using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackOffice.E2E.Platform;

/// <summary>
/// Starts the built portal once for all end-to-end tests: Development environment, a fresh SQLite data
/// folder, 300 demo members, a 3-second revalidation interval. The browser talks to it through a
/// <see cref="TcpProxy"/> so a test can drop the connection. When the run ends it stops the portal and runs the
/// portal's own ledger consistency check (<c>check-ledger</c>) on the run's database: a mismatch fails the run.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string DemoPassword = "backoffice-demo-2026";

    private Process? _server;
    private string _dataFolder = "";
    private string _dll = "";
    private string _webProject = "";
    private IPlaywright? _playwright;

    public TcpProxy Proxy { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl => $"http://127.0.0.1:{Proxy.Port}";
    public string ScreenshotFolder { get; private set; } = "";
    public string ServerLog { get; private set; } = "";

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BackOffice.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("BackOffice.sln not found above the test folder.");
    }

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var webProject = Path.Combine(root, "src", "BackOffice.Web");
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "BackOffice.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the solution first (scripts/test.sh does).", dll);
        (_dll, _webProject) = (dll, webProject);

        ScreenshotFolder = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(ScreenshotFolder);
        DownloadFolder = Path.Combine(root, "artifacts", "downloads");
        if (Directory.Exists(DownloadFolder)) Directory.Delete(DownloadFolder, recursive: true);
        Directory.CreateDirectory(DownloadFolder);
        DatabaseCopy = Path.Combine(root, "artifacts", "e2e-database");
        _dataFolder = Path.Combine(Path.GetTempPath(), "backoffice-e2e-" + Guid.NewGuid().ToString("N"));
        ServerLog = Path.Combine(root, "artifacts", "e2e-server.log");

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataFolder"] = _dataFolder;
        start.Environment["DemoData__Members"] = "300";
        start.Environment["Auth__RevalidationSeconds"] = "3";
        // The whole run signs in from 127.0.0.1 many times a minute; the limit itself is tested at the service level.
        start.Environment["Auth__SignInPostsPerMinute"] = "100000";
        _server = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        var log = new StreamWriter(ServerLog) { AutoFlush = true };
        _server.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilUpAsync(port);

        Proxy = new TcpProxy(port);
        // Assertions wait as long as actions do (15 s, below), not Playwright's 5 s: the test command runs the unit stage
        // beside this one on CI's 2 cores, and an upload's result once took longer than 5 s to show there.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--lang=ko-KR", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private async Task WaitUntilUpAsync(int port)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_server!.HasExited) throw new InvalidOperationException($"The portal exited with {_server.ExitCode}; see {ServerLog}");
            try
            {
                var response = await http.GetAsync($"http://127.0.0.1:{port}/account/login");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // still starting (migrations and demo data)
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The portal did not answer within 3 minutes; see {ServerLog}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "ko-KR",
            TimezoneId = "Asia/Seoul",
            ViewportSize = new ViewportSize { Width = 1440, Height = 960 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        KeepDownloads(page);
        return page;
    }

    /// <summary>Who signed in on each page (for the step-up code the page objects type).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, string> Users = new();

    public static string? UserOf(IPage page) => Users.TryGetValue(page, out var user) ? user : null;

    public async Task<IPage> SignedInPageAsync(string user)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, user, DemoPassword);
        await Assertions.Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>
    /// Password, then the second step: the authenticator code computed from the account's key (the demo accounts'
    /// fixed keys, or one learned at enrolment); an account that has not enrolled yet enrols on the way, its key read
    /// off the enrolment page.
    /// </summary>
    public static async Task SignInAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        Users.AddOrUpdate(page, user);
        await SecondStepAsync(page, user);
    }

    /// <summary>After a password post: answers the code or enrolment page, if that is where the sign-in went.</summary>
    public static async Task SecondStepAsync(IPage page, string user)
    {
        var code = page.Locator("#code");
        var error = page.GetByTestId("login-error");
        await Assertions.Expect(code.Or(error)).ToBeVisibleAsync();
        if (!await code.IsVisibleAsync()) return;
        if (page.Url.Contains("/account/enrol", StringComparison.Ordinal))
        {
            var key = (await page.GetByTestId("enrol-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Totp.Enrolled[user] = key;
            await code.FillAsync(Totp.Code(key));
            await page.ClickAsync("button[type=submit]");
            await page.GetByTestId("enrol-continue").ClickAsync();
            return;
        }
        var known = Totp.KeyOf(user) ?? throw new InvalidOperationException($"No authenticator key known for {user}.");
        await code.FillAsync(Totp.Code(known));
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Waits until the interactive circuit is connected (Blazor has attached and rendered).</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// The screenshot and, next to it, the page's HTML as the browser holds it (<c>name.html</c>): the personal-data scan
    /// after the run (issue 16 item 7) reads the saved sources.
    /// </summary>
    public async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        await File.WriteAllTextAsync(Path.Combine(ScreenshotFolder, name + ".html"), await page.ContentAsync());
    }

    /// <summary>Where every file a browser download delivers is kept (artifacts/downloads), for the personal-data scan.</summary>
    public string DownloadFolder { get; private set; } = "";

    private static int _downloads;

    private void KeepDownloads(IPage page) => page.Download += async (_, download) =>
    {
        var name = $"{Interlocked.Increment(ref _downloads):D3}-{string.Concat(download.SuggestedFilename.Split(Path.GetInvalidFileNameChars()))}";
        try { await download.SaveAsAsync(Path.Combine(DownloadFolder, name)); }
        catch (PlaywrightException) { } // the page closed first: nothing to keep
        catch (IOException) { }
    };

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Proxy is not null) await Proxy.DisposeAsync();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        try
        {
            if (_server is not null) await CheckLedgerAsync();
        }
        finally
        {
            KeepDatabase();
            try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Where the run's SQLite database is copied at the end (artifacts/e2e-database): the personal-data scan reads
    /// the files the portal exported, issued and produced from it.</summary>
    public string DatabaseCopy { get; private set; } = "";

    private void KeepDatabase()
    {
        try
        {
            if (Directory.Exists(DatabaseCopy)) Directory.Delete(DatabaseCopy, recursive: true);
            Directory.CreateDirectory(DatabaseCopy);
            foreach (var file in Directory.EnumerateFiles(_dataFolder).Where(f => f.EndsWith(".db", StringComparison.Ordinal) || f.EndsWith(".db-wal", StringComparison.Ordinal)))
                File.Copy(file, Path.Combine(DatabaseCopy, Path.GetFileName(file)));
        }
        catch (IOException) { }
    }

    /// <summary>
    /// Runs <c>BackOffice.Web check-ledger</c> on the database every test wrote to; throws (failing the run) unless it
    /// reports the ledger consistent.
    /// </summary>
    private async Task CheckLedgerAsync()
    {
        var start = new ProcessStartInfo("dotnet", [_dll, "check-ledger"])
        {
            WorkingDirectory = _webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataFolder"] = _dataFolder;
        using var check = Process.Start(start) ?? throw new InvalidOperationException("check-ledger did not start.");
        var output = check.StandardOutput.ReadToEndAsync();
        var errors = check.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await check.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;
        await File.AppendAllTextAsync(ServerLog, "\n== check-ledger at the end of the run ==\n" + text);
        if (check.ExitCode != 0 || !text.Contains("OK: the ledger is consistent", StringComparison.Ordinal))
            throw new InvalidOperationException($"The ledger consistency check after the end-to-end run failed (exit code {check.ExitCode}):\n{text}");
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
