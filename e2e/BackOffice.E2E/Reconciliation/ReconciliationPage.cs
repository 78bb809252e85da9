namespace BackOffice.E2E.Reconciliation;

/// <summary>/reconciliation: a day or a period reconciled per account kind, per day and per payout batch.</summary>
public sealed class ReconciliationPage(IPage page) : PageObject(page)
{
    public const string Path = "/reconciliation";

    public ILocator RunButton => Page.GetByTestId("recon-run");
    public ILocator Result => Page.GetByTestId("recon-result");
    public ILocator Status => Page.GetByTestId("recon-status");
    public ILocator KindRows => Page.GetByTestId("recon-kind");
    public ILocator DayRows => Page.GetByTestId("recon-day");

    public Task OpenAsync() => GoAsync(Path, RunButton);

    /// <summary>Goes to the page as a user who may not see it: no circuit wait (the server sends them to access denied).</summary>
    public Task GotoAsync() => Page.GotoAsync(Path);
}
