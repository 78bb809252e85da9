using Microsoft.Extensions.Options;
using MudBlazor;

namespace BackOffice.Web.Platform.Auth;

/// <summary>
/// The screens' side of <see cref="StepUp"/>: before a money action, asks for a code unless the signed-in account
/// verified one within the window. Asked before the action's own confirmation, so the order on screen is always
/// code (when needed) → confirmation → action.
/// </summary>
public sealed class StepUpPrompt(StepUp stepUp, CurrentActor currentActor, IDialogService dialogs, IOptions<SignInSecurityOptions> options)
{
    public async Task<bool> EnsureAsync(string purpose)
    {
        var actor = await currentActor.GetAsync();
        if (stepUp.IsFresh(actor)) return true;
        var minutes = options.Value.StepUpMinutes;
        var parameters = new DialogParameters<Components.Shared.StepUpDialog>
        {
            { d => d.Actor, actor },
            { d => d.Purpose, purpose },
            { d => d.WindowText, $"{minutes:0.#}분" },
        };
        return await dialogs.ShowForResultAsync<Components.Shared.StepUpDialog, bool>("OTP 재인증", parameters, MaxWidth.ExtraSmall);
    }
}

/// <summary>What the code dialog checks before asking the server.</summary>
public static class StepUpRules
{
    public static string? CodeProblem(string? code)
    {
        var clean = Authenticator.CleanCode(code);
        if (clean.Length == 0) return "인증 코드를 입력하세요.";
        if (clean.Length != 6 || !clean.All(char.IsAsciiDigit)) return "인증 코드는 숫자 6자리입니다.";
        return null;
    }
}
