namespace BackOffice.E2E.Home;

/// <summary>첫 화면 (/): the member search and the day's figures.</summary>
public sealed class HomePage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "고객 응대 시작" });
    public ILocator Kpis => Page.GetByTestId("kpis");
    public ILocator RefundKpi => Page.GetByTestId("kpi-refunds");
    public Members.MemberSearchPage Search => new(Page);

    public Task OpenAsync() => GoAsync("/", Heading);
}
