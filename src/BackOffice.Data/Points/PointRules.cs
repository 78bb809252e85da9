namespace BackOffice.Data.Points;

/// <summary>The validity of Oh! points (004 포인트 제5조), as arithmetic.</summary>
public static class PointRules
{
    /// <summary>
    /// 004 제5조①: points are valid 60 months from the day earned; ④: expired points are removed monthly. A lot earned on
    /// 2022-03-15 is valid through 2027-03-15 (민법 제157조·제160조: the first day not counted, the period ends the day
    /// before the corresponding day, counted from the day after earning); it is removed with the month 2027-03, so it can be
    /// used through 2027-03-31 (the month's run on 2027-04-01 takes it; 운영 정책 within 제5조④'s monthly expiry).
    /// </summary>
    public static (DateOnly LastDay, DateOnly ValidThrough, string Rule) Expiry(DateTimeOffset earnedAt, ProgramPolicy policy)
    {
        var earned = earnedAt.ToKstDate();
        var months = policy.PointValidityMonths;
        var validThrough = earned.AddMonths(months);
        var lastDay = new DateOnly(validThrough.Year, validThrough.Month, 1).AddMonths(1).AddDays(-1);
        var rule = $"적립 {earned:yyyy-MM-dd} → {months}개월 → 유효기간 {validThrough:yyyy-MM-dd} → 월 단위 소멸: {lastDay:yyyy-MM} 소멸 " +
            $"({policy.CitationOf(nameof(ProgramPolicy.PointValidityMonths))}, {policy.CitationOf(nameof(ProgramPolicy.PointExpiryNoticeMonths))})";
        return (lastDay, validThrough, rule);
    }

    /// <summary>The month whose run removes a lot usable through <paramref name="lastDay"/>, as "yyyy-MM".</summary>
    public static string ExpiryMonth(DateOnly lastDay) => lastDay.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
