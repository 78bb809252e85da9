namespace BackOffice.E2E.LostCards;

/// <summary>분실·도난 신고 접수증 (/lost-cards/{reportNo}): printable on its own.</summary>
public sealed class LostCardReceiptPage(IPage page) : PageObject(page)
{
    public ILocator Receipt => Page.GetByTestId("lost-receipt");
    public ILocator Swept => Page.GetByTestId("receipt-swept");
    public ILocator Explanation => Page.GetByTestId("receipt-explanation");
    public ILocator Print => Page.GetByTestId("receipt-print");
    public ILocator BackToMember => Page.GetByTestId("receipt-back");
}
