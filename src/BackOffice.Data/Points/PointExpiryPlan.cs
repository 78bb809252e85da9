using System.Globalization;

namespace BackOffice.Data.Points;

/// <summary>
/// When a point lot must be told about and when it may go (004 포인트 제5조④: 월단위 자동 소멸, 소멸 2개월 전 사전 고지), as
/// arithmetic. A lot usable through the last day of month E is removed by the run on the first day of E+1; its notice is
/// due by the run on the first day of E−n (n = <see cref="ProgramPolicy.PointExpiryNoticeMonths"/>, 2): "2027-03 소멸 예정"
/// is told on 2027-01-01 at the latest. A lot without a notice in time is never removed: it is told now and its month
/// moves to the first month that still leaves the full n months (운영 정책 within 제5조④).
/// </summary>
public static class PointExpiryPlan
{
    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly EndOfMonth(DateOnly day) => FirstOfMonth(day).AddMonths(1).AddDays(-1);

    /// <summary>The last KST day a notice may be given for a lot usable through <paramref name="lastDay"/>.</summary>
    public static DateOnly NoticeDueBy(DateOnly lastDay, int noticeMonths) => FirstOfMonth(lastDay).AddMonths(-noticeMonths);

    /// <summary>Whether the lot's notice (if any) was given on or before <see cref="NoticeDueBy"/>.</summary>
    public static bool NoticedInTime(DateTimeOffset? noticeAt, DateOnly lastDay, int noticeMonths) =>
        noticeAt is { } at && at.ToKstDate() <= NoticeDueBy(lastDay, noticeMonths);

    /// <summary>The earliest last day a lot told on <paramref name="today"/> may have: the end of the first month whose notice day is today or later.</summary>
    public static DateOnly EarliestLastDay(DateOnly today, int noticeMonths)
    {
        var month = FirstOfMonth(today);
        if (month < today) month = month.AddMonths(1);
        return EndOfMonth(month.AddMonths(noticeMonths));
    }

    /// <summary>Whether the run on <paramref name="today"/> removes the lot: its last day is gone and it was told in time.</summary>
    public static bool Expires(DateOnly lastDay, DateTimeOffset? noticeAt, DateOnly today, int noticeMonths) =>
        lastDay < today && NoticedInTime(noticeAt, lastDay, noticeMonths);

    /// <summary>Whether the run on <paramref name="today"/> must tell the member about the lot now.</summary>
    public static bool NeedsNotice(DateOnly lastDay, DateTimeOffset? noticeAt, DateOnly today, int noticeMonths) =>
        lastDay <= EarliestLastDay(today, noticeMonths) && !NoticedInTime(noticeAt, lastDay, noticeMonths);

    /// <summary>The rule text added when a lot's month moves because its notice came late.</summary>
    public static string PostponedRule(DateOnly oldLastDay, DateOnly newLastDay, DateOnly noticeDay, int noticeMonths) =>
        string.Create(CultureInfo.InvariantCulture,
            $" · 고지 {noticeDay:yyyy-MM-dd}: {oldLastDay:yyyy-MM} 소멸 {noticeMonths}개월 전 고지가 없어 소멸을 {newLastDay:yyyy-MM}로 연기 (운영 정책: 고지 없이 소멸하지 않음, 004 포인트 제5조④)");

    /// <summary>"2027-03 소멸 예정 1,200P" per expiry month, oldest month first.</summary>
    public static IReadOnlyList<string> Summary(IEnumerable<(DateOnly LastDay, long Remaining)> lots) =>
        lots.GroupBy(l => PointRules.ExpiryMonth(l.LastDay)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} 소멸 예정 {LotLedger.Format(LotKind.Point, g.Sum(l => l.Remaining))}").ToList();
}
