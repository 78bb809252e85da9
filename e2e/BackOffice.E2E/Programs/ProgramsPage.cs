namespace BackOffice.E2E.Programs;

/// <summary>/programs: each card programme with its policy versions (read only).</summary>
public sealed class ProgramsPage(IPage page) : PageObject(page)
{
    public const string Path = "/programs";

    public ILocator Programs => Page.GetByTestId("program");
    public ILocator Program(string code) => Page.Locator($"[data-testid=program][data-code='{code}']");
    public ILocator Versions => Page.GetByTestId("policy-version");
    public ILocator VersionStates => Page.GetByTestId("policy-state");

    public Task OpenAsync() => GoAsync(Path, Programs.First);
}
