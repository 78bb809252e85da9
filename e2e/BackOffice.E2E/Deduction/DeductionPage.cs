namespace BackOffice.E2E.Deduction;

/// <summary>/deduction: year, program, reason, 작성 시작 (step-up), then the export's progress panel with its download.</summary>
public sealed class DeductionPage(IPage page) : PageObject(page)
{
    public const string Path = "/deduction";

    public ILocator Start => Page.GetByTestId("deduction-start");
    public ILocator Reason => Page.GetByTestId("deduction-reason").Locator("input");
    public ILocator Error => Page.GetByTestId("deduction-error");
    public ILocator Progress => Page.GetByTestId("deduction-progress");

    /// <summary>The download in the progress panel once the file is done (the panel is the files part's <c>ExportProgressPanel</c>:
    /// adjust this selector to its test id when merging).</summary>
    public ILocator Download => Progress.GetByRole(AriaRole.Link, new() { Name = "다운로드" }).Or(Progress.GetByRole(AriaRole.Button, new() { Name = "다운로드" }));

    public Task OpenAsync() => GoAsync(Path, Start);

    public Task GotoAsync() => Page.GotoAsync(Path);
}
