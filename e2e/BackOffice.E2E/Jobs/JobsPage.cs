namespace BackOffice.E2E.Jobs;

/// <summary>/jobs: the background jobs with their schedule, last and next run, and a "run now" button per job.</summary>
public sealed class JobsPage(IPage page) : PageObject(page)
{
    public const string Path = "/jobs";

    public ILocator Table => Page.GetByTestId("jobs-table");
    public ILocator Rows => Page.GetByTestId("job-row");

    public ILocator Row(string key) => Page.Locator($"[data-testid=job-row][data-job='{key}']");

    public ILocator LastRun(string key) => Row(key).GetByTestId("job-last-run");

    public ILocator Outcome(string key) => Row(key).GetByTestId("job-outcome");

    public ILocator RunButton(string key) => Row(key).GetByTestId("run-job");

    public Task OpenAsync() => GoAsync(Path, Table);
}
