namespace BackOffice.Data.Reissue;

public sealed record ReissueFeeDecision(long Fee, string Explanation);

/// <summary>A reissue the program's terms refuse, and whether the agent should open a card intake case instead.</summary>
public sealed record ReissueRefusal(string Message, bool OpenIntakeInstead);

/// <summary>
/// The reissue fee by reason, from the program policy in force, each citing the policy's own clause or "운영 정책":
/// lost, stolen and damaged cards pay; a broken card within its warranty (months from first use) is free;
/// an expired card is replaced free; a wrong design delivered is re-sent free; returned mail is re-sent free once.
/// </summary>
public static class ReissueRules
{
    public static string Name(ReissueReason reason) => reason switch
    {
        ReissueReason.Lost => "분실",
        ReissueReason.Stolen => "도난",
        ReissueReason.Damaged => "파손",
        ReissueReason.Broken => "고장",
        ReissueReason.Expired => "유효기간 만료",
        ReissueReason.WrongDesignDelivered => "디자인 오배송",
        ReissueReason.ReturnedMail => "반송",
        _ => reason.ToString(),
    };

    public static ReissueFeeDecision Fee(ProgramPolicy policy, ReissueReason reason, DateOnly today, DateOnly issuedOn, DateOnly? firstUsedOn, int earlierFreeResends)
    {
        var v = $"정책 v{policy.Version}";
        switch (reason)
        {
            case ReissueReason.Lost or ReissueReason.Stolen:
                return new(policy.LostReissueFee, $"{Name(reason)} 재발급 수수료 {Won(policy.LostReissueFee)} ({v}, {policy.CitationOf(nameof(ProgramPolicy.LostReissueFee))})");
            case ReissueReason.Damaged:
                return new(policy.DamagedReissueFee, $"파손 카드 재발급 수수료 {Won(policy.DamagedReissueFee)} (카드 회수 후 재발급, {v}, {policy.CitationOf(nameof(ProgramPolicy.DamagedReissueFee))})");
            case ReissueReason.Broken:
                {
                    var warranty = policy.CitationOf(nameof(ProgramPolicy.BrokenCardWarrantyMonths));
                    // The warranty runs from first use (003 하나로 제11조3): a card never used has not started it.
                    if (firstUsedOn is not { } from)
                        return new(0, $"고장, 사용 이력 없음 (최초 사용 후 {policy.BrokenCardWarrantyMonths}개월 기간 시작 전) → 무상 교체 ({v}, {warranty})");
                    var until = from.AddMonths(policy.BrokenCardWarrantyMonths);
                    var basis = $"최초 사용일 {from:yyyy-MM-dd} + {policy.BrokenCardWarrantyMonths}개월 = {until:yyyy-MM-dd}";
                    return today <= until
                        ? new(0, $"고장, {basis} 이내 → 무상 교체 ({v}, {warranty})")
                        : new(policy.DamagedReissueFee, $"고장, {basis} 경과 → 재발급 수수료 {Won(policy.DamagedReissueFee)} ({v}, {warranty})");
                }
            case ReissueReason.Expired:
                return new(0, $"유효기간 만료 → 동종 카드로 무상 교체 ({v}, 004 제4조③)");
            case ReissueReason.WrongDesignDelivered:
                return new(0, $"디자인 오배송 → 선택한 디자인으로 무상 재발송 ({v}, 000 배송)");
            case ReissueReason.ReturnedMail:
                return earlierFreeResends == 0
                    ? new(0, $"반송 → 1회 무상 재발송 ({v}, 000 배송)")
                    : new(policy.LostReissueFee, $"반송 재발송은 1회만 무상 (이전 무상 재발송 {earlierFreeResends}회) → 수수료 {Won(policy.LostReissueFee)} ({v})");
            default:
                throw new ArgumentOutOfRangeException(nameof(reason));
        }
    }

    /// <summary>Which card states a reason may start from, with the sentence for a refusal.</summary>
    public static string? StateProblem(ReissueReason reason, CardStatus status, DateOnly expiresOn, DateOnly today) => reason switch
    {
        ReissueReason.Lost or ReissueReason.Stolen when status is not (CardStatus.Lost or CardStatus.Stolen) =>
            "분실·도난 재발급은 분실·도난 신고를 먼저 접수한 카드만 가능합니다.",
        ReissueReason.Damaged or ReissueReason.Broken when status is not (CardStatus.Active or CardStatus.Defective) =>
            "파손·고장 재발급은 사용 중이거나 불량 접수된 카드만 가능합니다.",
        ReissueReason.Expired when today < expiresOn.AddMonths(-1) =>
            $"유효기간({expiresOn:yyyy-MM-dd}) 만료 1개월 전부터 교체할 수 있습니다.",
        ReissueReason.Expired or ReissueReason.WrongDesignDelivered or ReissueReason.ReturnedMail when status is not (CardStatus.Active or CardStatus.Expired) =>
            "사용 중인 카드만 이 사유로 재발급할 수 있습니다.",
        _ when status is CardStatus.Replaced or CardStatus.Closed => "이미 재발급되었거나 해지된 카드입니다.",
        _ => null,
    };

    /// <summary>
    /// What the program's own terms forbid for a reason, before any card state: a damaged (파손) card is replaced only
    /// once the physical card is collected and inspected (000 재발급 "훼손카드는 실물카드 수거 후 재발급"), so it goes
    /// through 불량·파손 접수 (card intake) instead of a direct reissue; an expired card's balance is not carried to a
    /// new card where the terms refund it instead (000: 유효기간 연장 불가, 만료 카드는 잔액의 90% 환불), unlike
    /// 004 제4조③ which replaces it with the balance.
    /// </summary>
    public static ReissueRefusal? PolicyProblem(ProgramPolicy policy, ReissueReason reason, long balance, DateOnly expiresOn, DateOnly today)
    {
        if (reason == ReissueReason.Damaged && policy.DamagedReissueNeedsCollection)
            return new ReissueRefusal(
                $"파손 카드는 실물 카드 수거 후 재발급합니다 ({policy.CitationOf(nameof(ProgramPolicy.DamagedReissueNeedsCollection))}). "
                + "바로 재발급할 수 없으니 '불량·파손 접수'를 여세요: 카드를 받아 검수한 뒤 교체 카드를 발급합니다.", OpenIntakeInstead: true);
        if (reason == ReissueReason.Expired && !policy.ExpiredCardReissueCarriesBalance && balance > 0)
        {
            var citation = policy.CitationOf(nameof(ProgramPolicy.ExpiredCardReissueCarriesBalance));
            var refund = policy.ExpiredCardRefundPercent > 0
                ? $"유효기간이 지나면 '만료 카드 환불'로 잔액의 {policy.ExpiredCardRefundPercent}%를 환불받을 수 있습니다 ({policy.CitationOf(nameof(ProgramPolicy.ExpiredCardRefundPercent))})."
                : $"유효기간이 지난 카드의 잔액은 환불되지 않습니다 ({policy.CitationOf(nameof(ProgramPolicy.ExpiredCardRefundPercent))}).";
            var before = today <= expiresOn ? $" 만료일({expiresOn:yyyy-MM-dd}) 전에는 잔액을 사용하거나 잔액 환불을 신청하세요." : "";
            return new ReissueRefusal(
                $"이 프로그램은 유효기간 만료 카드의 잔액 {Won(balance)}을 새 카드로 옮기지 않습니다 (유효기간 연장 불가, {citation}). {refund}{before}",
                OpenIntakeInstead: false);
        }
        return null;
    }

    /// <summary>A lost local card that was not protected stays forfeited like lost cash; every other balance follows the card.</summary>
    public static bool CarriesBalance(ReissueReason reason, LostCardBalanceHandling? reportHandling) =>
        !(reason is ReissueReason.Lost or ReissueReason.Stolen && reportHandling is LostCardBalanceHandling.None);

    private static string Won(long amount) => KoreanWon.Format(amount);
}
