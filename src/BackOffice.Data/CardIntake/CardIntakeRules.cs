namespace BackOffice.Data.CardIntake;

public sealed record Deadline(DateOnly DueBy, string Rule);

public sealed record WarrantyDecision(bool FreeReplacement, long Fee, long CardPriceRefund, string Explanation);

/// <summary>
/// The deadlines and warranty of a damaged or broken card (000 재발급, 003 하나로 제11조3, 003 캐시비 제9조):
/// balance verified within 15 days of intake (transit: paid within 10 business days); replacement sent within
/// 5 business days; a broken card within 1 year of first use is replaced free; the transit card price is paid back
/// for a broken card within 2 years of purchase; a damaged card pays the fee and gets no card price back.
/// </summary>
public static class CardIntakeRules
{
    public static Deadline BalanceDeadline(ProgramPolicy policy, DateOnly intakeDay, BusinessCalendar calendar)
    {
        if (policy.DefectBalanceVerifyInBusinessDays)
        {
            var due = calendar.AddBusinessDays(intakeDay, policy.DefectBalanceVerifyDays);
            return new Deadline(due, $"접수 {intakeDay:yyyy-MM-dd} + {policy.DefectBalanceVerifyDays}영업일 = {due:yyyy-MM-dd}{calendar.HolidayNote(intakeDay, due)} (003 캐시비 제9조①4)");
        }
        var day = intakeDay.AddDays(policy.DefectBalanceVerifyDays);
        return new Deadline(day, $"접수 {intakeDay:yyyy-MM-dd} + {policy.DefectBalanceVerifyDays}일 = {day:yyyy-MM-dd} (003 하나로 제11조3)");
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
            return new WarrantyDecision(false, policy.DamagedReissueFee, 0,
                $"파손(소지자 과실) → 재발급 수수료 {Won(policy.DamagedReissueFee)}, 카드 가격 환급 없음 ({v}, 003 캐시비 제9조①6)");

        var from = firstUsedOn ?? issuedOn;
        var until = from.AddMonths(policy.BrokenCardWarrantyMonths);
        var free = today <= until;
        var text = $"고장, {(firstUsedOn is null ? "발급일" : "최초 사용일")} {from:yyyy-MM-dd} + {policy.BrokenCardWarrantyMonths}개월 = {until:yyyy-MM-dd} "
            + (free ? "이내 → 무상 교체" : $"경과 → 재발급 수수료 {Won(policy.DamagedReissueFee)}");
        long price = 0;
        if (policy.CardPriceRefundMonths > 0)
        {
            var priceUntil = issuedOn.AddMonths(policy.CardPriceRefundMonths);
            price = today <= priceUntil ? policy.CardPrice : 0;
            text += price > 0
                ? $" · 구입 {issuedOn:yyyy-MM-dd} + {policy.CardPriceRefundMonths}개월 이내 → 카드 가격 {Won(price)} 환급"
                : $" · 구입 후 {policy.CardPriceRefundMonths}개월 경과 → 카드 가격 환급 없음";
        }
        return new WarrantyDecision(free, free ? 0 : policy.DamagedReissueFee, price, $"{text} ({v}, 003 하나로 제11조3)");
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
