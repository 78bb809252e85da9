namespace BackOffice.Data.Delivery;

/// <summary>
/// The one way a shipment changes state: checks the move against <see cref="Allowed"/>, sets the status and adds the
/// history line, in the caller's transaction. Refusals are Korean <see cref="BusinessRuleException"/>s.
/// </summary>
public static class ShipmentLog
{
    /// <summary>Which state may follow which (신청 → 발송 준비 → 우체국 접수 → 배송 중 → 수령 확인 / 반송 → 재발송).</summary>
    public static readonly IReadOnlyDictionary<ShipmentStatus, ShipmentStatus[]> Allowed = new Dictionary<ShipmentStatus, ShipmentStatus[]>
    {
        [ShipmentStatus.Requested] = [ShipmentStatus.Preparing, ShipmentStatus.Cancelled],
        [ShipmentStatus.Preparing] = [ShipmentStatus.HandedToPost, ShipmentStatus.InTransit, ShipmentStatus.Returned, ShipmentStatus.Delivered],
        [ShipmentStatus.HandedToPost] = [ShipmentStatus.InTransit, ShipmentStatus.Delivered, ShipmentStatus.Returned],
        [ShipmentStatus.InTransit] = [ShipmentStatus.Delivered, ShipmentStatus.Returned],
        [ShipmentStatus.Returned] = [ShipmentStatus.Resent, ShipmentStatus.Delivered],
        [ShipmentStatus.Delivered] = [ShipmentStatus.Returned],
        [ShipmentStatus.Resent] = [],
        [ShipmentStatus.Cancelled] = [],
    };

    public static string Name(ShipmentStatus status) => status switch
    {
        ShipmentStatus.Requested => "신청",
        ShipmentStatus.Preparing => "발송 준비",
        ShipmentStatus.HandedToPost => "우체국 접수",
        ShipmentStatus.InTransit => "배송 중",
        ShipmentStatus.Delivered => "수령 확인",
        ShipmentStatus.Returned => "반송",
        ShipmentStatus.Resent => "재발송됨",
        ShipmentStatus.Cancelled => "취소",
        _ => status.ToString(),
    };

    public static string Name(ShipmentKind kind) => kind switch
    {
        ShipmentKind.NewCard => "신규 발급",
        ShipmentKind.Reissue => "재발급",
        ShipmentKind.Replacement => "교체 발급",
        ShipmentKind.Resend => "반송 재발송",
        ShipmentKind.WrongCardResend => "오배송 재발송",
        _ => kind.ToString(),
    };

    public static bool CanMove(ShipmentStatus from, ShipmentStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Moves a saved <paramref name="shipment"/> (it needs its id) to <paramref name="to"/> and records the step; refuses a move the life cycle does not allow.</summary>
    public static ShipmentEvent Move(AppDbContext db, Shipment shipment, ShipmentStatus to, Actor actor, DateTimeOffset at, string text, string source = "staff")
    {
        if (!CanMove(shipment.Status, to))
            throw new BusinessRuleException($"배송 상태를 '{Name(shipment.Status)}'에서 '{Name(to)}'(으)로 바꿀 수 없습니다.");
        var step = new ShipmentEvent
        {
            ShipmentId = shipment.Id,
            At = at,
            From = shipment.Status,
            To = to,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Text = text,
            Source = source,
        };
        shipment.Status = to;
        shipment.Version++;
        db.Set<ShipmentEvent>().Add(step);
        return step;
    }

    /// <summary>Records a step that does not change the state (an address change, a happy call, a note).</summary>
    public static ShipmentEvent Note(AppDbContext db, Shipment shipment, Actor actor, DateTimeOffset at, string text, string source = "staff")
    {
        var step = new ShipmentEvent
        {
            ShipmentId = shipment.Id,
            At = at,
            From = shipment.Status,
            To = shipment.Status,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Text = text,
            Source = source,
        };
        shipment.Version++;
        db.Set<ShipmentEvent>().Add(step);
        return step;
    }
}
