using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace BackOffice.Web.Platform.Documents;

/// <summary>
/// Prints HTML to an A4 PDF with the system Chromium through Playwright. One browser for the process, started on first
/// use and started again when it has died (a print that fails because the browser went away is retried once on a new
/// browser); a small pool of warm pages reused from document to document; at most
/// <see cref="PdfPrinterOptions.MaxConcurrency"/> documents at once; a time limit per document, waiting included.
/// </summary>
public sealed class PdfPrinter(IOptions<PdfPrinterOptions> options, ILogger<PdfPrinter> log) : IAsyncDisposable
{
    public const string InstallCommand = "sudo apt-get install -y chromium fonts-nanum";

    private readonly PdfPrinterOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrency));
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly ConcurrentQueue<WarmPage> _idle = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _browserStarts;
    private int _pagesOpened;

    /// <summary>
    /// A switch on the browser's command line that names this printer's Chromium (Chromium ignores it), so an operator
    /// (or a test) can tell its processes from other Chromiums on the machine.
    /// </summary>
    public string InstanceTag { get; } = "--backoffice-pdf=" + Guid.NewGuid().ToString("N");

    /// <summary>How often a browser was started (1 after the first document; more after restarts).</summary>
    public int BrowserStarts => Volatile.Read(ref _browserStarts);

    /// <summary>How many pages were opened in all (warm pages are reused, so far fewer than documents printed).</summary>
    public int PagesOpened => Volatile.Read(ref _pagesOpened);

    /// <summary>Null when PDFs can be printed; otherwise the Korean sentence saying what is missing and how to install it.</summary>
    public string? Unavailable()
    {
        if (!File.Exists(_options.ChromiumPath))
            return $"PDF를 만들 Chromium이 설치되어 있지 않습니다({_options.ChromiumPath}). 서버에서 설치하세요: {InstallCommand}";
        if (!Directory.Exists(_options.FontFolder) || !Directory.EnumerateFiles(_options.FontFolder, "*.ttf").Any())
            return $"PDF에 쓸 한글 글꼴(나눔)이 설치되어 있지 않습니다({_options.FontFolder}). 서버에서 설치하세요: {InstallCommand}";
        return null;
    }

    /// <summary>Starts the browser and opens the warm pages ahead of the first document.</summary>
    public async Task WarmUpAsync(CancellationToken ct = default)
    {
        if (Unavailable() is { } missing) throw new BusinessRuleException(missing);
        var browser = await BrowserAsync(ct);
        while (_idle.Count < Math.Max(1, _options.MaxConcurrency))
        {
            _idle.Enqueue(new WarmPage(await NewPageAsync(browser), browser));
        }
    }

    /// <summary>The PDF of <paramref name="html"/>; <paramref name="headerHtml"/> is repeated at the top of every page.</summary>
    public async Task<byte[]> PrintAsync(string html, string headerHtml, CancellationToken ct)
    {
        if (Unavailable() is { } missing) throw new BusinessRuleException(missing);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var entered = false;
        try
        {
            await _slots.WaitAsync(limit.Token);
            entered = true;
            try
            {
                return await PrintOnceAsync(html, headerHtml, limit.Token);
            }
            catch (PlaywrightException e) when (!limit.IsCancellationRequested)
            {
                // The browser died or the page crashed under us: start afresh and try once more.
                log.LogWarning(e, "Printing a PDF failed in Chromium; starting the browser again and retrying once");
                await RestartAsync(limit.Token);
                return await PrintOnceAsync(html, headerHtml, limit.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            log.LogWarning("A PDF was not printed within {Seconds} s", _options.TimeoutSeconds);
            throw new BusinessRuleException($"문서 출력이 {_options.TimeoutSeconds:0.###}초 안에 끝나지 않았습니다. 잠시 후 다시 시도하세요.");
        }
        finally
        {
            if (entered) _slots.Release();
        }
    }

    private async Task<byte[]> PrintOnceAsync(string html, string headerHtml, CancellationToken ct)
    {
        var lease = await TakePageAsync(ct);
        var reusable = false;
        try
        {
            await lease.Page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
            var pdf = await lease.Page.PdfAsync(new()
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = headerHtml,
                FooterTemplate =
                    "<div style=\"font-size:8px;width:100%;text-align:center;font-family:'NanumGothic'\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
                Margin = new() { Top = "22mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
            }).WaitAsync(ct);
            reusable = true;
            return pdf;
        }
        finally
        {
            // A page that failed or ran out of time may still be busy: it is closed, never handed to the next document.
            if (reusable && ++lease.Uses < _options.PageReuseLimit && lease.Browser == _browser && lease.Browser.IsConnected)
                _idle.Enqueue(lease);
            else
                _ = CloseQuietlyAsync(lease.Page);
        }
    }

    private async Task<WarmPage> TakePageAsync(CancellationToken ct)
    {
        while (_idle.TryDequeue(out var warm))
        {
            if (warm.Browser == _browser && warm.Browser.IsConnected && !warm.Page.IsClosed) return warm;
            _ = CloseQuietlyAsync(warm.Page);
        }
        var browser = await BrowserAsync(ct);
        return new WarmPage(await NewPageAsync(browser).WaitAsync(ct), browser);
    }

    private async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync();
        Interlocked.Increment(ref _pagesOpened);
        return page;
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } ready) return ready;
        await _start.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } started) return started;
            if (_browser is not null)
            {
                log.LogWarning("Chromium for PDFs had stopped; starting it again");
                await DisposeQuietlyAsync(_browser);
            }
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = _options.ChromiumPath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", InstanceTag,
                ],
            });
            Interlocked.Increment(ref _browserStarts);
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>Drops the current browser (it failed a print) so the next page comes from a new one.</summary>
    private async Task RestartAsync(CancellationToken ct)
    {
        await _start.WaitAsync(ct);
        IBrowser? old;
        try
        {
            old = _browser;
            _browser = null;
        }
        finally
        {
            _start.Release();
        }
        while (_idle.TryDequeue(out var warm)) _ = CloseQuietlyAsync(warm.Page);
        if (old is not null) await DisposeQuietlyAsync(old);
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
            // The page or its browser is already gone.
        }
    }

    private static async Task DisposeQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryDequeue(out var warm)) await CloseQuietlyAsync(warm.Page);
        if (_browser is not null) await DisposeQuietlyAsync(_browser);
        _playwright?.Dispose();
        _slots.Dispose();
        _start.Dispose();
    }

    private sealed class WarmPage(IPage page, IBrowser browser)
    {
        public IPage Page { get; } = page;
        public IBrowser Browser { get; } = browser;
        public int Uses { get; set; }
    }
}

/// <summary>Counts the pages of a PDF Chromium printed (its page objects; Chromium writes no object streams).</summary>
public static class PdfPages
{
    private static readonly System.Text.RegularExpressions.Regex PageObject =
        new(@"/Type\s*/Page(?![a-zA-Z])", System.Text.RegularExpressions.RegexOptions.Compiled);

    public static int Count(byte[] pdf) => PageObject.Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
}
