using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BackOffice.Tests.SignIn;

/// <summary>The step-up code dialog: checks the format first, keeps itself open on a wrong code, closes with true on a right one; Enter submits.</summary>
public sealed class StepUpDialogTests : DialogTestBase
{
    protected override void AddServices(Harness h) => Services.AddSingleton(h.Get<StepUp>());

    [Fact]
    public async Task The_code_dialog_refuses_a_malformed_or_wrong_code_and_closes_on_the_right_one_submitted_with_enter()
    {
        var actor = TestActor.Finance;
        await Harness.EnsureAuthenticatorAsync(H.Services, actor, Harness.StepUpKey);
        var dialog = await ShowAsync("OTP 재인증", new DialogParameters<StepUpDialog> { { d => d.Actor, actor }, { d => d.Purpose, "환불 승인" } });

        Provider.WaitForAssertion(() => Assert.Contains("환불 승인 전에 본인 확인이 필요합니다.", Text(Provider.Find("[data-testid=stepup-dialog]"))));
        Provider.Find("[data-testid=stepup-confirm]").Click();
        Provider.WaitForAssertion(() => Assert.Equal("인증 코드를 입력하세요.", Text(Provider.Find("[data-testid=stepup-error]"))));

        Provider.Find("input[data-testid=stepup-code]").Input("12a4");
        Provider.Find("form.stepup-form").Submit();
        Provider.WaitForAssertion(() => Assert.Equal("인증 코드는 숫자 6자리입니다.", Text(Provider.Find("[data-testid=stepup-error]"))));

        var accepted = new[] { -30, 0, 30 }.Select(s => Totp.Code(Harness.StepUpKey, DateTimeOffset.UtcNow.AddSeconds(s))).ToHashSet();
        var wrong = Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !accepted.Contains(c));
        Provider.Find("input[data-testid=stepup-code]").Input(wrong);
        Provider.Find("form.stepup-form").Submit();
        Provider.WaitForAssertion(() => Assert.Equal(StepUp.WrongCode, Text(Provider.Find("[data-testid=stepup-error]"))));
        Assert.False(dialog.Result.IsCompleted);
        Assert.False(H.Get<StepUp>().IsFresh(actor));

        Provider.Find("input[data-testid=stepup-code]").Input(Totp.Code(Harness.StepUpKey));
        Provider.Find("form.stepup-form").Submit(); // what Enter in the field does
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(Assert.IsType<bool>(result!.Data));
        Assert.True(H.Get<StepUp>().IsFresh(actor));
    }
}
