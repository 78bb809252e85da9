using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace BackOffice.Web.Features.Deduction;

/// <summary>What the workbook is for, shown on the 요약 sheet.</summary>
public sealed record DeductionWorkbookHeader(int Year, string ProgramCode, string ProgramName, DateTimeOffset ProducedAt, string ProducedBy);

/// <summary>The figures of one written workbook.</summary>
public sealed record DeductionTotals(long FiledMembers, long Deductible, long Transit, long BeforeRegistration, long Refunded,
    IReadOnlyDictionary<ExclusionReason, (long Count, long Amount)> Exclusions);

/// <summary>
/// Writes the income-deduction workbook with SpreadCheetah, streaming: sheets 신고자료 (one row per filed member, the resident
/// registration number in full), 검증 (every excluded member or amount with its reason and clause) and 요약. The results are
/// read twice (once per sheet), so memory stays flat however many members there are. Every text is an inline-string cell
/// (a name such as <c>=HYPERLINK("x")</c> stays text: no formula is ever written); amounts are numbers.
/// </summary>
public static class DeductionWorkbookWriter
{
    public const string FiledSheet = "신고자료";
    public const string CheckSheet = "검증";
    public const string SummarySheet = "요약";

    public static readonly string[] FiledHeader =
        ["순번", "회원번호", "성명", "주민등록번호", "소득공제 등록일시 (KST)", "결제 금액", "취소·환불 금액", "공제 대상 사용액", "교통 사용액 (별도 신고)", "등록 전 사용액 (제외)", "잔액 환불 (제외)"];

    public static readonly string[] CheckHeader = ["회원번호", "성명", "제외 사유", "근거", "금액"];

    private const int ProgressEvery = 1000;

    /// <param name="results">Opens a fresh pass over the members (called twice).</param>
    /// <param name="reveal">The full resident registration number of a filed member (digits), from the stored cipher.</param>
    public static async Task<DeductionTotals> WriteAsync(Stream output, DeductionWorkbookHeader header,
        Func<CancellationToken, IAsyncEnumerable<DeductionResult>> results, Func<string, string> reveal, long total,
        IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { BufferSize = 65_536 }, ct);
        var bold = book.AddStyle(new Style { Font = { Bold = true } });
        var won = book.AddStyle(new Style { Format = NumberFormat.Custom("#,##0") });

        var filedOptions = new WorksheetOptions { FrozenRows = 1 };
        filedOptions.Column(2).Width = 12;
        filedOptions.Column(4).Width = 16;
        filedOptions.Column(5).Width = 20;
        for (var c = 6; c <= FiledHeader.Length; c++) filedOptions.Column(c).Width = 16;
        await book.StartWorksheetAsync(FiledSheet, filedOptions, ct);
        await book.AddHeaderRowAsync(FiledHeader, bold, ct);

        long done = 0, filed = 0, deductible = 0, transit = 0, before = 0, refunded = 0;
        var cells = new Cell[FiledHeader.Length];
        await foreach (var result in results(ct).WithCancellation(ct))
        {
            if (++done % ProgressEvery == 0) progress?.Report(new(done, total * 2, "신고자료 작성"));
            if (result.Row is not { } row) continue;
            var m = result.Member;
            filed++;
            deductible += row.Deductible;
            transit += row.Transit;
            before += row.BeforeRegistration;
            refunded += row.Refunded;
            cells[0] = new Cell(filed);
            cells[1] = new Cell(m.MemberNo);
            cells[2] = new Cell(m.Name);
            cells[3] = new Cell(ResidentNumber.Format(reveal(m.ResidentNumberCipher!)));
            cells[4] = new Cell(m.RegisteredAt!.Value.ToKst().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            cells[5] = new Cell(row.Payments, won);
            cells[6] = new Cell(row.Cancels, won);
            cells[7] = new Cell(row.Deductible, won);
            cells[8] = new Cell(row.Transit, won);
            cells[9] = new Cell(row.BeforeRegistration, won);
            cells[10] = new Cell(row.Refunded, won);
            await book.AddRowAsync(cells, ct);
        }

        var checkOptions = new WorksheetOptions { FrozenRows = 1 };
        checkOptions.Column(1).Width = 12;
        checkOptions.Column(3).Width = 30;
        checkOptions.Column(4).Width = 24;
        checkOptions.Column(5).Width = 16;
        await book.StartWorksheetAsync(CheckSheet, checkOptions, ct);
        await book.AddHeaderRowAsync(CheckHeader, bold, ct);
        var exclusions = Enum.GetValues<ExclusionReason>().ToDictionary(r => r, _ => (Count: 0L, Amount: 0L));
        var check = new Cell[CheckHeader.Length];
        long seen = 0;
        await foreach (var result in results(ct).WithCancellation(ct))
        {
            if (++seen % ProgressEvery == 0) progress?.Report(new(total + seen, total * 2, "검증 작성"));
            foreach (var x in result.Exclusions)
            {
                var (count, amount) = exclusions[x.Reason];
                exclusions[x.Reason] = (count + 1, amount + x.Amount);
                check[0] = new Cell(result.Member.MemberNo);
                check[1] = new Cell(result.Member.Name);
                check[2] = new Cell(x.Text);
                check[3] = new Cell(x.Clause);
                check[4] = new Cell(x.Amount, won);
                await book.AddRowAsync(check, ct);
            }
        }

        var summaryOptions = new WorksheetOptions();
        summaryOptions.Column(1).Width = 36;
        summaryOptions.Column(2).Width = 24;
        summaryOptions.Column(3).Width = 24;
        await book.StartWorksheetAsync(SummarySheet, summaryOptions, ct);
        await book.AddHeaderRowAsync(["항목", "값", "근거"], bold, ct);
        async Task Text(string label, string value, string clause = "") =>
            await book.AddRowAsync([new Cell(label), new Cell(value), new Cell(clause)], ct);
        async Task Number(string label, long value, string clause = "") =>
            await book.AddRowAsync([new Cell(label), new Cell(value, won), new Cell(clause)], ct);
        await Text("귀속 연도", header.Year.ToString(CultureInfo.InvariantCulture), "000 소득공제 (1월~12월 사용분, 다음 해 2월 신고)");
        await Text("프로그램", $"{header.ProgramName} ({header.ProgramCode})");
        await Text("작성 시각 (KST)", header.ProducedAt.ToKst().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        await Text("작성자", header.ProducedBy);
        await Number("신고 대상 회원 수", filed);
        await Number("공제 대상 사용액 합계", deductible, "000 소득공제, 004 제11조");
        await Text("공제율", $"{IncomeDeduction.RatePercent}%", "000 소득공제 (직불카드와 동일)");
        await Number("교통 사용액 합계 (별도 신고)", transit, "000 교통기능");
        await Number("등록 전 사용액 합계 (제외, 신고 대상 회원)", before, "000 소득공제, 004 제11조1");
        await Number("잔액 환불 합계 (제외, 신고 대상 회원)", refunded, "004 제11조2");
        foreach (var (reason, (count, amount)) in exclusions.Where(e => e.Value.Count > 0))
            await Number($"검증: {IncomeDeduction.ReasonText(reason)} ({count.ToString("N0", CultureInfo.InvariantCulture)}건)", amount, IncomeDeduction.ReasonClause(reason));

        await book.FinishAsync(ct);
        progress?.Report(new(total * 2, total * 2, "완료"));
        return new(filed, deductible, transit, before, refunded, exclusions);
    }
}
