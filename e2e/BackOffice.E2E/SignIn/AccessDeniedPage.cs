namespace BackOffice.E2E.SignIn;

/// <summary>/account/access-denied: where the server sends a signed-in user a page or endpoint refuses (role check).</summary>
public sealed class AccessDeniedPage(IPage page) : PageObject(page)
{
    public const string Path = "/account/access-denied";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "권한이 없습니다" });
    public ILocator Notice => Page.GetByTestId("access-denied");
    public ILocator HomeLink => Page.GetByRole(AriaRole.Link, new() { Name = "첫 화면으로" });
}
