namespace BackOffice.E2E.LostCards;

/// <summary>The loss/theft report dialog opened from a card row of the member page.</summary>
public sealed class LostCardDialog(IPage page)
{
    public ILocator Root => page.GetByTestId("lost-dialog");
    public ILocator Outcome => page.GetByTestId("lost-outcome");
    public ILocator Notes => page.GetByTestId("lost-notes");
    public ILocator Confirm => page.GetByTestId("lost-confirm");
    public ILocator Error => page.GetByTestId("lost-error");

    /// <summary>"Lost" or "Stolen", chosen by what staff see (분실 / 도난).</summary>
    public Task ChooseKindAsync(string kind) =>
        MudSelectChoice.ChooseAsync(page, page.GetByTestId("lost-kind"), kind == "Stolen" ? "도난" : "분실");
}
