namespace BackOffice.E2E.Statements;

/// <summary>The statement scope dialog and the preview-and-issue dialog (Features/Statements).</summary>
public sealed class DocumentDialog(IPage page)
{
    public ILocator StatementDialog => page.GetByTestId("statement-dialog");
    public ILocator StatementPreview => page.GetByTestId("statement-preview");

    public ILocator Root => page.GetByTestId("document-dialog");
    public ILocator Preview => page.GetByTestId("document-preview");
    public IFrameLocator PreviewFrame => page.FrameLocator("[data-testid=document-preview]");
    /// <summary>The MudTextField puts the test id on its input.</summary>
    public ILocator Reason => page.GetByTestId("document-reason");
    public ILocator Issue => page.GetByTestId("document-issue");
    public ILocator Error => page.GetByTestId("document-error");
    public ILocator Issued => page.GetByTestId("document-issued");
    public ILocator Number => page.GetByTestId("document-number");
    public ILocator Close => page.GetByTestId("document-close");
}

/// <summary>The issued-document table (member tab "발급 문서" and /documents).</summary>
public sealed class IssuedDocuments(IPage page)
{
    public ILocator Rows => page.GetByTestId("document-row");
    public ILocator Row(string number) => Rows.Filter(new() { HasText = number });
    public static ILocator Prints(ILocator row) => row.GetByTestId("document-row-prints");
    public static ILocator Reprint(ILocator row) => row.GetByTestId("document-reprint");
}
