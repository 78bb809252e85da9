namespace BackOffice.Data.Cases;

/// <summary>
/// A case type's legal clock: how long, counted how, from what, whether outage days are left out and whether a pause
/// is allowed, with the clause that says so (or 운영 정책 where no seed gives the value).
/// </summary>
public sealed record CaseClockRule(
    string Key, CaseType Type, string Label, int Span, ClockUnit Unit, ClockStart Start, bool SkipsOutageDays, bool AllowsPause, string Citation);

/// <summary>The clock rules of the seeds, by case type and program (003 하나로 and 캐시비 differ; other programs follow 하나로's clauses as 운영 정책).</summary>
public static class CaseClockRules
{
    private const string Policy = "운영 정책";

    public static readonly IReadOnlyList<CaseClockRule> All =
    [
        new("dispute.hanaro", CaseType.Dispute, "분쟁 처리 15일", 15, ClockUnit.CalendarDays, ClockStart.Receipt, false, true, "003 하나로 제23조②"),
        new("dispute.cashbee", CaseType.Dispute, "분쟁 처리 15일", 15, ClockUnit.CalendarDays, ClockStart.Receipt, false, true, "003 캐시비 제19조③, 전자지급결제대행 약관 제12조①"),
        new("dispute.default", CaseType.Dispute, "분쟁 처리 15일", 15, ClockUnit.CalendarDays, ClockStart.Receipt, false, true, $"003 하나로 제23조② 준용 ({Policy})"),
        new("complaint.hanaro", CaseType.Complaint, "민원 처리 15일", 15, ClockUnit.CalendarDays, ClockStart.Receipt, false, true, "003 하나로 제23조②"),
        new("complaint.cashbee", CaseType.Complaint, "불만 처리 15일", 15, ClockUnit.CalendarDays, ClockStart.Receipt, false, true, "003 캐시비 제19조③"),
        new("complaint.default", CaseType.Complaint, "민원 처리 15일", 15, ClockUnit.CalendarDays, ClockStart.Receipt, false, true, $"003 하나로 제23조② 준용 ({Policy})"),
        new("error.hanaro", CaseType.ErrorCorrection, "오류 정정 2주", 14, ClockUnit.CalendarDays, ClockStart.Receipt, false, false, "003 하나로 제17조①"),
        new("error.found.hanaro", CaseType.ErrorCorrection, "오류 인지 후 2주", 14, ClockUnit.CalendarDays, ClockStart.FoundByOperator, false, false, "003 하나로 제17조②"),
        new("error.cashbee", CaseType.ErrorCorrection, "오류 정정 2주", 14, ClockUnit.CalendarDays, ClockStart.Receipt, false, false, "003 캐시비 제14조②"),
        new("error.found.cashbee", CaseType.ErrorCorrection, "오류 인지 후 2주", 14, ClockUnit.CalendarDays, ClockStart.FoundByOperator, false, false, $"003 하나로 제17조② 준용 ({Policy})"),
        new("error.default", CaseType.ErrorCorrection, "오류 정정 2주", 14, ClockUnit.CalendarDays, ClockStart.Receipt, false, false, $"003 하나로 제17조① 준용 ({Policy})"),
        new("error.found.default", CaseType.ErrorCorrection, "오류 인지 후 2주", 14, ClockUnit.CalendarDays, ClockStart.FoundByOperator, false, false, $"003 하나로 제17조② 준용 ({Policy})"),
        new("statement.hanaro", CaseType.PaperStatement, "서면 교부 2주", 14, ClockUnit.CalendarDays, ClockStart.Receipt, true, false, "003 하나로 제15조④, 장애일 제외 제15조③"),
        new("statement.cashbee", CaseType.PaperStatement, "본인 확인 후 10일", 10, ClockUnit.CalendarDays, ClockStart.IdentityConfirmed, true, false, "003 캐시비 제13조②, 장애일 제외 003 하나로 제15조③ 준용"),
        new("statement.default", CaseType.PaperStatement, "서면 교부 2주", 14, ClockUnit.CalendarDays, ClockStart.Receipt, true, false, $"003 하나로 제15조④ 준용 ({Policy})"),
        new("fraud.default", CaseType.FraudClaim, "보상 신청 처리 15일", 15, ClockUnit.CalendarDays, ClockStart.Receipt, false, true, $"{Policy} (004 제13조④ 보상신청: 기한 규정 없음, 분쟁 처리 15일 준용)"),
    ];

    private static readonly Dictionary<string, CaseClockRule> ByKey = All.ToDictionary(r => r.Key);

    public static CaseClockRule Get(string key) =>
        ByKey.TryGetValue(key, out var rule) ? rule : throw new ArgumentException($"Unknown clock rule '{key}'.", nameof(key));

    /// <summary>The rule for a case type, the program's code (<see cref="ProgramPresets"/>) and whether the operator found the error itself.</summary>
    public static CaseClockRule For(CaseType type, string? programCode, bool foundByOperator = false)
    {
        var prefix = type switch
        {
            CaseType.Dispute => "dispute",
            CaseType.Complaint => "complaint",
            CaseType.ErrorCorrection => foundByOperator ? "error.found" : "error",
            CaseType.PaperStatement => "statement",
            CaseType.FraudClaim => "fraud",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
        var program = programCode switch
        {
            ProgramPresets.Hanaro => "hanaro",
            ProgramPresets.Cashbee => "cashbee",
            _ => "default",
        };
        return ByKey.GetValueOrDefault($"{prefix}.{program}") ?? ByKey[$"{prefix}.default"];
    }
}
