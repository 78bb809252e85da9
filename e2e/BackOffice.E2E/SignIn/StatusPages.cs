namespace BackOffice.E2E.SignIn;

/// <summary>/not-found (in the portal layout) and /error (in the sign-in layout).</summary>
public sealed class StatusPages(IPage page) : PageObject(page)
{
    public const string NotFoundPath = "/not-found";
    public const string ErrorPath = "/error";

    public ILocator NotFoundHeading => Page.GetByRole(AriaRole.Heading, new() { Name = "페이지를 찾을 수 없습니다" });
    public ILocator NotFoundNotice => Page.GetByTestId("not-found");
    public ILocator ErrorHeading => Page.GetByRole(AriaRole.Heading, new() { Name = "요청을 처리하지 못했습니다" });
    public ILocator ErrorNotice => Page.GetByTestId("error-page");
}
