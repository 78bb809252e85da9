namespace BackOffice.Data.CardIntake;

public sealed record Deadline(DateOnly DueBy, string Rule);

public sealed record WarrantyDecision(bool FreeReplacement, long Fee, long CardPriceRefund, string Explanation);

/// <summary>
/// The deadlines and warranty of a damaged or broken card, from the program policy in force, each rule citing the
/// policy's clause (<see cref="ProgramPolicy.CitationOf"/>) or "운영 정책":
/// - balance settled within <see cref="ProgramPolicy.DefectBalanceVerifyDays"/> of receipt: 하나로 15 calendar days
///   (003 하나로 제11조3), 캐시비 10 business days (003 캐시비 제9조①4), other programs the operator's setting;
/// - replacement sent within 5 business days (000 재발급);
/// - a broken (고장) card within <see cref="ProgramPolicy.BrokenCardWarrantyMonths"/> of first use is replaced free
///   (003 하나로 제11조3); a never-used card has not started its year, so it is within the warranty;
/// - the card price is paid back for a broken card within <see cref="ProgramPolicy.CardPriceRefundMonths"/> of purchase
///   (003 캐시비 제9조①4), never for a damaged (파손) card (003 캐시비 제9조①6).
/// </summary>
public static class CardIntakeRules
{
    /// <summary>
    /// 민법 제161조: a period whose last day is a Saturday or a public holiday ends on the next day. A calendar-day
    /// deadline (하나로 "접수일로부터 15일") therefore moves to the next business day; the first day is not counted
    /// (민법 제157조), so receipt on the 1st + 15 days ends on the 16th.
    /// </summary>
    public const string PeriodEndsOnHolidayRule = "민법 제161조";

    public static Deadline BalanceDeadline(ProgramPolicy policy, DateOnly intakeDay, BusinessCalendar calendar)
    {
        var citation = policy.CitationOf(nameof(ProgramPolicy.DefectBalanceVerifyDays));
        if (policy.DefectBalanceVerifyInBusinessDays)
        {
            var due = calendar.AddBusinessDays(intakeDay, policy.DefectBalanceVerifyDays);
            return new Deadline(due, $"접수 {intakeDay:yyyy-MM-dd} + {policy.DefectBalanceVerifyDays}영업일 = {due:yyyy-MM-dd}{calendar.HolidayNote(intakeDay, due)} ({citation})");
        }
        var last = intakeDay.AddDays(policy.DefectBalanceVerifyDays);
        var end = last;
        while (!calendar.IsBusinessDay(end)) end = end.AddDays(1);
        var moved = end == last ? ""
            : $" → {string.Join(", ", calendar.SkippedDays(last.AddDays(-1), end.AddDays(-1)))}이므로 {end:yyyy-MM-dd}로 연장 ({PeriodEndsOnHolidayRule})";
        return new Deadline(end, $"접수 {intakeDay:yyyy-MM-dd} + {policy.DefectBalanceVerifyDays}일 = {last:yyyy-MM-dd}{moved} ({citation})");
    }

    public static Deadline ReplacementDeadline(ProgramPolicy policy, DateOnly fromDay, BusinessCalendar calendar)
    {
        var due = calendar.AddBusinessDays(fromDay, policy.ReplacementShipBusinessDays);
        return new Deadline(due, $"{fromDay:yyyy-MM-dd} + {policy.ReplacementShipBusinessDays}영업일 = {due:yyyy-MM-dd}{calendar.HolidayNote(fromDay, due)} (000 재발급)");
    }

    public static WarrantyDecision Warranty(ProgramPolicy policy, DefectKind kind, DateOnly issuedOn, DateOnly? firstUsedOn, DateOnly today)
    {
        var v = $"정책 v{policy.Version}";
        if (kind == DefectKind.Damaged)
        {
            var noPrice = policy.CardPriceRefundMonths > 0 ? ", 카드 가격 환급 없음 (003 캐시비 제9조①6)" : "";
            return new WarrantyDecision(false, policy.DamagedReissueFee, 0,
                $"파손(소지자 과실) → 재발급 수수료 {Won(policy.DamagedReissueFee)} ({policy.CitationOf(nameof(ProgramPolicy.DamagedReissueFee))}){noPrice} ({v})");
        }

        var warranty = policy.CitationOf(nameof(ProgramPolicy.BrokenCardWarrantyMonths));
        string text;
        bool free;
        if (firstUsedOn is { } from)
        {
            var until = from.AddMonths(policy.BrokenCardWarrantyMonths);
            free = today <= until;
            text = $"고장, 최초 사용일 {from:yyyy-MM-dd} + {policy.BrokenCardWarrantyMonths}개월 = {until:yyyy-MM-dd} "
                + (free ? "이내 → 무상 교체" : $"경과 → 재발급 수수료 {Won(policy.DamagedReissueFee)}") + $" ({warranty})";
        }
        else
        {
            // The warranty runs from first use: a card never used has not started it.
            free = true;
            text = $"고장, 사용 이력 없음 (최초 사용 후 {policy.BrokenCardWarrantyMonths}개월 기간 시작 전) → 무상 교체 ({warranty})";
        }
        long price = 0;
        if (policy.CardPriceRefundMonths > 0)
        {
            var citation = policy.CitationOf(nameof(ProgramPolicy.CardPriceRefundMonths));
            var priceUntil = issuedOn.AddMonths(policy.CardPriceRefundMonths);
            price = today <= priceUntil ? policy.CardPrice : 0;
            text += price > 0
                ? $" · 구입 {issuedOn:yyyy-MM-dd} + {policy.CardPriceRefundMonths}개월 = {priceUntil:yyyy-MM-dd} 이내 → 카드 가격 {Won(price)} 환급 ({citation})"
                : $" · 구입 {issuedOn:yyyy-MM-dd} + {policy.CardPriceRefundMonths}개월 = {priceUntil:yyyy-MM-dd} 경과 → 카드 가격 환급 없음 ({citation})";
        }
        return new WarrantyDecision(free, free ? 0 : policy.DamagedReissueFee, price, $"{text} ({v})");
    }

    /// <summary>Overdue first, then the nearest deadline: what the queue shows at the top.</summary>
    public static DateOnly? NextDeadline(IntakeStatus status, DateOnly? balanceDue, DateOnly? replacementDue) => status switch
    {
        IntakeStatus.Requested or IntakeStatus.CardReceived or IntakeStatus.Inspected => balanceDue,
        IntakeStatus.BalanceVerified => balanceDue,
        IntakeStatus.Settled => replacementDue,
        _ => null,
    };

    private static string Won(long amount) => KoreanWon.Format(amount);
}
