using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class MemberSearchTests(PortalFixture portal)
{
    [Fact]
    public async Task A_wrong_card_number_is_explained_and_nothing_is_searched()
    {
        var page = await portal.SignedInPageAsync("agent");
        await page.GotoAsync("/members");
        await PortalFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("search-kind").SelectOptionAsync("CardNumber");
        await page.GetByTestId("search-text").FillAsync("1234 5678 9012 3456");
        await page.GetByTestId("search-text").PressAsync("Enter");
        await Expect(page.GetByTestId("search-error")).ToHaveTextAsync("카드번호가 올바르지 않습니다 (검증번호 불일치).");
        await Expect(page.GetByTestId("search-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Search_by_phone_lists_the_member_masked_and_opens_the_member_page()
    {
        var page = await portal.SignedInPageAsync("agent");
        await page.GotoAsync("/members");
        await PortalFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("search-kind").SelectOptionAsync("Phone");
        await page.GetByTestId("search-text").FillAsync("010-1234-5678");
        await page.GetByTestId("search-text").PressAsync("Enter");

        var row = page.Locator(".rz-data-row", new() { HasText = "M00000001" });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("홍*동");
        await Expect(row).ToContainTextAsync("010-****-5678");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("01012345678");
        await portal.ScreenshotAsync(page, "02-search-results");

        await row.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/members/\\d+$"));
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync("M00000001");
    }

    [Fact]
    public async Task The_results_grid_pages_and_sorts_on_the_server()
    {
        var page = await portal.SignedInPageAsync("agent");
        await page.GotoAsync("/members?kind=Name&q=김민준");
        await PortalFixture.WaitForCircuitAsync(page);

        var rows = page.Locator("[data-testid=search-results] .rz-data-row");
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(page.Locator(".rz-pager-summary")).ToContainTextAsync("1/2 페이지 (총 30명)");

        await page.Locator(".rz-pager-next").ClickAsync();
        await Expect(page.Locator(".rz-pager-summary")).ToContainTextAsync("2/2 페이지");
        await Expect(rows).ToHaveCountAsync(10);

        await page.Locator(".rz-pager-first").ClickAsync();
        await Expect(page.Locator(".rz-pager-summary")).ToContainTextAsync("1/2 페이지");
        await page.Locator("th", new() { HasText = "회원번호" }).ClickAsync(); // sort by member number ascending
        var ascending = await rows.Nth(0).Locator("td").Nth(0).InnerTextAsync();
        await page.Locator("th", new() { HasText = "회원번호" }).ClickAsync(); // and descending
        await Expect(rows.Nth(0).Locator("td").Nth(0)).Not.ToHaveTextAsync(ascending);
        var descending = await rows.Nth(0).Locator("td").Nth(0).InnerTextAsync();
        Assert.True(string.CompareOrdinal(descending, ascending) > 0, $"{descending} should sort after {ascending}");
    }
}
