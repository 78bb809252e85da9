using Microsoft.EntityFrameworkCore;
using SpreadCheetah;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// The case register (issue 13 item 6), an export kind for Compliance and Supervisors (<see cref="Permission.ViewCaseBreaches"/>):
/// every case RECEIVED in the period (KST days) with type, channel, received time, the clock rule key and the derivation
/// of its due date, the due date, the closing time, the days taken (calendar days from the day received to the day
/// closed), the outcome, whether it was late and whether (and when) the delay notice was sent. No names or addresses:
/// the member number only, so the file holds no personal data in the export runner's sense. Two sheets: 사건 대장 and
/// 유형별. Text is inline text (a subject or number starting with "=" never becomes a formula); counts are number cells.
/// </summary>
public sealed class CaseRegisterWorkbook(IDbContextFactory<AppDbContext> factory, TimeProvider clock) : IExportKind
{
    public const string Kind = "case-register";
    public static readonly string[] SheetNames = ["사건 대장", "유형별"];

    public static readonly string[] Header =
    [
        "사건 번호", "회원 번호", "유형", "접수 경로", "상태", "접수 시각", "기한 규칙", "기한 산정", "기한", "종결 시각", "처리 일수", "결과",
        "기한 위반", "지연 안내", "지연 안내 시각",
    ];

    public string Key => Kind;
    public string Title => "사건 대장 (엑셀)";
    public Permission Permission => Permission.ViewCaseBreaches;
    public bool HoldsPersonalData => false;
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Validate(ExportParameters parameters)
    {
        var (from, to) = CaseBreachQueries.Period(parameters);
        return from == to ? $"사건대장_{Fmt.Date(from)}.xlsx" : $"사건대장_{Fmt.Date(from)}_{Fmt.Date(to)}.xlsx";
    }

    public async Task WriteAsync(ExportJob job, Stream output, CancellationToken ct)
    {
        job.RequestedBy.Require(Permission.ViewCaseBreaches);
        var (from, to) = CaseBreachQueries.Period(job.Parameters);
        job.Progress.Report(new ExportProgress(0, 0, "사건 조회"));
        var today = clock.TodayKst();
        var start = KoreanTime.StartOfDay(from);
        var end = KoreanTime.StartOfDay(to.AddDays(1));
        List<RegisterLine> lines;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            lines = await db.Cases.AsNoTracking()
                .Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
                .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new RegisterLine(c.Number, m.MemberNo, c.Type, c.Channel, c.Status, c.ReceivedAt,
                    c.ClockRuleKey, c.DueDerivation, c.DueOn, c.ClosedAt, c.Outcome, c.DelayNoticeAt))
                .ToListAsync(ct);
        }
        lines = [.. lines.OrderBy(l => l.ReceivedAt).ThenBy(l => l.Number, StringComparer.Ordinal)];

        await using var book = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct);
        await book.StartWorksheetAsync(SheetNames[0], token: ct);
        await book.AddRowAsync(Header.Select(h => new DataCell(h)).ToArray(), ct);
        var done = 0;
        foreach (var l in lines)
        {
            var closedOn = l.ClosedAt is { } c ? CaseBreachQueries.KstDay(c) : (DateOnly?)null;
            var late = IsLate(l, closedOn, today);
            await book.AddRowAsync(
            [
                new DataCell(l.Number), new DataCell(l.MemberNo), new DataCell(CaseNames.Of(l.Type)), new DataCell(CaseNames.Of(l.Channel)),
                new DataCell(CaseNames.Of(l.Status)), new DataCell(Fmt.DateTime(l.ReceivedAt)), new DataCell(l.ClockRuleKey), new DataCell(l.DueDerivation),
                new DataCell(l.DueOn is { } due ? Fmt.Date(due) : "본인 확인 후"), new DataCell(l.ClosedAt is { } closed ? Fmt.DateTime(closed) : ""),
                closedOn is { } day ? new DataCell(day.DayNumber - CaseBreachQueries.KstDay(l.ReceivedAt).DayNumber) : new DataCell(""),
                new DataCell(CaseNames.Of(l.Outcome)), new DataCell(late ? "예" : "아니오"),
                new DataCell(CaseBreachQueries.Name(CaseBreachQueries.Told(l.DelayNoticeAt, l.DueOn))),
                new DataCell(l.DelayNoticeAt is { } at ? Fmt.DateTime(at) : ""),
            ], ct);
            if (++done % 500 == 0) job.Progress.Report(new ExportProgress(done, lines.Count, "사건 대장"));
        }
        job.Progress.Report(new ExportProgress(lines.Count, lines.Count, "사건 대장"));

        await book.StartWorksheetAsync(SheetNames[1], token: ct);
        await book.AddRowAsync([new DataCell("기간"), new DataCell(Fmt.Date(from) + " ~ " + Fmt.Date(to))], ct);
        await book.AddRowAsync([new DataCell("유형"), new DataCell("접수"), new DataCell("종결"), new DataCell("기한 위반"), new DataCell("지연 안내 (기한 내)")], ct);
        foreach (var type in Enum.GetValues<CaseType>())
        {
            var ofType = lines.Where(l => l.Type == type).ToList();
            await book.AddRowAsync(
            [
                new DataCell(CaseNames.Of(type)), new DataCell(ofType.Count), new DataCell(ofType.Count(l => l.Status == CaseStatus.Closed)),
                new DataCell(ofType.Count(l => IsLate(l, l.ClosedAt is { } c ? CaseBreachQueries.KstDay(c) : null, today))),
                new DataCell(ofType.Count(l => CaseBreachQueries.Told(l.DelayNoticeAt, l.DueOn) == DelayNoticeTold.Yes)),
            ], ct);
        }
        await book.FinishAsync(ct);
        job.Progress.Report(new ExportProgress(lines.Count, lines.Count, "완료"));
    }

    /// <summary>Late: closed after the due date, or still running (not paused) after it (KST days).</summary>
    public static bool IsLate(CaseStatus status, DateOnly? dueOn, DateOnly? closedOn, DateOnly today) => dueOn is { } due && status switch
    {
        CaseStatus.Closed => closedOn is { } closed && closed > due,
        CaseStatus.Paused => false,
        _ => today > due,
    };

    private static bool IsLate(RegisterLine l, DateOnly? closedOn, DateOnly today) => IsLate(l.Status, l.DueOn, closedOn, today);

    private sealed record RegisterLine(string Number, string MemberNo, CaseType Type, CaseChannel Channel, CaseStatus Status, DateTimeOffset ReceivedAt,
        string ClockRuleKey, string DueDerivation, DateOnly? DueOn, DateTimeOffset? ClosedAt, CaseOutcome Outcome, DateTimeOffset? DelayNoticeAt);
}
