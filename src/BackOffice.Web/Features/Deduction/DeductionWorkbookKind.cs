using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Deduction;

/// <summary>
/// The income-deduction workbook as a background export (issue 12 item 3): Compliance only, holds resident registration
/// numbers in full (reason, fresh code, audited downloads, 30-day expiry are the export runner's), parameters <c>year</c>
/// and <c>program</c> (a program code or <see cref="DeductionSource.AllPrograms"/>).
/// </summary>
public sealed class DeductionWorkbookKind(DeductionSource source, NumberKeyRing keys, TimeProvider clock, IDbContextFactory<AppDbContext> factory) : IExportKind
{
    public const string KindKey = "deduction-workbook";

    public string Key => KindKey;
    public string Title => "소득공제 신고 자료";
    public Permission Permission => Permission.ProduceDeductionWorkbook;
    public bool HoldsPersonalData => true;
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Validate(ExportParameters parameters)
    {
        var (year, program) = Parse(parameters, clock);
        return $"소득공제_{program}_{year.ToString(CultureInfo.InvariantCulture)}.xlsx";
    }

    /// <summary>The year (2000 … this KST year) and program code, or a Korean refusal.</summary>
    public static (int Year, string Program) Parse(ExportParameters parameters, TimeProvider clock)
    {
        var thisYear = clock.TodayKst().Year;
        if (!int.TryParse(parameters["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > thisYear)
            throw new BusinessRuleException($"귀속 연도는 2000년부터 {thisYear}년 사이로 선택하세요.");
        var program = (parameters["program"] ?? "").Trim();
        if (program.Length is 0 or > 32 || !program.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new BusinessRuleException("프로그램을 선택하세요.");
        return (year, program);
    }

    public async Task WriteAsync(ExportJob job, Stream output, CancellationToken ct)
    {
        var (year, program) = Parse(job.Parameters, clock);
        string programName;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            programName = program == DeductionSource.AllPrograms ? "전체 프로그램"
                : await db.Programs.Where(p => p.Code == program).Select(p => p.Name).FirstOrDefaultAsync(ct)
                    ?? throw new BusinessRuleException("없는 프로그램입니다.");
        }
        job.Progress.Report(new(0, 0, "대상 회원 집계"));
        var total = await source.CountAsync(year, program, ct);
        var header = new DeductionWorkbookHeader(year, program, programName, clock.GetUtcNow(), job.RequestedBy.Name);
        await DeductionWorkbookWriter.WriteAsync(output, header, token => source.ReadAsync(year, program, token), keys.Decrypt, total, job.Progress, ct);
    }
}
