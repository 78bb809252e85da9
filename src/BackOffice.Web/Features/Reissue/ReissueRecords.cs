namespace BackOffice.Web.Features.Reissue;

public sealed record ReissueCommand(long CardId, ReissueReason Reason, long DesignId, bool WaiverRequested, string? WaiverReason, string IdempotencyKey);

public sealed record DesignChoice(long Id, string Name, int Stock);

public sealed record ReissuePreview(
    long CardId, string MaskedNumber, string ProgramName, long Balance, bool CarriesBalance, IReadOnlyList<DesignChoice> Designs,
    long Fee, string FeeExplanation, string? StateProblem, long Emoney)
{
    /// <summary>The program's terms send this reissue to 불량·파손 접수 instead (000 재발급: 실물카드 수거 후 재발급).</summary>
    public bool OpenIntakeInstead { get; init; }
    /// <summary>The new card's expiry and the rule (with its clause) that gives it.</summary>
    public DateOnly NewExpiresOn { get; init; }
    public string ValidityRule { get; init; } = "";
}

public sealed record ReissueResult(
    string RequestNo, ReissueStatus Status, string? NewCardMasked, long Fee, long FeeCharged, string FeeExplanation, long CarriedBalance,
    DateOnly? ShipDueBy, string? ShipDueRule)
{
    public DateOnly? NewCardExpiresOn { get; init; }
}

public sealed record WaiverRow(
    long Id, string RequestNo, long MemberId, string MemberNo, string OldCardMasked, ReissueReason Reason, long Fee, string FeeExplanation,
    string WaiverReason, string RequestedByName, string RequestedById, DateTimeOffset RequestedAt);
