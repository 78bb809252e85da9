namespace BackOffice.Data.Platform.Programs;

/// <summary>
/// The last moment a charge can be cancelled, as the program counts it.
/// 000: 7 days including the charge day (charge Jan 1 → until Jan 7 23:59:59).
/// 002: from the next day (charge Jan 1 → until Jan 8 23:59:59).
/// </summary>
public static class ChargeCancelWindow
{
    public static DateTime LastMoment(DateTime chargedAtLocal, int days, CancelWindowCounting counting)
    {
        var lastDay = counting == CancelWindowCounting.ChargeDayCounted
            ? chargedAtLocal.Date.AddDays(days - 1)
            : chargedAtLocal.Date.AddDays(days);
        return lastDay.AddDays(1).AddTicks(-1);
    }

    public static string Explain(DateTime chargedAtLocal, int days, CancelWindowCounting counting)
    {
        var last = LastMoment(chargedAtLocal, days, counting);
        var how = counting == CancelWindowCounting.ChargeDayCounted ? "충전일 포함" : "충전 다음날부터";
        return $"{chargedAtLocal:yyyy-MM-dd} 충전, {how} {days}일 → {last:yyyy-MM-dd} 23:59까지 취소 가능";
    }
}
