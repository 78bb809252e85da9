using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.LostCards;

[Collection(PortalCollection.Name)]
public class LostCardTests(PortalFixture portal)
{
    [Fact]
    public async Task An_agent_reports_a_registered_card_lost_and_its_balance_moves_to_e_money()
    {
        var page = await portal.SignedInPageAsync("agent");
        var member = new MemberPage(page);
        await member.OpenAsync("M00000001");
        var emoneyBefore = MemberPage.Won(await member.EmoneyBalance.InnerTextAsync());

        // The demo member's second card (the first is left to the other tests).
        var row = member.CardRows.Nth(1);
        var last4 = await MemberPage.Last4Async(row);
        var balance = (await member.CardBalance(row).InnerTextAsync()).Trim();
        await row.GetByTestId($"report-lost-{last4}").ClickAsync();

        var dialog = new LostCardDialog(page);
        await Expect(dialog.Root).ToBeVisibleAsync();
        await Expect(dialog.Outcome).ToContainTextAsync($"잔액 {balance}을 e음머니로 전환");
        await dialog.ChooseKindAsync("Stolen");
        await dialog.Notes.FillAsync("지하철에서 도난 추정");
        await member.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "19-lost-dialog");
        await dialog.Confirm.ClickAsync();

        var receipt = new LostCardReceiptPage(page);
        await Expect(page).ToHaveURLAsync(new Regex("/lost-cards/L\\d{8}-\\d{6}$"));
        await Expect(receipt.Receipt).ToContainTextAsync("카드 도난 신고 접수증");
        await Expect(receipt.Swept).ToHaveTextAsync(balance);
        await Expect(receipt.Explanation).ToContainTextAsync("e음머니로 전환 (정책 v1, 000 분실)");
        await Expect(receipt.Print).ToBeVisibleAsync();
        await receipt.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "20-lost-receipt");

        // Printed, the receipt stands alone: no buttons, no app bar, no menu.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(receipt.Receipt).ToBeVisibleAsync();
        await Expect(receipt.Print).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(receipt.Print).ToBeVisibleAsync();

        // Back on the member page the card is stopped, cannot be reported again, and the report is listed.
        await receipt.BackToMember.ClickAsync();
        await Expect(member.Heading).ToContainTextAsync("M00000001");
        var stopped = member.CardRow(last4);
        await Expect(stopped).ToContainTextAsync("도난 정지");
        await Expect(stopped.GetByTestId($"report-lost-{last4}")).ToHaveCountAsync(0);
        await Expect(member.CardBalance(stopped)).ToHaveTextAsync("0원");
        await Expect(member.LostReports).ToContainTextAsync($"e음머니 전환 {balance}");
        // The swept balance is in the member's e-money now.
        var expected = emoneyBefore + MemberPage.Won(balance);
        await Expect(member.EmoneyBalance).ToHaveTextAsync($"{expected:N0}원");
        await member.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task Finance_sees_no_report_button()
    {
        var member = new MemberPage(await portal.SignedInPageAsync("finance"));
        await member.OpenAsync("M00000002");
        await Expect(member.Cards).ToBeVisibleAsync();
        await Expect(member.ReportLostButtons).ToHaveCountAsync(0);
        await member.CheckAccessibilityAsync();
    }
}
