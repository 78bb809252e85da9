using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.SignIn;

/// <summary>/account/login: a static server-rendered form (no circuit), so nothing here waits for one.</summary>
public sealed class SignInPage(IPage page) : PageObject(page)
{
    public const string Path = "/account/login";
    /// <summary>The one sentence for every refusal (SignInService.Refused).</summary>
    public const string Refused = "로그인할 수 없습니다. 아이디, 비밀번호, 인증 코드를 확인하세요.";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "직원 로그인" });
    public ILocator UserName => Page.Locator("#username");
    public ILocator Password => Page.Locator("#password");
    public ILocator Submit => Page.Locator("button[type=submit]");
    public ILocator Error => Page.GetByTestId("login-error");
    public ILocator FieldErrors => Page.Locator(".field-error");
    public ILocator Code => Page.Locator("#code");
    public ILocator EnrolKey => Page.GetByTestId("enrol-key");
    public ILocator EnrolQr => Page.GetByTestId("enrol-qr");
    public ILocator RecoveryCodes => Page.GetByTestId("recovery-codes").Locator("li");
    public ILocator EnrolContinue => Page.GetByTestId("enrol-continue");
    public ILocator UseRecovery => Page.GetByTestId("use-recovery");

    /// <summary>Types a code on the code or enrolment page and posts it.</summary>
    public async Task SubmitCodeAsync(string code)
    {
        await Code.FillAsync(code);
        await Submit.ClickAsync();
    }

    /// <summary>The key the enrolment page shows, without the grouping spaces.</summary>
    public async Task<string> EnrolKeyAsync() =>
        (await EnrolKey.InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public async Task OpenAsync()
    {
        await Page.GotoAsync(Path);
        await Expect(Heading).ToBeVisibleAsync();
    }

    /// <summary>Fills and posts the form on the page as it is (after a redirect to sign-in).</summary>
    public async Task SubmitAsync(string user, string password)
    {
        await UserName.FillAsync(user);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }

    public async Task SignInAsync(string user, string password)
    {
        await OpenAsync();
        await SubmitAsync(user, password);
    }
}
