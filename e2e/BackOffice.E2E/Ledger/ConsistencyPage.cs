namespace BackOffice.E2E.Ledger;

/// <summary>/ledger/consistency: runs the ledger check and shows its result.</summary>
public sealed class ConsistencyPage(IPage page) : PageObject(page)
{
    public const string Path = "/ledger/consistency";

    public ILocator RunButton => Page.GetByTestId("run-check");
    public ILocator Result => Page.GetByTestId("check-result");
    public ILocator MismatchCount => Page.GetByTestId("mismatch-count");

    public Task OpenAsync() => GoAsync(Path, RunButton);

    /// <summary>Goes to the page as a user who may not see it: no circuit wait (the server sends them to access denied).</summary>
    public Task GotoAsync() => Page.GotoAsync(Path);
}
