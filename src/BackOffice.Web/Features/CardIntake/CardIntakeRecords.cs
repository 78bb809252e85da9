namespace BackOffice.Web.Features.CardIntake;

public sealed record OpenIntakeCommand(long CardId, DefectKind ReportedKind, string Notes, string IdempotencyKey);

/// <summary>Inspection result: a kind (파손/고장), or a rejection reason when the card does not qualify (simple scratches).</summary>
public sealed record InspectCommand(long CaseId, DefectKind? Kind, string Notes, string? RejectionReason);

public sealed record SettleCommand(long CaseId, IntakeSettlement Settlement, long? DesignId, long? TargetCardId, string IdempotencyKey);

public sealed record IntakeRow(
    long Id, string CaseNo, long MemberId, string MemberNo, string CardMasked, IntakeStatus Status, DefectKind Kind, DateTimeOffset RequestedAt,
    DateOnly? BalanceDueBy, DateOnly? ReplacementDueBy, DateOnly? NextDue, bool Overdue);

public sealed record IntakePage(IReadOnlyList<IntakeRow> Rows, int Total);

public sealed record IntakePhotoInfo(long Id, string FileName, DateTimeOffset UploadedAt, string UploadedByName);

public sealed record IntakeHistory(DateTimeOffset At, string Action, string ActorName, string? Reason);

public sealed record IntakeDetail(
    long Id, string CaseNo, long MemberId, string MemberNo, string MaskedMemberName, bool HasOwnNameBankAccount, long CardId, string CardMasked,
    string ProgramName, long ProgramId, IntakeStatus Status, DefectKind ReportedKind, DefectKind InspectedKind, DateTimeOffset RequestedAt,
    string RequestedByName, DateTimeOffset? CardReceivedAt, DateTimeOffset? InspectedAt, string InspectionNotes, string? RejectionReason,
    bool WithinWarranty, string WarrantyExplanation, long LedgerBalance, long? VerifiedBalance, DateTimeOffset? BalanceVerifiedAt,
    DateOnly? BalanceDueBy, string BalanceDueRule, DateOnly? ReplacementDueBy, string ReplacementDueRule, IntakeSettlement? Settlement,
    DateTimeOffset? SettledAt, DateTimeOffset? ClosedAt, string? ReplacementCardMasked, int PolicyVersion,
    IReadOnlyList<IntakePhotoInfo> Photos, IReadOnlyList<IntakeHistory> History)
{
    /// <summary>Settled to the bank account: the refund request it filed and where it stands (issue 10).</summary>
    public IntakeRefundLink? Refund { get; init; }
}

public sealed record IntakeRefundLink(long Id, string RequestNo, RefundStatus Status, long Payout);

public static class IntakeNames
{
    public static string Of(IntakeStatus status) => IntakeTransitions.StatusName(status);

    public static string Of(DefectKind kind) => kind switch
    {
        DefectKind.Damaged => "파손",
        DefectKind.Broken => "고장",
        _ => "미분류",
    };

    public static string Of(IntakeSettlement settlement) => settlement switch
    {
        IntakeSettlement.RefundToAccount => "본인 계좌로 환불",
        IntakeSettlement.LoadToNewCard => "다른 카드에 충전",
        IntakeSettlement.ReplaceCard => "카드 교체 (잔액 이전)",
        _ => settlement.ToString(),
    };
}

public sealed record SettlementOptions(IReadOnlyList<DesignChoice> Designs, IReadOnlyList<(long Id, string Masked)> OtherCards);
