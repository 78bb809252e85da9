namespace BackOffice.Data.Cases;

/// <summary>The exclusions of 004 제13조⑤: a ticked one makes the member bear the fraudulent use before the report.</summary>
public enum FraudExclusion
{
    /// <summary>⑤1 회원 등의 고의로 인한 부정사용.</summary>
    Intent = 1,
    /// <summary>⑤2 대여, 양도, 보관, 이용위임, 담보제공, 불법대출, 기명식 선불카드의 미서명 등.</summary>
    LentOrUnsigned = 2,
    /// <summary>⑤3 가족, 동거인(사실상의 동거인 포함)에 의한 부정사용.</summary>
    FamilyOrHousemate = 3,
    /// <summary>⑤4 분실·도난 사실을 알고도 정당한 사유 없이 신고를 지연.</summary>
    LateReport = 4,
    /// <summary>⑤5 피해조사를 위한 정당한 요구에 특별한 사유 없이 협조 거부.</summary>
    RefusedInvestigation = 5,
}

/// <summary>One use of the card that the member says a third party made.</summary>
public sealed record FraudUse(long EntryId, DateTimeOffset At, long Amount);

/// <summary>Where a claimed use falls: before the window (not compensated), in the window before the report (member
/// bears up to the cap), or after the report (the operator's, 004 제13조①: the card was stopped).</summary>
public enum FraudUseClass
{
    BeforeWindow = 0,
    BeforeReport = 1,
    AfterReport = 2,
}

public sealed record FraudUseLine(FraudUse Use, FraudUseClass Class);

/// <summary>The outcome: amounts and the readable calculation citing the clauses, kept with the assessment.</summary>
public sealed record FraudCompensationResult(
    DateTimeOffset WindowStart,
    IReadOnlyList<FraudUseLine> Lines,
    long ClaimedAmount,
    long EligibleAmount,
    long MemberShare,
    long Compensation,
    string Calculation);

/// <summary>
/// The fraud compensation rule of seed 004 제13조④⑤ (BC 선불카드), as a pure function:
/// <list type="bullet">
/// <item>④: uses by a third party from <c>FraudCompensationDaysBeforeReport</c> (60) days before the loss report
/// (the window's first day counts whole, as the report receipt told the member: <c>FraudWindowFrom</c>), or from the
/// holder's registration where a registered bearer card's registration is later (④ 괄호), may be compensated.</item>
/// <item>④ 단서: for uses before the report the member bears a handling fee of at most
/// <c>MemberFraudShareCapPerCard</c> (20,000원) per card: the share is min(uses before the report, cap).</item>
/// <item>⑤: where one of the exclusions applies the member bears the uses before the report (전부: the portal takes
/// the whole; a partial share is a decision outside this rule — refuse the refund and assess again); uses after the
/// report are excluded from ⑤ and stay the operator's.</item>
/// <item>①: uses after the report should not exist (the card was stopped); any that do are the operator's in full.</item>
/// </list>
/// </summary>
public static class FraudCompensation
{
    public static string Name(FraudExclusion exclusion) => exclusion switch
    {
        FraudExclusion.Intent => "회원 등의 고의로 인한 부정사용 (004 제13조⑤1)",
        FraudExclusion.LentOrUnsigned => "대여·양도·보관·이용위임·담보제공·불법대출·미서명 등 (004 제13조⑤2)",
        FraudExclusion.FamilyOrHousemate => "가족·동거인에 의한 부정사용 (004 제13조⑤3)",
        FraudExclusion.LateReport => "분실·도난을 알고도 정당한 사유 없이 신고 지연 (004 제13조⑤4)",
        FraudExclusion.RefusedInvestigation => "피해조사 협조 거부 (004 제13조⑤5)",
        _ => exclusion.ToString(),
    };

    /// <param name="reportedAt">The loss report's time (004 제13조①).</param>
    /// <param name="windowFrom">The report receipt's window start day (<c>LostCardReport.FraudWindowFrom</c>); null: computed
    /// as the report's KST day minus <paramref name="daysBeforeReport"/>.</param>
    /// <param name="registeredAt">For a bearer card compensated under 제13조②2: when the holder registered; a later
    /// registration starts the window (④ 괄호). Null for named cards.</param>
    public static FraudCompensationResult Assess(
        DateTimeOffset reportedAt, DateOnly? windowFrom, int daysBeforeReport, long capPerCard, DateTimeOffset? registeredAt,
        IReadOnlyList<FraudUse> uses, IReadOnlyCollection<FraudExclusion> exclusions)
    {
        var reportDay = DateOnly.FromDateTime(reportedAt.ToOffset(KoreanTime.Offset).DateTime);
        var fromDay = windowFrom ?? reportDay.AddDays(-daysBeforeReport);
        var windowStart = new DateTimeOffset(fromDay.ToDateTime(TimeOnly.MinValue), KoreanTime.Offset);
        var registrationStarts = registeredAt is { } r && r > windowStart;
        if (registrationStarts) windowStart = registeredAt!.Value;

        var lines = uses.OrderBy(u => u.At).ThenBy(u => u.EntryId)
            .Select(u => new FraudUseLine(u, u.At < windowStart ? FraudUseClass.BeforeWindow : u.At < reportedAt ? FraudUseClass.BeforeReport : FraudUseClass.AfterReport))
            .ToList();
        long Sum(FraudUseClass c) => lines.Where(l => l.Class == c).Sum(l => l.Use.Amount);
        var claimed = lines.Sum(l => l.Use.Amount);
        var outside = Sum(FraudUseClass.BeforeWindow);
        var beforeReport = Sum(FraudUseClass.BeforeReport);
        var afterReport = Sum(FraudUseClass.AfterReport);
        var excluded = exclusions.Distinct().OrderBy(e => e).ToList();
        var share = excluded.Count > 0 ? beforeReport : Math.Min(beforeReport, capPerCard);
        var eligible = beforeReport + afterReport;
        var compensation = eligible - share;

        var text = new List<string>
        {
            $"신고 시각 {Kst(reportedAt)}; 보상 대상 기간 {Kst(windowStart)}부터 신고 시각까지 " +
            (registrationStarts ? "(소지자 정보 등록 시점부터, 004 제13조④ 괄호)" : $"(신고 {daysBeforeReport}일 전 이후, 004 제13조④)"),
            $"신청 부정사용 {lines.Count}건 {Won(claimed)}",
        };
        if (outside > 0) text.Add($"- 보상 기간 이전 사용 {Won(outside)}: 보상 대상 아님 (004 제13조④)");
        text.Add($"- 신고 전 기간 내 사용 {Won(beforeReport)}");
        if (afterReport > 0) text.Add($"- 신고 이후 사용 {Won(afterReport)}: 카드사 부담 (004 제13조①, ⑤ 괄호)");
        if (excluded.Count > 0)
            text.Add($"회원 부담: 신고 전 사용 전액 {Won(share)} — 제외 사유 {string.Join(", ", excluded.Select(Name))}");
        else
            text.Add($"회원 부담: min({Won(beforeReport)}, 카드 1매당 최고 {Won(capPerCard)}) = {Won(share)} (004 제13조④ 단서)");
        text.Add($"보상액 = {Won(eligible)} − {Won(share)} = {Won(compensation)}");
        return new FraudCompensationResult(windowStart, lines, claimed, eligible, share, compensation, string.Join("\n", text));
    }

    private static string Kst(DateTimeOffset at) => at.ToOffset(KoreanTime.Offset).ToString("yyyy-MM-dd HH:mm");

    private static string Won(long amount) => $"{amount:N0}원";
}
