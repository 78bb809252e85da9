namespace BackOffice.Web.Features.Delivery;

/// <summary>A card application from the member page (HandleShipments). The address fields are the post office's format.</summary>
public sealed record CardApplicationCommand(long MemberId, long ProgramId, long DesignId, string? Postcode, string? RoadAddress, string? AddressDetail,
    string? IdempotencyKey);

public sealed record ProgramChoice(long Id, string Code, string Name);

public sealed record ApplicationDesignChoice(long Id, string Name, int Stock);

/// <summary>What the application dialog shows for one program: designs, the fee with its rule, the cut-off of the address.</summary>
public sealed record CardApplicationPreview(long MemberId, IReadOnlyList<ProgramChoice> Programs, long ProgramId, IReadOnlyList<ApplicationDesignChoice> Designs,
    long Fee, string FeeRule, long Emoney, DateOnly ApplicationDay, string CutoffRule, string ExpectedRule, string? Problem);

public sealed record CardApplicationResult(string ShipmentNumber, string CardMasked, long Fee, string FeeRule, DateOnly ApplicationDay, string CutoffRule,
    DateOnly ExpectedBy, string ExpectedRule);

/// <summary>A new delivery address for a shipment still in its application day.</summary>
public sealed record AddressChangeCommand(long ShipmentId, string? Postcode, string? RoadAddress, string? AddressDetail);

/// <summary>What the address-change dialog shows: the rule and cut-off, and why a change is refused now (null: allowed).</summary>
public sealed record AddressChangePreview(long ShipmentId, string Number, string MaskedAddress, DateOnly ApplicationDay, string CutoffRule,
    DateTimeOffset CutoffAt, string? Problem);

/// <summary>One line of a shipment's history.</summary>
public sealed record ShipmentHistoryLine(DateTimeOffset At, ShipmentStatus? From, ShipmentStatus To, string ActorName, string Text, string Source);

/// <summary>One shipment as the member page's "카드 배송" tab shows it: where the card is, in one look.</summary>
public sealed record MemberShipmentView(
    long Id, string Number, ShipmentKind Kind, ShipmentStatus Status, string ProgramName, string CardMasked, string Design, ShipmentMethod Method,
    string MaskedAddress, DateOnly ApplicationDay, string? BatchNumber, string? TrackingNumber, DateOnly? ExpectedBy, string ExpectedRule,
    long Fee, string FeeRule, DateTimeOffset RequestedAt, DateTimeOffset? DispatchedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? ReturnedAt,
    string? ReturnReason, string CutoffRule, string? AddressChangeProblem, bool Overdue, IReadOnlyList<ShipmentHistoryLine> History)
{
    public bool AddressChangeable => AddressChangeProblem is null;

    public bool CanConfirmDelivery => ShipmentLog.CanMove(Status, ShipmentStatus.Delivered);
}

/// <summary>One row of the overdue queue.</summary>
public sealed record OverdueShipmentRow(
    long Id, string Number, long MemberId, string MemberNo, string MaskedName, string CardMasked, ShipmentKind Kind, ShipmentStatus Status,
    string StartedBy, DateOnly StartedOn, DateOnly ExpectedBy, int BusinessDaysLate, string? TrackingNumber);

public sealed record OverdueShipmentPage(IReadOnlyList<OverdueShipmentRow> Rows, int Total);
