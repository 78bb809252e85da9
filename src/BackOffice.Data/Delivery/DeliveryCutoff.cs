namespace BackOffice.Data.Delivery;

/// <summary>
/// When a delivery address may still change (000 배송: "배송지 변경은 신청 당일에만 가능", because the card goes to the
/// post office the next day). The rule is the calendar day of the application in Korea time: a change is allowed while
/// KST now &lt; <see cref="Shipment.ApplicationDay"/> + 1 day 00:00, the shipment is still <see cref="ShipmentStatus.Requested"/>
/// and no mailing batch has locked the address. Weekends and holidays do not extend the day: an application on a
/// Saturday can be changed until Saturday 23:59:59 (it then waits for the next business day's batch, locked or not).
/// </summary>
public static class DeliveryCutoff
{
    public const string Citation = "000 배송";

    /// <summary>What the agent can do instead once the day is over.</summary>
    public const string Instead = "반송 후 새 주소로 재발송하세요 (반송되면 해피콜에서 새 주소를 확인해 재발송합니다).";

    /// <summary>The first instant at which a change is refused: the next day's 00:00:00 KST.</summary>
    public static DateTimeOffset EndOf(DateOnly applicationDay) => KoreanTime.StartOfDay(applicationDay.AddDays(1));

    /// <summary>"신청일 2026-12-01 23:59:59까지 변경 가능 (000 배송)".</summary>
    public static string Rule(DateOnly applicationDay) =>
        $"신청일 {applicationDay:yyyy-MM-dd} 23:59:59까지 변경 가능 ({Citation}: 배송지는 신청 당일에만 변경할 수 있고, 다음 날 발송 묶음으로 우체국에 넘어갑니다)";

    /// <summary>Null when the address may change now; otherwise the Korean reason with what to do instead.</summary>
    public static string? Problem(ShipmentStatus status, DateOnly applicationDay, DateTimeOffset? addressLockedAt, DateTimeOffset now)
    {
        if (status != ShipmentStatus.Requested)
            return $"배송 상태가 '{ShipmentLog.Name(status)}'이라 배송지를 바꿀 수 없습니다 (신청 상태에서만 변경 가능, {Citation}). {Instead}";
        if (addressLockedAt is { } locked)
            return $"발송 묶음에 들어가 {locked.ToKst():yyyy-MM-dd HH:mm}에 주소가 잠겼습니다 ({Citation}). {Instead}";
        if (now >= EndOf(applicationDay))
            return $"배송지는 신청일({applicationDay:yyyy-MM-dd}) 23:59:59까지만 변경할 수 있습니다 ({Citation}). 변경 기한이 지났습니다. {Instead}";
        return null;
    }

    public static string? Problem(Shipment shipment, DateTimeOffset now) =>
        Problem(shipment.Status, shipment.ApplicationDay, shipment.AddressLockedAt, now);
}
