using MudBlazor;

namespace BackOffice.Web.Features.Statements;

/// <summary>Opens the preview-and-issue dialog; the buttons on the lost-card, refund and payout pages call these.</summary>
public static class DocumentActions
{
    private static readonly DialogOptions Large = new() { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Shows the dialog; returns the issued number, or null when cancelled.</summary>
    public static async Task<string?> PreviewAndIssueAsync(IDialogService dialogs, string title, Func<StatementService, Task<DocumentDraft>> load)
    {
        var dialog = await dialogs.ShowAsync<DocumentDialog>(title, new DialogParameters<DocumentDialog> { { d => d.Load, load } }, Large);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string number } ? number : null;
    }
}
