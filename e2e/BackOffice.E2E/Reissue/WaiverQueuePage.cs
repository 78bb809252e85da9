using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Reissue;

/// <summary>The supervisors' fee-waiver queue (/reissues/waivers); a decision asks a note in the shared reason dialog.</summary>
public sealed class WaiverQueuePage(IPage page) : PageObject(page)
{
    public const string Path = "/reissues/waivers";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "재발급 수수료 면제 승인", Level = 1 });
    public ILocator Table => Page.GetByTestId("waivers");
    public ILocator Empty => Page.GetByTestId("waivers-empty");
    /// <summary>The notice for a signed-in user without the role (the access-denied page or the router's notice).</summary>
    public ILocator NotAuthorized => Page.GetByRole(AriaRole.Heading, new() { Name = "권한이 없습니다" }).Or(Page.GetByTestId("not-authorized"));
    public ILocator ReasonText => Dialog.Locator("textarea[data-testid=reason-text], input[data-testid=reason-text], [data-testid=reason-text] textarea, [data-testid=reason-text] input").First;
    public ILocator ReasonError => Dialog.GetByTestId("reason-error");

    public async Task OpenAsync()
    {
        await GoAsync(Path, Heading);
        await Expect(Table.Or(Empty)).ToBeVisibleAsync();
    }

    /// <summary>Goes to the queue as someone without the role; the page answers with the not-authorized notice.</summary>
    public async Task OpenRefusedAsync()
    {
        await Page.GotoAsync(Path);
        await Expect(NotAuthorized).ToBeVisibleAsync();
    }

    public ILocator Row(string text) => Page.GetByTestId("waiver-row").Filter(new() { HasText = text });

    public Task StartApproveAsync(ILocator row) => row.GetByTestId("waiver-approve").ClickAsync();

    public Task StartRejectAsync(ILocator row) => row.GetByTestId("waiver-reject").ClickAsync();

    /// <summary>Writes the note in the open reason dialog and confirms it.</summary>
    public async Task WriteNoteAndConfirmAsync(string note)
    {
        await ReasonText.FillAsync(note);
        await Dialog.GetByTestId("reason-confirm").ClickAsync();
    }

    public async Task ApproveAsync(ILocator row, string note)
    {
        await StartApproveAsync(row);
        await WriteNoteAndConfirmAsync(note);
        await Expect(Dialog).ToHaveCountAsync(0);
    }

    public async Task RejectAsync(ILocator row, string note)
    {
        await StartRejectAsync(row);
        await WriteNoteAndConfirmAsync(note);
        await Expect(Dialog).ToHaveCountAsync(0);
    }
}
