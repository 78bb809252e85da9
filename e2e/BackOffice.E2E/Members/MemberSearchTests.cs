using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Members;

[Collection(PortalCollection.Name)]
public class MemberSearchTests(PortalFixture portal)
{
    [Fact]
    public async Task A_wrong_card_number_is_explained_and_nothing_is_searched()
    {
        var search = new MemberSearchPage(await portal.SignedInPageAsync("agent"));
        await search.OpenAsync();
        await search.CheckAccessibilityAsync();
        await search.SearchAsync("CardNumber", "1234 5678 9012 3456");
        await Expect(search.Error).ToHaveTextAsync("카드번호가 올바르지 않습니다 (검증번호 불일치).");
        await Expect(search.Empty).ToBeVisibleAsync();
        await Expect(search.Results).ToHaveCountAsync(0);
        await search.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task Search_by_phone_lists_the_member_masked_and_opens_the_member_page()
    {
        var page = await portal.SignedInPageAsync("agent");
        var search = new MemberSearchPage(page);
        await search.OpenAsync();
        await search.SearchAsync("Phone", "010-1234-5678");

        var row = search.Row("M00000001");
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("홍*동");
        await Expect(row).ToContainTextAsync("010-****-5678");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("01012345678");
        // Issue 10: the phone number stays out of the address (and so out of history and access logs).
        await Expect(page).ToHaveURLAsync(new Regex("/members\\?kind=Phone$"));
        Assert.DoesNotContain("5678", page.Url);
        await search.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "02-search-results");

        await row.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/members/\\d+$"));
        await Expect(new MemberPage(page).Heading).ToContainTextAsync("M00000001");

        // Back returns to the results, kept in the circuit rather than in the address.
        await page.GoBackAsync();
        await Expect(search.Row("M00000001")).ToBeVisibleAsync();
        Assert.DoesNotContain("5678", page.Url);
    }

    [Fact]
    public async Task A_phone_number_put_in_the_address_is_not_searched()
    {
        var page = await portal.SignedInPageAsync("agent");
        var search = new MemberSearchPage(page);
        await search.OpenAddressAsync("kind=Phone&q=01012345678");
        await Expect(search.Empty).ToBeVisibleAsync();
        await Expect(search.Results).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_results_grid_pages_and_sorts_on_the_server()
    {
        var search = new MemberSearchPage(await portal.SignedInPageAsync("agent"));
        await search.OpenResultsAsync("Name", "김민준");

        var rows = search.Rows;
        await Expect(rows).ToHaveCountAsync(20);
        await Expect(search.Summary).ToContainTextAsync("1/2 페이지 (총 30명)");
        await search.CheckAccessibilityAsync();

        await search.NextPage.ClickAsync();
        await Expect(search.Summary).ToContainTextAsync("2/2 페이지");
        await Expect(rows).ToHaveCountAsync(10);

        await search.FirstPage.ClickAsync();
        await Expect(search.Summary).ToContainTextAsync("1/2 페이지");
        await Expect(rows).ToHaveCountAsync(20);
        await search.SortByAsync("회원번호"); // sort by member number ascending
        var ascending = await search.FirstCellOf(0).InnerTextAsync();
        await search.SortByAsync("회원번호"); // and descending
        await Expect(search.FirstCellOf(0)).Not.ToHaveTextAsync(ascending);
        var descending = await search.FirstCellOf(0).InnerTextAsync();
        Assert.True(string.CompareOrdinal(descending, ascending) > 0, $"{descending} should sort after {ascending}");

        // The keyboard sorts too: the next step after descending is the default order (member number ascending).
        await search.SortByKeyboardAsync("회원번호");
        await Expect(search.FirstCellOf(0)).ToHaveTextAsync(ascending);
    }

    [Fact]
    public async Task Last_four_digits_with_a_name_finds_the_member_and_the_keyboard_opens_it()
    {
        var page = await portal.SignedInPageAsync("agent");
        var search = new MemberSearchPage(page);
        await search.OpenAsync();
        await search.ChooseKindAsync("CardLast4AndName");
        await Expect(search.Name).ToBeVisibleAsync();
        await search.Text.FillAsync("5678");
        await search.Text.PressAsync("Enter");
        await Expect(search.Error).ToHaveTextAsync("끝 4자리와 함께 회원 이름(2자 이상)을 입력하세요.");

        await search.ChooseKindAsync("MemberNo");
        await Expect(search.Name).ToHaveCountAsync(0);
        await Expect(search.Error).ToHaveCountAsync(0);
        await Expect(search.Text).ToHaveAttributeAsync("placeholder", "M00001234");

        await search.OpenResultsAsync("Name", "김민준");
        var link = search.Rows.First.GetByRole(AriaRole.Link);
        var memberNo = await link.InnerTextAsync();
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(new MemberPage(page).Heading).ToContainTextAsync(memberNo);
    }
}
