using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class LostCardTests(PortalFixture portal)
{
    [Fact]
    public async Task An_agent_reports_a_registered_card_lost_and_its_balance_moves_to_e_money()
    {
        var page = await portal.SignedInPageAsync("agent");
        await page.GotoAsync("/members?kind=MemberNo&q=M00000001");
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync("M00000001");
        await PortalFixture.WaitForCircuitAsync(page);

        // The demo member's second card (the first is left to the other tests).
        var row = page.GetByTestId("card-row").Nth(1);
        var last4 = (await row.Locator("[data-testid^=card-]").First.GetAttributeAsync("data-testid"))!["card-".Length..];
        var balance = (await row.Locator("td.num").InnerTextAsync()).Trim();
        await row.GetByTestId($"report-lost-{last4}").ClickAsync();

        var dialog = page.GetByTestId("lost-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.GetByTestId("lost-outcome")).ToContainTextAsync($"잔액 {balance}을 e음머니로 전환");
        await page.GetByTestId("lost-kind").SelectOptionAsync("Stolen");
        await page.GetByTestId("lost-notes").FillAsync("지하철에서 도난 추정");
        await portal.ScreenshotAsync(page, "19-lost-dialog");
        await page.GetByTestId("lost-confirm").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/lost-cards/L\\d{8}-\\d{6}$"));
        await Expect(page.GetByTestId("lost-receipt")).ToContainTextAsync("카드 도난 신고 접수증");
        await Expect(page.GetByTestId("receipt-swept")).ToHaveTextAsync(balance);
        await Expect(page.GetByTestId("receipt-explanation")).ToContainTextAsync("e음머니로 전환 (정책 v1, 000 분실)");
        await portal.ScreenshotAsync(page, "20-lost-receipt");

        // Back on the member page the card is stopped, cannot be reported again, and the report is listed.
        await page.GetByText("← 고객 상세로").ClickAsync();
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync("M00000001");
        var stopped = page.GetByTestId("card-row").Filter(new() { HasText = last4 });
        await Expect(stopped).ToContainTextAsync("도난 정지");
        await Expect(stopped.GetByTestId($"report-lost-{last4}")).ToHaveCountAsync(0);
        await Expect(stopped.Locator("td.num")).ToHaveTextAsync("0원");
        await Expect(page.GetByTestId("lost-reports")).ToContainTextAsync($"e음머니 전환 {balance}");
    }

    [Fact]
    public async Task Finance_sees_no_report_button()
    {
        var page = await portal.SignedInPageAsync("finance");
        await page.GotoAsync("/members?kind=MemberNo&q=M00000002");
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync("M00000002");
        await Expect(page.Locator("[data-testid^=report-lost-]")).ToHaveCountAsync(0);
    }
}
