using System.Diagnostics;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace BackOffice.Benchmarks;

/// <summary>
/// The income-deduction workbook for 1,000,000 filed members (issue 12 goal: under 15 s and 300 MB): synthetic results
/// through the same writer the export uses (two passes: 신고자료 then 검증, then 요약), each row's resident number decrypted
/// with the real key ring (AES-GCM), written to a file. Every 10th member also has an exclusion row in 검증.
/// Peak memory: the process's peak working set, printed at the end (BenchmarkDotNet's MemoryDiagnoser shows allocations).
/// </summary>
[MemoryDiagnoser]
public class DeductionWorkbookBenchmarks
{
    [Params(1_000_000)]
    public int Members { get; set; }

    private readonly NumberKeyRing _keys = new(NumberProtectionOptions.Development());
    private string[] _ciphers = [];
    private string _path = "";
    private readonly DateTimeOffset _registered = new(2026, 3, 1, 10, 0, 0, KoreanTime.Offset);

    [GlobalSetup]
    public void Setup()
    {
        _ciphers = [.. Enumerable.Range(0, 512).Select(i => _keys.Encrypt(ResidentNumber.Fake(new DateOnly(1960 + i % 40, 1 + i % 12, 1 + i % 28), i % 2 == 0, i)))];
        _path = Path.Combine(Path.GetTempPath(), $"deduction-bench-{Environment.ProcessId}.xlsx");
    }

    private async IAsyncEnumerable<DeductionResult> Results([EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.CompletedTask;
        for (var i = 1; i <= Members; i++)
        {
            ct.ThrowIfCancellationRequested();
            var member = new DeductionMember(i, $"M{i:D8}", i % 3 == 0 ? "김민준" : "=HYPERLINK(\"x\")", false, _registered, _ciphers[i % _ciphers.Length]);
            var payments = 10_000L + i % 1_000 * 100;
            var exclusions = i % 10 == 0 ? new[] { new DeductionExclusion(ExclusionReason.BeforeRegistration, 5_000) } : [];
            yield return new DeductionResult(member, new DeductionRow(payments, 1_000, payments - 1_000, i % 5 == 0 ? 2_000 : 0, i % 10 == 0 ? 5_000 : 0, 0), exclusions);
        }
    }

    [Benchmark]
    public async Task<long> Workbook()
    {
        await using var file = new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var header = new DeductionWorkbookHeader(2026, "LOCAL", "서로e음 지역화폐카드", DateTimeOffset.UtcNow, "벤치마크");
        var totals = await DeductionWorkbookWriter.WriteAsync(file, header, Results, _keys.Decrypt, Members, null, CancellationToken.None);
        return totals.FiledMembers;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var size = File.Exists(_path) ? new FileInfo(_path).Length : 0;
        Console.WriteLine($"// Deduction workbook: {Members:N0} members, file {size / 1024.0 / 1024.0:F1} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        File.Delete(_path);
    }
}
