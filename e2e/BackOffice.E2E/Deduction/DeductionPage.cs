namespace BackOffice.E2E.Deduction;

/// <summary>/deduction: year, program, reason, 작성 시작 (step-up), then the export's progress panel with its download.</summary>
public sealed class DeductionPage(IPage page) : PageObject(page)
{
    public const string Path = "/deduction";

    public ILocator Start => Page.GetByTestId("deduction-start");
    public ILocator Reason => Page.GetByTestId("deduction-reason");
    public ILocator Error => Page.GetByTestId("deduction-error");
    public ILocator Progress => Page.GetByTestId("deduction-progress");

    /// <summary>The download button of the export's progress panel, once the file is done.</summary>
    public ILocator Download => Page.GetByTestId("export-download");

    public Task OpenAsync() => GoAsync(Path, Start);

    public Task GotoAsync() => Page.GotoAsync(Path);
}
