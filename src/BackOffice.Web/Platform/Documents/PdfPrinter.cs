using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace BackOffice.Web.Platform.Documents;

/// <summary>
/// Prints HTML to an A4 PDF with the system Chromium through Playwright. One browser for the process, started on
/// first use and started again when it has died; at most <see cref="PdfPrinterOptions.MaxConcurrency"/> documents at once.
/// </summary>
public sealed class PdfPrinter(IOptions<PdfPrinterOptions> options, ILogger<PdfPrinter> log) : IAsyncDisposable
{
    public const string InstallCommand = "sudo apt-get install -y chromium fonts-nanum";

    private readonly PdfPrinterOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrency));
    private readonly SemaphoreSlim _start = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Null when PDFs can be printed; otherwise the Korean sentence saying what is missing and how to install it.</summary>
    public string? Unavailable()
    {
        if (!File.Exists(_options.ChromiumPath))
            return $"PDF를 만들 Chromium이 설치되어 있지 않습니다({_options.ChromiumPath}). 서버에서 설치하세요: {InstallCommand}";
        if (!Directory.Exists("/usr/share/fonts/truetype/nanum"))
            return $"PDF에 쓸 한글 글꼴(나눔)이 설치되어 있지 않습니다. 서버에서 설치하세요: {InstallCommand}";
        return null;
    }

    /// <summary>The PDF of <paramref name="html"/>; <paramref name="headerHtml"/> is repeated at the top of every page.</summary>
    public async Task<byte[]> PrintAsync(string html, string headerHtml, CancellationToken ct)
    {
        if (Unavailable() is { } missing) throw new BusinessRuleException(missing);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        await _slots.WaitAsync(limit.Token);
        try
        {
            var browser = await BrowserAsync(limit.Token);
            var page = await browser.NewPageAsync();
            try
            {
                await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
                return await page.PdfAsync(new()
                {
                    Format = "A4",
                    PrintBackground = true,
                    DisplayHeaderFooter = true,
                    HeaderTemplate = headerHtml,
                    FooterTemplate =
                        "<div style=\"font-size:8px;width:100%;text-align:center;font-family:'NanumGothic'\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
                    Margin = new() { Top = "22mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
                }).WaitAsync(limit.Token);
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new BusinessRuleException($"문서 출력이 {_options.TimeoutSeconds}초 안에 끝나지 않았습니다. 잠시 후 다시 시도하세요.");
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } ready) return ready;
        await _start.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } started) return started;
            if (_browser is not null) log.LogWarning("Chromium for PDFs had stopped; starting it again");
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = _options.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _slots.Dispose();
        _start.Dispose();
    }
}
