namespace BackOffice.Web.Platform.Exports;

/// <summary>
/// One kind of file the portal produces in the background (a workbook, a CSV): who may produce it, its name, and how
/// to write it. Workflows register theirs with <c>services.AddSingleton&lt;IExportKind, …&gt;()</c>; the export runner
/// (issue 12 item 5) starts it as a job with progress, stores the file and hands it out through the documents endpoint.
/// </summary>
public interface IExportKind
{
    /// <summary>Stable key, e.g. <c>deduction-workbook</c>, <c>reconciliation-xlsx</c>.</summary>
    string Key { get; }

    /// <summary>Korean title for lists ("소득공제 신고 자료").</summary>
    string Title { get; }

    /// <summary>Needed to produce and to download it.</summary>
    Permission Permission { get; }

    /// <summary>Holds personal data in full (resident registration numbers): produced only with a reason and a fresh
    /// code, every download audited, the stored file deleted after 30 days.</summary>
    bool HoldsPersonalData { get; }

    /// <summary><c>application/vnd.openxmlformats-officedocument.spreadsheetml.sheet</c> or <c>text/csv</c>.</summary>
    string ContentType { get; }

    /// <summary>Checks the parameters (a Korean <see cref="BusinessRuleException"/> when they are wrong, before any job starts)
    /// and returns the file name, e.g. <c>소득공제_LOCAL_2026.xlsx</c>.</summary>
    string Validate(ExportParameters parameters);

    /// <summary>Writes the file to <paramref name="output"/>, reporting progress now and then.</summary>
    Task WriteAsync(ExportJob job, Stream output, CancellationToken ct);
}

/// <summary>The parameters a user chose (year, program, day, period), as text.</summary>
public sealed record ExportParameters(IReadOnlyDictionary<string, string> Values)
{
    public string? this[string name] => Values.TryGetValue(name, out var v) ? v : null;

    /// <summary>A period as the <c>from</c>/<c>to</c> parameters (yyyy-MM-dd), as the period exports take it.</summary>
    public static ExportParameters ForPeriod(DateOnly from, DateOnly to) => new(new Dictionary<string, string>
    {
        ["from"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Reads the <c>from</c>/<c>to</c> parameters (yyyy-MM-dd; a missing <c>to</c> is <c>from</c>); refuses in Korean.
    /// The caller checks the period's own limits.</summary>
    public (DateOnly From, DateOnly To) Period()
    {
        static DateOnly Parse(string? text, string label) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
                ? d : throw new BusinessRuleException($"{label}을(를) yyyy-MM-dd 형식으로 입력하세요.");
        return (Parse(this["from"], "시작일"), Parse(this["to"] ?? this["from"], "종료일"));
    }
}

/// <summary>How far a running export is: <see cref="Done"/> of <see cref="Total"/> rows (Total 0 = unknown), and its stage.</summary>
public readonly record struct ExportProgress(long Done, long Total, string Stage);

/// <summary>One run of an export: its parameters, who asked and why, and where to report progress.</summary>
public sealed record ExportJob(ExportParameters Parameters, Actor RequestedBy, string? Reason, IProgress<ExportProgress> Progress);
