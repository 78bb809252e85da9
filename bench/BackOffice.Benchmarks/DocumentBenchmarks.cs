using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BackOffice.Benchmarks;

/// <summary>
/// The document pipeline with a warm browser (issue 12 goal: a 1,000-line statement under 1.5 s, 10 at once without a
/// failure): Razor component → HTML (<see cref="DocumentHtml"/>) → PDF (<see cref="PdfPrinter"/>, system Chromium).
/// No database: issuing adds two short transactions, measured by the integration tests, not here.
/// Run: <c>dotnet run -c Release --project bench/BackOffice.Benchmarks -- --filter '*DocumentBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(5)]
[InvocationCount(1)]
public class DocumentBenchmarks
{
    private const string Header = "<div style=\"font-size:8px;width:100%;padding:0 14mm;font-family:'NanumGothic'\">거래내역서 · 문서번호 D20261201-000001</div>";
    private ServiceProvider _services = default!;
    private PdfPrinter _printer = default!;
    private DocumentHtml _html = default!;

    [Params(1000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        _services = services.BuildServiceProvider();
        _printer = new PdfPrinter(Options.Create(new PdfPrinterOptions()), NullLogger<PdfPrinter>.Instance);
        _html = new DocumentHtml(_services, _services.GetRequiredService<ILoggerFactory>());
        await _printer.WarmUpAsync();
        var first = await PrintOneAsync(1);
        var sample = Path.Combine(Path.GetTempPath(), "bench-statement.pdf");
        await File.WriteAllBytesAsync(sample, first);
        Console.WriteLine($"// {Lines:N0} lines: {first.Length:N0} bytes, {PdfPages.Count(first)} pages ({sample})");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _printer.DisposeAsync();
        await _services.DisposeAsync();
    }

    /// <summary>One statement of <see cref="Lines"/> lines: render and print.</summary>
    [Benchmark]
    public Task<byte[]> Statement() => PrintOneAsync(1);

    /// <summary>Ten statements started at once (the printer runs <see cref="PdfPrinterOptions.MaxConcurrency"/> at a time).</summary>
    [Benchmark]
    public async Task<int> TenStatementsAtOnce()
    {
        var pdfs = await Task.WhenAll(Enumerable.Range(1, 10).Select(PrintOneAsync));
        return pdfs.Sum(p => p.Length);
    }

    private async Task<byte[]> PrintOneAsync(int n)
    {
        var context = new DocumentContext($"D20261201-{n:000000}", DateTimeOffset.UtcNow, "벤치마크", false);
        var html = await _html.RenderAsync(typeof(BenchStatement), context, new Dictionary<string, object?> { ["Lines"] = Lines });
        return await _printer.PrintAsync(html, Header, CancellationToken.None);
    }
}

/// <summary>A statement-like document (time, type, merchant, masked card, amount, balance after) in the shared layout.</summary>
public sealed class BenchStatement : ComponentBase
{
    private static readonly string[] Types = ["결제", "충전", "결제취소", "교통"];

    [Parameter] public DocumentContext Context { get; set; } = default!;
    [Parameter] public int Lines { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<DocumentLayout>(0);
        builder.AddComponentParameter(1, nameof(DocumentLayout.Context), Context);
        builder.AddComponentParameter(2, nameof(DocumentLayout.Title), "거래내역서");
        builder.AddComponentParameter(3, nameof(DocumentLayout.ChildContent), (RenderFragment)Table);
        builder.CloseComponent();
    }

    private void Table(RenderTreeBuilder b)
    {
        b.OpenElement(0, "table");
        b.AddMarkupContent(1, "<thead><tr><th>일시</th><th>구분</th><th>가맹점</th><th>카드</th><th class=\"num\">금액</th><th class=\"num\">잔액</th></tr></thead>");
        b.OpenElement(2, "tbody");
        var balance = 5_000_000L;
        var start = new DateTime(2026, 11, 1, 9, 0, 0);
        for (var i = 0; i < Lines; i++)
        {
            var amount = i % 4 == 1 ? 50_000L : -(1_250L + i % 37 * 100);
            balance += amount;
            b.OpenElement(3, "tr");
            b.OpenElement(4, "td"); b.AddContent(5, start.AddMinutes(i * 37).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)); b.CloseElement();
            b.OpenElement(6, "td"); b.AddContent(7, Types[i % 4]); b.CloseElement();
            b.OpenElement(8, "td"); b.AddContent(9, $"한빛마트 {i % 50 + 1}호점"); b.CloseElement();
            b.OpenElement(10, "td"); b.AddContent(11, "9410-****-****-" + (1000 + i % 9000)); b.CloseElement();
            b.OpenElement(12, "td"); b.AddAttribute(13, "class", "num"); b.AddContent(14, KoreanWon.Format(amount)); b.CloseElement();
            b.OpenElement(15, "td"); b.AddAttribute(16, "class", "num"); b.AddContent(17, KoreanWon.Format(balance)); b.CloseElement();
            b.CloseElement();
        }
        b.CloseElement();
        b.CloseElement();
    }
}
