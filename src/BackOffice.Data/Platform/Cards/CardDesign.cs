namespace BackOffice.Data.Platform.Cards;

/// <summary>A card design of a program with its stock of blank cards; a reissue takes one from stock.</summary>
public class CardDesign
{
    public long Id { get; set; }
    public long ProgramId { get; set; }
    public string Name { get; set; } = "";
    public int Stock { get; set; }
    public bool IsActive { get; set; } = true;
    public long Version { get; set; }
}
