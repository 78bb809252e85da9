namespace BackOffice.E2E.Files;

/// <summary>/files (내 파일): my background exports with live progress, download and cancel.</summary>
public sealed class FilesPage(IPage page) : PageObject(page)
{
    public const string Path = "/files";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "내 파일", Exact = true });
    public ILocator Empty => Page.GetByTestId("files-empty");
    public ILocator Table => Page.GetByTestId("files-table");
    public ILocator Rows => Page.GetByTestId("file-row");
    public ILocator MenuLink => Page.GetByRole(AriaRole.Link, new() { Name = "내 파일", Exact = true });

    public ILocator Row(long id) => Page.Locator($"[data-testid=file-row][data-file-id='{id}']");

    public ILocator Status(ILocator row) => row.GetByTestId("file-status");

    public ILocator Download(ILocator row) => row.GetByTestId("file-download");

    public ILocator Cancel(ILocator row) => row.GetByTestId("file-cancel");

    public Task OpenAsync() => GoAsync(Path, Heading);

    /// <summary>The <c>ExportProgressPanel</c> a workflow page shows after starting an export.</summary>
    public static ExportPanel PanelOn(IPage page) => new(page.GetByTestId("export-panel"));

    public sealed record ExportPanel(ILocator Root)
    {
        public ILocator Status => Root.GetByTestId("export-status");
        public ILocator Progress => Root.GetByTestId("export-progress");
        public ILocator Download => Root.GetByTestId("export-download");
        public ILocator Cancel => Root.GetByTestId("export-cancel");
    }
}
