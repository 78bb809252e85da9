using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Members;

/// <summary>고객 조회 (/members): the search box and the server-paged, server-sorted results table.</summary>
public sealed class MemberSearchPage(IPage page) : PageObject(page)
{
    public const string Path = "/members";

    /// <summary>What the kind select shows for each MemberSearchKind (the names the address uses).</summary>
    public static readonly IReadOnlyDictionary<string, string> KindLabels = new Dictionary<string, string>
    {
        ["CardNumber"] = "카드번호 (16자리)",
        ["CardLast4AndName"] = "카드 끝 4자리 + 이름",
        ["Phone"] = "휴대전화번호",
        ["Name"] = "이름 (전체)",
        ["MemberNo"] = "회원번호",
    };

    public ILocator Kind => Page.GetByTestId("search-kind");
    public ILocator Text => Page.GetByTestId("search-text");
    public ILocator Name => Page.GetByTestId("search-name");
    public ILocator Submit => Page.GetByTestId("search-submit");
    public ILocator Error => Page.GetByTestId("search-error");
    public ILocator Empty => Page.GetByTestId("search-empty");
    public ILocator Results => Page.GetByTestId("search-results");
    public ILocator Rows => Results.Locator("tbody tr.member-row");
    public ILocator Summary => Page.GetByTestId("search-summary");
    public ILocator NextPage => Results.GetByRole(AriaRole.Button, new() { Name = "다음 페이지" });
    public ILocator FirstPage => Results.GetByRole(AriaRole.Button, new() { Name = "첫 페이지" });

    public Task OpenAsync() => GoAsync(Path, Page.GetByRole(AriaRole.Heading, new() { Name = "고객 조회" }));

    /// <summary>Opens the results of a search given in the address (as the back button or a link does).</summary>
    public async Task OpenResultsAsync(string kind, string text)
    {
        await GoAsync($"{Path}?kind={kind}&q={Uri.EscapeDataString(text)}", Page.GetByRole(AriaRole.Heading, new() { Name = "고객 조회" }));
        await Expect(Rows.First).ToBeVisibleAsync();
    }

    /// <summary>Opens the page at an address as typed or pasted, without waiting for results.</summary>
    public Task OpenAddressAsync(string query) => GoAsync($"{Path}?{query}", Page.GetByRole(AriaRole.Heading, new() { Name = "고객 조회" }));

    public Task ChooseKindAsync(string kind) => MudSelectChoice.ChooseAsync(Page, Kind, KindLabels[kind]);

    /// <summary>Chooses the kind, types the value and presses Enter in the text field.</summary>
    public async Task SearchAsync(string kind, string text)
    {
        await ChooseKindAsync(kind);
        await Text.FillAsync(text);
        await Text.PressAsync("Enter");
    }

    public ILocator Row(string memberNo) => Rows.Filter(new() { HasText = memberNo });

    public ILocator FirstCellOf(int row) => Rows.Nth(row).Locator("td").Nth(0);

    public ILocator SortLabel(string column) => Results.Locator("th .mud-table-sort-label", new() { HasText = column });

    public Task SortByAsync(string column) => SortLabel(column).ClickAsync();

    public async Task SortByKeyboardAsync(string column)
    {
        await SortLabel(column).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
    }
}
