using System.Globalization;

namespace BackOffice.Data.Delivery;

/// <summary>A dispatch confirmation row of the card vendor: the shipment went to the post office (접수) or is on its way (배송중).</summary>
public sealed record DispatchRow(int Line, string ShipmentNumber, DateTimeOffset DispatchedAt, string TrackingNumber, ShipmentStatus Status);

/// <summary>A row of the post office's returned-mail list.</summary>
public sealed record ReturnedRow(int Line, string ShipmentNumber, DateOnly ReturnedOn, string ReasonCode, string ReasonText)
{
    public string Reason => $"{ReasonCode} {ReasonText}".Trim();
}

/// <summary>A row refused with its line number (1 = the header) and the Korean reason; nothing of it is applied.</summary>
public sealed record RejectedRow(int Line, string ShipmentNumber, string Reason)
{
    public override string ToString() => $"{Line}행: {Reason}";
}

/// <summary>A read file: the rows that passed the checks of the file itself and the rows that did not.</summary>
public sealed record ShipmentFileRead<T>(IReadOnlyList<T> Rows, IReadOnlyList<RejectedRow> Rejected, int RowCount);

/// <summary>
/// The two status files that come in (layouts in <c>docs/delivery-files.md</c>): CSV, UTF-8 (a BOM is allowed),
/// a header row with exactly the documented column names, at most <see cref="MaxRows"/> rows and <see cref="MaxBytes"/> bytes.
/// A file that breaks those is refused as a whole (<see cref="BusinessRuleException"/>); a row that breaks a row rule
/// (column count, empty or malformed shipment number, bad date, unknown status, the same shipment twice in the file) is
/// listed in <see cref="ShipmentFileRead{T}.Rejected"/> and the others go on to the life-cycle checks of the import.
/// </summary>
public static class ShipmentFile
{
    public const int MaxRows = 10_000;
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxTrackingNumber = 30;
    public const int MaxReasonCode = 10;
    public const int MaxReasonText = 100;

    public static readonly string[] DispatchHeader = ["배송번호", "발송일시", "등기번호", "상태"];
    public static readonly string[] ReturnedHeader = ["배송번호", "반송일", "반송사유코드", "반송사유"];

    /// <summary>The dispatch file's status values: 접수 = handed to the post office, 배송중 = on its way.</summary>
    public static readonly IReadOnlyDictionary<string, ShipmentStatus> DispatchStatuses = new Dictionary<string, ShipmentStatus>
    {
        ["접수"] = ShipmentStatus.HandedToPost,
        ["배송중"] = ShipmentStatus.InTransit,
    };

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static string KindName(ShipmentImportKind kind) => kind switch
    {
        ShipmentImportKind.Dispatch => "발송 확인 (카드 제작사)",
        ShipmentImportKind.Returned => "반송 목록 (우체국)",
        _ => kind.ToString(),
    };

    public static ShipmentFileRead<DispatchRow> ReadDispatch(byte[] bytes, DateTimeOffset now)
    {
        var rows = new List<DispatchRow>();
        var (records, rejected) = Records(bytes, DispatchHeader);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in records)
        {
            var number = cells[0].Trim();
            string? problem = NumberProblem(number) ?? (seen.Contains(number) ? $"배송번호 {number}이(가) 파일에 두 번 이상 있습니다." : null);
            DateTimeOffset at = default;
            if (problem is null)
            {
                if (!DateTime.TryParseExact(cells[1].Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                    problem = $"발송일시 '{Short(cells[1])}'의 형식이 틀립니다 (yyyy-MM-dd HH:mm, 한국 시간).";
                else if ((at = new DateTimeOffset(local, KoreanTime.Offset)) > now)
                    problem = $"발송일시 {local:yyyy-MM-dd HH:mm}이(가) 미래입니다.";
            }
            var tracking = cells[2].Trim();
            if (problem is null && (tracking.Length is 0 or > MaxTrackingNumber || !tracking.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
                problem = $"등기번호는 영문·숫자·하이픈 1~{MaxTrackingNumber}자입니다.";
            var status = ShipmentStatus.HandedToPost;
            if (problem is null && !DispatchStatuses.TryGetValue(cells[3].Trim(), out status))
                problem = $"상태 '{Short(cells[3])}'은(는) 알 수 없습니다 (접수 또는 배송중).";
            if (number.Length > 0) seen.Add(number);
            if (problem is null) rows.Add(new DispatchRow(line, number, at, tracking, status));
            else rejected.Add(new RejectedRow(line, number, problem));
        }
        return new ShipmentFileRead<DispatchRow>(rows, Ordered(rejected), rows.Count + rejected.Count);
    }

    public static ShipmentFileRead<ReturnedRow> ReadReturned(byte[] bytes, DateOnly today)
    {
        var rows = new List<ReturnedRow>();
        var (records, rejected) = Records(bytes, ReturnedHeader);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in records)
        {
            var number = cells[0].Trim();
            string? problem = NumberProblem(number) ?? (seen.Contains(number) ? $"배송번호 {number}이(가) 파일에 두 번 이상 있습니다." : null);
            DateOnly day = default;
            if (problem is null)
            {
                if (!DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                    problem = $"반송일 '{Short(cells[1])}'의 형식이 틀립니다 (yyyy-MM-dd).";
                else if (day > today)
                    problem = $"반송일 {day:yyyy-MM-dd}이(가) 미래입니다.";
            }
            var code = cells[2].Trim();
            var text = cells[3].Trim();
            if (problem is null && (code.Length is 0 or > MaxReasonCode))
                problem = $"반송사유코드는 1~{MaxReasonCode}자입니다.";
            if (problem is null && (text.Length is 0 or > MaxReasonText))
                problem = $"반송사유는 1~{MaxReasonText}자입니다.";
            if (number.Length > 0) seen.Add(number);
            if (problem is null) rows.Add(new ReturnedRow(line, number, day, code, text));
            else rejected.Add(new RejectedRow(line, number, problem));
        }
        return new ShipmentFileRead<ReturnedRow>(rows, Ordered(rejected), rows.Count + rejected.Count);
    }

    /// <summary><c>S{yyyyMMdd}-{NNNNNN}</c>: the format <see cref="BusinessNumbers"/> gives shipment numbers.</summary>
    public static bool IsShipmentNumber(string value) =>
        value.Length == 16 && value[0] == 'S' && value[9] == '-' && value[1..9].All(char.IsAsciiDigit) && value[10..].All(char.IsAsciiDigit);

    private static string? NumberProblem(string number) =>
        number.Length == 0 ? "배송번호가 비어 있습니다."
        : !IsShipmentNumber(number) ? $"배송번호 '{Short(number)}'의 형식이 틀립니다 (S + 날짜 8자리 + - + 6자리)."
        : null;

    private static string Short(string value)
    {
        var v = value.Trim();
        return v.Length <= 30 ? v : v[..30] + "…";
    }

    private static List<RejectedRow> Ordered(List<RejectedRow> rejected) => [.. rejected.OrderBy(r => r.Line)];

    /// <summary>The data records with their line numbers (header = 1), and the rows with the wrong number of cells.</summary>
    private static (List<(int Line, string[] Cells)> Records, List<RejectedRow> Rejected) Records(byte[] bytes, string[] header)
    {
        var read = CsvUpload.Read(bytes, header, MaxBytes, MaxRows, "가져올", requireRows: false);
        return ([.. read.Records], [.. read.WrongWidth.Select(w => new RejectedRow(w.Line, w.FirstCell, w.Reason))]);
    }
}
