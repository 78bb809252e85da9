namespace BackOffice.Tests.Delivery;

/// <summary>The shipment life cycle (issue 14 item 1): which state may follow which.</summary>
public class ShipmentLogTests
{
    [Theory]
    [InlineData(ShipmentStatus.Requested, ShipmentStatus.Preparing, true)]
    [InlineData(ShipmentStatus.Preparing, ShipmentStatus.HandedToPost, true)]
    [InlineData(ShipmentStatus.HandedToPost, ShipmentStatus.InTransit, true)]
    [InlineData(ShipmentStatus.InTransit, ShipmentStatus.Delivered, true)]
    [InlineData(ShipmentStatus.InTransit, ShipmentStatus.Returned, true)]
    [InlineData(ShipmentStatus.Returned, ShipmentStatus.Resent, true)]
    [InlineData(ShipmentStatus.Requested, ShipmentStatus.Delivered, false)]
    [InlineData(ShipmentStatus.Resent, ShipmentStatus.Delivered, false)]
    [InlineData(ShipmentStatus.Cancelled, ShipmentStatus.Preparing, false)]
    public void Moves_follow_the_life_cycle(ShipmentStatus from, ShipmentStatus to, bool allowed) =>
        Assert.Equal(allowed, ShipmentLog.CanMove(from, to));
}
