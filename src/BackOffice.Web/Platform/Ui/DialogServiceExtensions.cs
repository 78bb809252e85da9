using MudBlazor;

namespace BackOffice.Web.Platform.Ui;

/// <summary>The portal's two kinds of confirmation, so every page asks the same way.</summary>
public static class DialogServiceExtensions
{
    private static readonly DialogOptions Small = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>A yes/no confirmation before an irreversible action; true only when the user confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yesText = "예", string noText = "아니오")
    {
        var answer = await dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = title,
            Message = message,
            YesText = yesText,
            CancelText = noText,
        }, Small);
        return answer == true;
    }

    /// <summary>Asks for a reason (see <c>ReasonDialog</c>); null when cancelled.</summary>
    public static async Task<string?> AskReasonAsync(this IDialogService dialogs, string title, string summary, string warning,
        string confirmText, int minLength = 5, string placeholder = "사유 (감사 로그에 남습니다)")
    {
        var parameters = new DialogParameters<Components.Shared.ReasonDialog>
        {
            { d => d.Summary, summary },
            { d => d.Warning, warning },
            { d => d.ConfirmText, confirmText },
            { d => d.MinLength, minLength },
            { d => d.Placeholder, placeholder },
        };
        var dialog = await dialogs.ShowAsync<Components.Shared.ReasonDialog>(title, parameters, Small);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }

    /// <summary>Shows a dialog component and returns its result value, or default when cancelled.</summary>
    public static async Task<TResult?> ShowForResultAsync<TDialog, TResult>(this IDialogService dialogs, string title, DialogParameters<TDialog> parameters,
        MaxWidth width = MaxWidth.Small) where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var dialog = await dialogs.ShowAsync<TDialog>(title, parameters, new DialogOptions { MaxWidth = width, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: TResult value } ? value : default;
    }
}
