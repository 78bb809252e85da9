using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.SignIn;

/// <summary>/account/login: a static server-rendered form (no circuit), so nothing here waits for one.</summary>
public sealed class SignInPage(IPage page) : PageObject(page)
{
    public const string Path = "/account/login";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "직원 로그인" });
    public ILocator UserName => Page.Locator("#username");
    public ILocator Password => Page.Locator("#password");
    public ILocator Submit => Page.Locator("button[type=submit]");
    public ILocator Error => Page.GetByTestId("login-error");
    public ILocator FieldErrors => Page.Locator(".field-error");

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
