namespace BackOffice.E2E.Documents;

/// <summary>/documents/verify: a document number and a PDF file → genuine or not.</summary>
public sealed class VerifyDocumentPage(IPage page) : PageObject(page)
{
    public const string Path = "/documents/verify";

    public ILocator Form => Page.GetByTestId("verify-form");
    public ILocator Number => Page.GetByTestId("verify-number");
    public ILocator File => Page.Locator("input[type=file][data-testid=verify-file]");
    public ILocator FileName => Page.GetByTestId("verify-file-name");
    public ILocator Submit => Page.GetByTestId("verify-submit");
    public ILocator Result => Page.GetByTestId("verify-result");
    public ILocator Error => Page.GetByTestId("verify-error");
    public ILocator Unavailable => Page.GetByTestId("pdf-unavailable");

    public Task OpenAsync() => GoAsync(Path, Form);

    /// <summary>Types the number, uploads <paramref name="pdf"/> as <c>file.pdf</c> and submits.</summary>
    public async Task VerifyAsync(string number, byte[] pdf)
    {
        await Number.FillAsync(number);
        await File.SetInputFilesAsync(new FilePayload { Name = "file.pdf", MimeType = "application/pdf", Buffer = pdf });
        // Picking a file clears the previous result and file name first, then shows the new name once it is read: wait for
        // both, or a second check would submit while the new file is still being read (and see the old result).
        await Microsoft.Playwright.Assertions.Expect(Result).ToHaveCountAsync(0);
        await Microsoft.Playwright.Assertions.Expect(FileName).ToBeVisibleAsync();
        await Submit.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(Result.Or(Error)).ToBeVisibleAsync();
    }
}
