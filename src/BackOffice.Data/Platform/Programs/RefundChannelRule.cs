namespace BackOffice.Data.Platform.Programs;

/// <summary>
/// One way a program pays a balance back (bank account, store, envelope, direct visit) with its fee, its cap and its
/// payout deadline. A program offers only the channels its policy lists; the refund dialog shows them with
/// <see cref="Citation"/>. Stored inside the policy version (JSON), so a decision always reads the channel rules it used.
/// </summary>
public sealed record RefundChannelRule
{
    public RefundChannel Channel { get; init; }
    public RefundFeeKind FeeKind { get; init; }
    public int FeePercent { get; init; }
    public long FeeUnit { get; init; }
    public long FeeFlat { get; init; }
    /// <summary>The most this channel may refund (0 = no cap); more must use another channel (003 캐시비 제9조①6나: 가맹점 2만원).</summary>
    public long Cap { get; init; }
    /// <summary>When the money must reach the member.</summary>
    public int PayoutDays { get; init; }
    public DayCounting PayoutCounting { get; init; }
    /// <summary>The clause every value of this channel comes from, or <see cref="PolicyCitations.OperatorSetting"/>.</summary>
    public string Citation { get; init; } = PolicyCitations.OperatorSetting;
}
