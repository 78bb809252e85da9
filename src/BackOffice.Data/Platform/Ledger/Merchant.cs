namespace BackOffice.Data.Platform.Ledger;

public class Merchant
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public string District { get; set; } = "";
    /// <summary>In-district merchants earn the higher cashback rate (000 캐시백).</summary>
    public bool InDistrict { get; set; }
}
