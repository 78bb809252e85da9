namespace BackOffice.Web.Features.Cases;

/// <summary>What an agent types to open a case. <paramref name="FoundByOperator"/>: an error the operator found itself
/// (003 하나로 제17조②); then <paramref name="ReceivedAt"/> is when it was found.</summary>
public sealed record OpenCaseCommand(
    long MemberId,
    CaseType Type,
    CaseChannel Channel,
    DateTimeOffset ReceivedAt,
    string Subject,
    string Description,
    IReadOnlyList<long> CardIds,
    IReadOnlyList<long> JournalEntryIds,
    string IdempotencyKey,
    bool FoundByOperator = false,
    DateTimeOffset? IdentityConfirmedAt = null);

/// <summary>The opened case: its number, and the due date with the rule that produced it (null while the clock waits
/// for identity confirmation).</summary>
public sealed record CaseOpened(long Id, string Number, DateOnly? DueOn, string DueDerivation);

/// <summary>Korean names of the case vocabulary, for screens, notices and exports.</summary>
public static class CaseNames
{
    public static string Of(CaseType type) => type switch
    {
        CaseType.Dispute => "분쟁",
        CaseType.Complaint => "민원",
        CaseType.ErrorCorrection => "오류 정정",
        CaseType.PaperStatement => "거래내역 서면 교부",
        CaseType.FraudClaim => "부정사용 보상",
        _ => type.ToString(),
    };

    public static string Of(CaseChannel channel) => channel switch
    {
        CaseChannel.Phone => "전화",
        CaseChannel.Mail => "우편",
        CaseChannel.Fax => "팩스",
        CaseChannel.Email => "이메일",
        CaseChannel.App => "앱",
        _ => channel.ToString(),
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Open => "처리 중",
        CaseStatus.Paused => "자료 대기 (기한 정지)",
        CaseStatus.AwaitingApproval => "승인 대기",
        CaseStatus.Closed => "종결",
        _ => status.ToString(),
    };

    public static string Of(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.None => "-",
        CaseOutcome.Upheld => "인용",
        CaseOutcome.PartlyUpheld => "일부 인용",
        CaseOutcome.Rejected => "기각",
        CaseOutcome.Withdrawn => "취하",
        CaseOutcome.Delivered => "교부 완료",
        _ => outcome.ToString(),
    };
}
