using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class SignInTests(PortalFixture portal)
{
    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_comes_back_after()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/members");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "직원 로그인" })).ToBeVisibleAsync();
        await portal.ScreenshotAsync(page, "01-sign-in");

        await page.FillAsync("#username", "agent");
        await page.FillAsync("#password", PortalFixture.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "고객 조회" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToContainTextAsync("김상담");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var page = await portal.NewPageAsync();
        await PortalFixture.SignInAsync(page, "finance", "not-the-password-at-all");
        await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("아이디 또는 비밀번호가 올바르지 않습니다.");

        await PortalFixture.SignInAsync(page, "nobody-here", "not-the-password-at-all");
        await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("아이디 또는 비밀번호가 올바르지 않습니다.");

        await PortalFixture.SignInAsync(page, "finance", "");
        await Expect(page.Locator(".field-error")).ToHaveTextAsync("비밀번호를 입력하세요.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var page = await portal.NewPageAsync();
        for (var i = 1; i <= 4; i++)
        {
            await PortalFixture.SignInAsync(page, "agent2", $"wrong-password-{i}");
            await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("아이디 또는 비밀번호가 올바르지 않습니다.");
        }
        await PortalFixture.SignInAsync(page, "agent2", "wrong-password-5");
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("5회 잘못 입력하여 계정이 잠겼습니다");

        await PortalFixture.SignInAsync(page, "agent2", PortalFixture.DemoPassword);
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("계정이 잠겼습니다");
        await portal.ScreenshotAsync(page, "01b-locked");
    }
}
