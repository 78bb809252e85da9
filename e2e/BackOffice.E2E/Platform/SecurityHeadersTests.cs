using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Platform;

/// <summary>Issue 10 item 8: every response carries the security headers, and the pages still work under the policy.</summary>
[Collection(PortalCollection.Name)]
public class SecurityHeadersTests(PortalFixture portal)
{
    [Fact]
    public async Task Responses_carry_the_security_headers_and_the_screens_run_without_policy_violations()
    {
        using (var http = new HttpClient())
        {
            var response = await http.GetAsync(portal.BaseUrl + "/account/login");
            string Header(string name) => string.Join(",", response.Headers.TryGetValues(name, out var v) ? v : []);
            var csp = Header("Content-Security-Policy");
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'", csp);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header("X-Content-Type-Options"));
            Assert.Equal("no-referrer", Header("Referrer-Policy"));
            Assert.Equal("DENY", Header("X-Frame-Options"));
            Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
        }

        var violations = new List<string>();
        var page = await portal.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        await PortalFixture.SignInAsync(page, "agent", PortalFixture.DemoPassword);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        await PortalFixture.WaitForCircuitAsync(page);
        // The session cookie: HttpOnly, SameSite=Strict (Secure is SameAsRequest in Development, Always elsewhere).
        var auth = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "backoffice.auth");
        Assert.True(auth.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, auth.SameSite);
        var member = new MemberPage(page);
        await member.OpenAsync("M00000001"); // an interactive screen over the WebSocket (connect-src 'self')
        await Expect(member.Balances).ToContainTextAsync("원");
        await portal.ScreenshotAsync(page, "90-security-headers-member-page");
        Assert.Empty(violations);
    }
}
