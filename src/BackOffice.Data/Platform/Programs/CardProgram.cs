namespace BackOffice.Data.Platform.Programs;

/// <summary>A card product (local-currency card, transit card, card-company prepaid card, voucher).</summary>
public class CardProgram
{
    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public List<ProgramPolicy> Policies { get; set; } = [];
}
