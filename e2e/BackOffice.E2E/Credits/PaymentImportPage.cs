using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Credits;

/// <summary>/credits/imports: the kind, the CSV upload, the result with its rejected rows, the past imports.</summary>
public sealed class PaymentImportPage(IPage page) : PageObject(page)
{
    public const string Path = "/credits/imports";

    public ILocator Layout => Page.GetByTestId("payment-layout");
    public ILocator GatewayKind => Page.GetByTestId("payment-kind-gateway");
    public ILocator File => Page.Locator("input[type=file][data-testid=payment-file]");
    public ILocator FileName => Page.GetByTestId("payment-file-name");
    public ILocator Submit => Page.GetByTestId("payment-submit");
    public ILocator Summary => Page.GetByTestId("payment-summary");
    public ILocator RejectedRows => Page.GetByTestId("payment-rejected-row");
    public ILocator Error => Page.GetByTestId("payment-error");
    public ILocator Imports => Page.GetByTestId("payment-imports");
    public ILocator MenuLink => Page.GetByRole(AriaRole.Link, new() { Name = "결제 파일 반영", Exact = true });

    public Task OpenAsync() => GoAsync(Path, Layout);

    /// <summary>Goes to the page as a user who may not see it: no circuit wait.</summary>
    public Task GotoAsync() => Page.GotoAsync(Path);

    /// <summary>Uploads <paramref name="csv"/> as <paramref name="name"/> (the settlement kind is the default) and submits.</summary>
    public async Task ImportAsync(string name, byte[] csv)
    {
        // The file box listens only once its script has attached after the first interactive render; a file set before
        // that is not seen (once on CI while the unit stage ran beside). Set it again until the page names it.
        for (var attempt = 1; ; attempt++)
        {
            await File.SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = csv });
            try
            {
                await Expect(FileName).ToContainTextAsync(name, new() { Timeout = 5_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
        await Expect(Submit).ToBeEnabledAsync();
        await Submit.ClickAsync();
        await Expect(Summary.Or(Error)).ToBeVisibleAsync();
    }
}
