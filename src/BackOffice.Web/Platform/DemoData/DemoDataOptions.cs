namespace BackOffice.Web.Platform.DemoData;

public sealed class DemoDataOptions
{
    public bool Enabled { get; set; }
    /// <summary>How many members the first start creates (a few thousand keeps it fast).</summary>
    public int Members { get; set; } = 2000;
    /// <summary>The same seed gives the same members, cards and transactions.</summary>
    public int Seed { get; set; } = 20261122;
}
