namespace BackOffice.Web.Features.Refunds;

/// <summary>
/// One refund channel the card's program offers, as the refund dialog shows it: the channel's own terms (fee, cap,
/// payout deadline, clause) and what the rules decide for this card by this channel.
/// </summary>
public sealed record RefundChannelOption(
    RefundChannel Channel, string Label, string FeeText, long Cap, string CapText, string DeadlineText, string Citation,
    bool Selected, bool Eligible, long Fee, long Payout, DateOnly DueBy, string? Refusal);

/// <summary>The texts of a channel's terms, independent of the amount (the dialog's option lines).</summary>
public static class RefundChannelText
{
    public static string Fee(RefundChannelRule rule) => rule.FeeKind switch
    {
        RefundFeeKind.PercentPerStartedUnit => $"수수료 {KoreanWon.Format(rule.FeeUnit)} 단위 {rule.FeePercent}% (미만 절상)",
        RefundFeeKind.Flat => $"수수료 {KoreanWon.Format(rule.FeeFlat)} (정액)",
        _ => "수수료 없음",
    };

    public static string Cap(RefundChannelRule rule) => rule.Cap > 0 ? $"{KoreanWon.Format(rule.Cap)}까지" : "한도 없음";

    public static string Deadline(RefundChannelRule rule) => rule.PayoutCounting switch
    {
        DayCounting.AtOnce => "즉시 지급",
        DayCounting.CalendarDays => $"{rule.PayoutDays}일 이내 지급",
        _ => $"{rule.PayoutDays}영업일 이내 지급",
    };

    /// <summary>"환불봉투 (수수료 0원, 2026-12-15까지) 또는 직접 방문 (...)": the channels that would pass instead.</summary>
    public static string Alternatives(IEnumerable<RefundChannelOption> eligible) =>
        string.Join(" 또는 ", eligible.Select(o => $"{o.Label} (수수료 {KoreanWon.Format(o.Fee)}, {o.DeadlineText})"));
}
