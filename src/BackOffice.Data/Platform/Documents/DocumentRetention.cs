namespace BackOffice.Data.Platform.Documents;

/// <summary>How long an issued document's file is kept, and the clause that says so.</summary>
public sealed record RetentionPeriod(int Years, string Rule);

/// <summary>
/// The retention of an issued document's file, from the programs of the member's cards (an issued statement is a
/// record of the transactions it shows, kept as long as they are):
/// <list type="bullet">
/// <item>하나로카드: 5 years (003 하나로 제16조①: 거래기록 5년 보존).</item>
/// <item>캐시비: 5 years (003 캐시비 제13조③1: 1만원 초과 거래 5년, ③3: 소득공제 등록 카드는 금액과 상관 없이 5년;
/// ⑤: 방문·콜센터 조회 5년 이내). The 1-year period of ③2 / 하나로 제16조② is for records of small transactions, not a
/// statement that lists them together with larger ones, so a document takes the longer period.</item>
/// <item>Any other program, or a document about no member: 5 years by the operator's policy (운영 정책).</item>
/// </list>
/// Where a member holds cards of several programs, the longest period applies and every clause is named.
/// </summary>
public static class DocumentRetention
{
    public const int PolicyYears = 5;
    public const string HanaroRule = "003 하나로 제16조①";
    public const string CashbeeRule = "003 캐시비 제13조③1·③3·⑤";
    public const string PolicyRule = "운영 정책";

    public static RetentionPeriod For(IEnumerable<string> programCodes)
    {
        var codes = programCodes.ToHashSet(StringComparer.Ordinal);
        var rules = new List<(int Years, string Rule)>();
        if (codes.Contains(ProgramPresets.Hanaro)) rules.Add((5, HanaroRule));
        if (codes.Contains(ProgramPresets.Cashbee)) rules.Add((5, CashbeeRule));
        if (rules.Count == 0) return new(PolicyYears, $"발급일로부터 {PolicyYears}년 ({PolicyRule})");
        var years = rules.Max(r => r.Years);
        return new(years, $"발급일로부터 {years}년 ({string.Join(", ", rules.Select(r => r.Rule))})");
    }

    /// <summary>The last day (KST) the file is kept: the issue day plus the period.</summary>
    public static DateOnly RetainUntil(DateOnly issuedDayKst, RetentionPeriod period) => issuedDayKst.AddYears(period.Years);
}
