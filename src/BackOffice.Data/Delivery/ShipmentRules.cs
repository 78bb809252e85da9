namespace BackOffice.Data.Delivery;

/// <summary>The fee of a card application and a shipment's expected delivery, each with the rule that gives it.</summary>
public sealed record ShipmentFee(long Fee, string Rule);

/// <summary>Expected delivery: <paramref name="ExpectedBy"/> and how it was derived.</summary>
public sealed record ExpectedDelivery(DateOnly ExpectedBy, string Rule);

/// <summary>
/// Plain rules of card applications and deliveries (issue 14 items 1 and 6), without a database.
/// <list type="bullet">
/// <item>Fee: the welcome card is free once per member and program (000 발급신청 "1회에 한해 무료"). The welcome card is
/// counted as used when the member already holds or held any card of that program (a card issued before applications were
/// recorded here, a reissue chain, an earlier application): the first card a member gets in a program is the welcome card.
/// Later cards cost <see cref="ProgramPolicy.AdditionalCardFee"/> (운영 정책 unless the policy cites a clause).</item>
/// <item>Expected delivery: application day + <see cref="ProgramPolicy.DeliveryBusinessDays"/> business days (000 발급신청
/// "영업일 기준 3-7일 내 일반우편 배송"), the application day itself not counted.</item>
/// <item>Overdue: not delivered when <see cref="ProgramPolicy.DeliveryBusinessDays"/> business days have passed since the
/// dispatch (the vendor's confirmation), or since the mailing batch's day when no dispatch was confirmed, or since the
/// application day when the shipment never reached a batch. Returned, re-sent, cancelled and delivered shipments are not overdue.</item>
/// </list>
/// </summary>
public static class ShipmentRules
{
    public const string WelcomeCitation = "000 발급신청";

    public static ShipmentFee ApplicationFee(ProgramPolicy policy, int earlierCardsInProgram)
    {
        if (earlierCardsInProgram == 0)
            return new ShipmentFee(0, $"환영 카드: 회원·프로그램당 1회에 한해 무료 ({WelcomeCitation})");
        return new ShipmentFee(policy.AdditionalCardFee,
            $"추가 카드 발급 수수료 {KoreanWon.Format(policy.AdditionalCardFee)} ({policy.CitationOf(nameof(ProgramPolicy.AdditionalCardFee))}); "
            + $"이 프로그램의 카드 {earlierCardsInProgram}장이 이미 발급되어 환영 카드 무료(1회, {WelcomeCitation})는 사용됨");
    }

    public static ExpectedDelivery Expected(BusinessCalendar calendar, ProgramPolicy policy, DateOnly applicationDay)
    {
        var days = policy.DeliveryBusinessDays;
        var by = calendar.AddBusinessDays(applicationDay, days);
        return new ExpectedDelivery(by,
            $"신청 {applicationDay:yyyy-MM-dd} + {days}영업일 = {by:yyyy-MM-dd}{calendar.HolidayNote(applicationDay, by)} ({policy.CitationOf(nameof(ProgramPolicy.DeliveryBusinessDays))})");
    }

    /// <summary>Shipment states still on their way (a card that may become overdue).</summary>
    public static readonly ShipmentStatus[] OnTheWay = [ShipmentStatus.Requested, ShipmentStatus.Preparing, ShipmentStatus.HandedToPost, ShipmentStatus.InTransit];

    /// <summary>
    /// The latest start day (dispatch, batch or application day, KST) from which a shipment is overdue on
    /// <paramref name="today"/>: overdue when today is after start + <paramref name="businessDays"/> business days.
    /// </summary>
    public static DateOnly OverdueIfStartedOnOrBefore(BusinessCalendar calendar, DateOnly today, int businessDays)
    {
        var start = today.AddDays(-1);
        while (calendar.AddBusinessDays(start, businessDays) >= today) start = start.AddDays(-1);
        return start;
    }

    public static bool IsOverdue(BusinessCalendar calendar, DateOnly start, DateOnly today, int businessDays) =>
        calendar.AddBusinessDays(start, businessDays) < today;
}
