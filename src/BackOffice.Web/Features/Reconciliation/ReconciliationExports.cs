using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SpreadCheetah;

namespace BackOffice.Web.Features.Reconciliation;

/// <summary>The reconciliation workbook: 요약 (per account kind), 유형별 (per kind and entry type), 일별 (debits and credits
/// per day), 지급 배치 (payout batches against their transfer files and results). Amounts are number cells, text is text.</summary>
public sealed class ReconciliationWorkbook(IDbContextFactory<AppDbContext> factory) : IExportKind
{
    public static readonly string[] SheetNames = ["요약", "유형별", "일별", "지급 배치"];

    public string Key => ReconciliationQueries.WorkbookKind;
    public string Title => "정산 대사 (엑셀)";
    public Permission Permission => Permission.ViewReconciliation;
    public bool HoldsPersonalData => false;
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Validate(ExportParameters parameters)
    {
        var (from, to) = ReconciliationReader.Period(parameters);
        return $"정산대사_{ReconciliationExport.Name(from, to)}.xlsx";
    }

    public async Task WriteAsync(ExportJob job, Stream output, CancellationToken ct)
    {
        var report = await ReconciliationExport.ReadAsync(factory, job, ct);
        await using var book = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct);

        await book.StartWorksheetAsync(SheetNames[0], token: ct);
        await book.AddRowAsync([new DataCell("기간"), new DataCell(report.Period), new DataCell("결과"), new DataCell(report.IsBalanced ? "일치" : "차이")], ct);
        await book.AddRowAsync([new DataCell("계정 종류"), new DataCell("기초 잔액"), new DataCell("차변"), new DataCell("대변"), new DataCell("기말 잔액"),
            new DataCell("잔액 기준 기말"), new DataCell("차이")], ct);
        foreach (var k in report.Kinds)
        {
            await book.AddRowAsync([new DataCell(ReconciliationNames.Of(k.Kind)), new DataCell(k.Opening), new DataCell(k.Debits), new DataCell(k.Credits),
                new DataCell(k.Closing), new DataCell(k.ClosingFromBalances), new DataCell(k.Difference)], ct);
        }
        await book.AddRowAsync([new DataCell("합계"), new DataCell(report.Kinds.Sum(k => k.Opening)), new DataCell(report.Kinds.Sum(k => k.Debits)),
            new DataCell(report.Kinds.Sum(k => k.Credits)), new DataCell(report.GrandClosing), new DataCell(report.Kinds.Sum(k => k.ClosingFromBalances)),
            new DataCell(report.Kinds.Sum(k => k.Difference))], ct);
        job.Progress.Report(new ExportProgress(1, 4, "요약"));

        await book.StartWorksheetAsync(SheetNames[1], token: ct);
        await book.AddRowAsync([new DataCell("계정 종류"), new DataCell("분개 유형"), new DataCell("차변"), new DataCell("대변")], ct);
        foreach (var k in report.Kinds)
            foreach (var t in k.ByType)
                await book.AddRowAsync([new DataCell(ReconciliationNames.Of(k.Kind)), new DataCell(EntryTypeNames.Of(t.Type)), new DataCell(t.Debits), new DataCell(t.Credits)], ct);
        job.Progress.Report(new ExportProgress(2, 4, "유형별"));

        await book.StartWorksheetAsync(SheetNames[2], token: ct);
        await book.AddRowAsync([new DataCell("일자"), new DataCell("차변"), new DataCell("대변"), new DataCell("차이")], ct);
        foreach (var d in report.Days)
            await book.AddRowAsync([new DataCell(ReconciliationExport.Day(d.Day)), new DataCell(d.Debits), new DataCell(d.Credits), new DataCell(d.Difference)], ct);
        job.Progress.Report(new ExportProgress(3, 4, "일별"));

        await book.StartWorksheetAsync(SheetNames[3], token: ct);
        await book.AddRowAsync([new DataCell("배치 번호"), new DataCell("생성 시각"), new DataCell("배치 건수"), new DataCell("배치 금액"), new DataCell("항목 건수"),
            new DataCell("항목 합계"), new DataCell("대기"), new DataCell("지급"), new DataCell("실패"), new DataCell("지급 완료 금액"), new DataCell("원장 지급 기입"),
            new DataCell("이체 파일"), new DataCell("파일 SHA-256"), new DataCell("결과")], ct);
        foreach (var b in report.Batches)
        {
            var f = b.Facts;
            await book.AddRowAsync([new DataCell(f.BatchNo), new DataCell(Fmt.DateTime(f.CreatedAt)), new DataCell(f.HeaderCount), new DataCell(f.HeaderTotal),
                new DataCell(f.ItemCount), new DataCell(f.ItemTotal), new DataCell(f.Pending), new DataCell(f.Paid), new DataCell(f.Failed), new DataCell(f.PaidTotal),
                new DataCell(f.LedgerPaid), new DataCell(f.FileDownloadedAt is { } at ? Fmt.DateTime(at) : "내려받기 전"), new DataCell(f.FileSha256 ?? ""),
                new DataCell(b.Matches ? "일치" : string.Join("; ", b.Problems))], ct);
        }
        await book.FinishAsync(ct);
        job.Progress.Report(new ExportProgress(4, 4, "완료"));
    }
}

/// <summary>The reconciliation as one CSV table (UTF-8 with BOM): a section column (요약, 유형별, 일별, 지급 배치), every text cell
/// through <see cref="CsvCell.Of"/> (formula-safe), amounts as plain integers.</summary>
public sealed class ReconciliationCsv(IDbContextFactory<AppDbContext> factory) : IExportKind
{
    public static readonly string[] Header = ["구분", "기간/일자", "계정 종류/배치", "분개 유형", "기초", "차변", "대변", "기말", "잔액 기준 기말", "차이", "비고"];

    public string Key => ReconciliationQueries.CsvKind;
    public string Title => "정산 대사 (CSV)";
    public Permission Permission => Permission.ViewReconciliation;
    public bool HoldsPersonalData => false;
    public string ContentType => "text/csv";

    public string Validate(ExportParameters parameters)
    {
        var (from, to) = ReconciliationReader.Period(parameters);
        return $"정산대사_{ReconciliationExport.Name(from, to)}.csv";
    }

    public async Task WriteAsync(ExportJob job, Stream output, CancellationToken ct)
    {
        var report = await ReconciliationExport.ReadAsync(factory, job, ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await Line(writer, Header.Cast<object>());
        foreach (var k in report.Kinds)
            await Line(writer, ["요약", report.Period, ReconciliationNames.Of(k.Kind), "", k.Opening, k.Debits, k.Credits, k.Closing, k.ClosingFromBalances, k.Difference, ""]);
        await Line(writer, ["요약", report.Period, "합계", "", report.Kinds.Sum(k => k.Opening), report.Kinds.Sum(k => k.Debits), report.Kinds.Sum(k => k.Credits),
            report.GrandClosing, report.Kinds.Sum(k => k.ClosingFromBalances), report.Kinds.Sum(k => k.Difference), report.IsBalanced ? "일치" : "차이"]);
        foreach (var k in report.Kinds)
            foreach (var t in k.ByType)
                await Line(writer, ["유형별", report.Period, ReconciliationNames.Of(k.Kind), EntryTypeNames.Of(t.Type), "", t.Debits, t.Credits, "", "", "", ""]);
        foreach (var d in report.Days)
            await Line(writer, ["일별", ReconciliationExport.Day(d.Day), "", "", "", d.Debits, d.Credits, "", "", d.Difference, ""]);
        foreach (var b in report.Batches)
        {
            var f = b.Facts;
            await Line(writer, ["지급 배치", Fmt.DateTime(f.CreatedAt), f.BatchNo, "", "", "", f.LedgerPaid, f.PaidTotal, "", f.HeaderTotal - f.ItemTotal,
                $"건수 {f.HeaderCount}/{f.ItemCount}, 지급 {f.Paid}, 실패 {f.Failed}, 대기 {f.Pending}, SHA-256 {f.FileSha256 ?? "없음"}; " + (b.Matches ? "일치" : string.Join("; ", b.Problems))]);
        }
        await writer.FlushAsync(ct);
        job.Progress.Report(new ExportProgress(1, 1, "완료"));
    }

    private static Task Line(StreamWriter writer, IEnumerable<object> cells) =>
        writer.WriteLineAsync(string.Join(',', cells.Select(c => c switch
        {
            long n => n.ToString(CultureInfo.InvariantCulture),
            int n => n.ToString(CultureInfo.InvariantCulture),
            _ => CsvCell.Of(c.ToString() ?? ""),
        })));
}

internal static class ReconciliationExport
{
    public static async Task<ReconciliationReport> ReadAsync(IDbContextFactory<AppDbContext> factory, ExportJob job, CancellationToken ct)
    {
        job.RequestedBy.Require(Permission.ViewReconciliation);
        var (from, to) = ReconciliationReader.Period(job.Parameters);
        job.Progress.Report(new ExportProgress(0, 0, "원장 집계"));
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ReconciliationReader.ReadAsync(db, from, to, ct);
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Name(DateOnly from, DateOnly to) => from == to ? Day(from) : $"{Day(from)}_{Day(to)}";
}
