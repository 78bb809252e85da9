namespace BackOffice.Web.Features.Delivery;

/// <summary>
/// The member's delivery notices through the outbox, written inside the command that causes them: card sent (on the
/// first dispatch confirmation), card returned (returned-mail list), re-sent (a re-send), not reached (after the third
/// unsuccessful happy call). Each is deduplicated per shipment by its event reference (the shipment number).
/// </summary>
public static class DeliveryNotices
{
    public static Task SentAsync(AppDbContext db, Shipment shipment, string cardMasked, DateTimeOffset now, CancellationToken ct) =>
        NoticeOutbox.EnqueueAsync(db, shipment.MemberId, DeliveryNoticeKeys.Sent, shipment.Number, new Dictionary<string, string>
        {
            ["card"] = cardMasked,
            ["shipmentNumber"] = shipment.Number,
            ["dispatchedOn"] = Fmt.Date(shipment.DispatchedAt ?? now),
            ["trackingNumber"] = shipment.TrackingNumber ?? "",
        }, now, ct);

    public static Task ReturnedAsync(AppDbContext db, Shipment shipment, string cardMasked, DateTimeOffset now, CancellationToken ct) =>
        NoticeOutbox.EnqueueAsync(db, shipment.MemberId, DeliveryNoticeKeys.Returned, shipment.Number, new Dictionary<string, string>
        {
            ["card"] = cardMasked,
            ["shipmentNumber"] = shipment.Number,
            ["returnedOn"] = Fmt.Date(shipment.ReturnedAt ?? now),
            ["reason"] = shipment.ReturnReason ?? "",
        }, now, ct);

    public static Task ResentAsync(AppDbContext db, Shipment resend, string cardMasked, DateTimeOffset now, CancellationToken ct) =>
        NoticeOutbox.EnqueueAsync(db, resend.MemberId, DeliveryNoticeKeys.Resent, resend.Number, new Dictionary<string, string>
        {
            ["card"] = cardMasked,
            ["shipmentNumber"] = resend.Number,
            ["fee"] = resend.Fee == 0 ? "무료" : Fmt.Won(resend.Fee),
            ["feeRule"] = resend.FeeRule,
        }, now, ct);

    public static Task UnreachedAsync(AppDbContext db, Shipment shipment, string cardMasked, int attempts, DateTimeOffset now, CancellationToken ct) =>
        NoticeOutbox.EnqueueAsync(db, shipment.MemberId, DeliveryNoticeKeys.Unreached, shipment.Number, new Dictionary<string, string>
        {
            ["card"] = cardMasked,
            ["shipmentNumber"] = shipment.Number,
            ["attempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, now, ct);
}
