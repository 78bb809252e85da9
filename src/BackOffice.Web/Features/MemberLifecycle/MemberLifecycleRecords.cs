namespace BackOffice.Web.Features.MemberLifecycle;

/// <summary>Operator settings of the life cycle (section "MemberLifecycle").</summary>
public sealed class MemberLifecycleOptions
{
    /// <summary>Years a withdrawn member's personal data is kept (운영 정책; default 5 years, 003 하나로 제16조①).</summary>
    public int RetentionYears { get; set; } = MemberLifecycleRules.DefaultRetentionYears;
}

public sealed record WithdrawCommand(long MemberId, WithdrawalChoice Choice, string? ConsentText, ConsentChannel? ConsentChannel, string? Reason, string? IdempotencyKey);

public sealed record SuspendMemberCommand(long MemberId, SuspensionCause Cause, string? Reason, string? IdempotencyKey);

public sealed record LiftSuspensionCommand(long MemberId, string? Reason, string? IdempotencyKey);

public sealed record RecoverCardCommand(long CardId, string? Notes, string? IdempotencyKey);

/// <summary>What the withdrawal dialog shows before the agent chooses.</summary>
public sealed record WithdrawalPreview(
    long MemberId, MemberStatus Status, long Refundable, long NotRefundable, long Cashback, string Breakdown,
    IReadOnlyList<string> Blocks, string? PaidRefundNo, DateOnly AnonymizeAfter, int RetentionYears)
{
    public bool Blocked => Blocks.Count > 0;
    /// <summary>Refund first is possible only once nothing refundable is left (the 탈퇴 전 환불 is paid).</summary>
    public bool RefundDone => Refundable == 0;
}

public sealed record WithdrawalResult(long MemberId, WithdrawalChoice Choice, DateTimeOffset WithdrawnAt, DateOnly AnonymizeAfter, long ForfeitedAmount, int ClosedCards, string? RefundRequestNo);

public sealed record SuspensionInfo(SuspensionCause Cause, string Reason, DateTimeOffset SuspendedAt, string SuspendedByName, int CardCount);

/// <summary>The member's life-cycle state for the panel.</summary>
public sealed record LifecycleState(
    long MemberId, MemberStatus Status, bool Anonymized, DateTimeOffset? WithdrawnAt, DateOnly? AnonymizeAfter, DateTimeOffset? AnonymizedAt,
    SuspensionInfo? Suspension, string? WithdrawalSummary)
{
    public string Label => Anonymized ? "익명화" : Status switch
    {
        MemberStatus.Active => "사용 중",
        MemberStatus.Suspended => "정지",
        MemberStatus.Withdrawn => "탈퇴",
        _ => Status.ToString(),
    };
}

public sealed record RecoveryPreview(long CardId, string MaskedNumber, string ProgramName, string ReportNo, long Balance, string Explanation);

public sealed record RecoveryResult(long CardId, string ReportNo, CardStatus Status, string Explanation);
