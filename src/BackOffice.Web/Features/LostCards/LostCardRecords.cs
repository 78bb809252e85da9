namespace BackOffice.Web.Features.LostCards;

public sealed record LostCardCommand(long CardId, LossKind Kind, ReportChannel Channel, string Notes, string IdempotencyKey);

/// <summary>What the agent sees before confirming: the card, its balance and what the policy will do with it.</summary>
public sealed record LostCardPreview(long CardId, string MaskedNumber, string ProgramName, long Balance, LostCardOutcome Outcome, int PolicyVersion);

public sealed record LostCardReceipt(
    string ReportNo, long MemberId, string MemberNo, string MaskedMemberName, string MaskedCardNumber, string ProgramName,
    LossKind Kind, ReportChannel Channel, DateTimeOffset ReportedAt, string ReportedByName, long BalanceAtReport, long SweptToEmoney,
    long CarriedToReissue, string Explanation, int PolicyVersion, DateOnly? FraudWindowFrom, long MemberFraudShareCap, string Notes);

public static class LossNames
{
    public static string Of(LossKind kind) => kind == LossKind.Stolen ? "도난" : "분실";

    public static string Of(ReportChannel channel) => channel switch
    {
        ReportChannel.Phone => "전화",
        ReportChannel.Visit => "방문",
        ReportChannel.App => "앱",
        _ => channel.ToString(),
    };
}
