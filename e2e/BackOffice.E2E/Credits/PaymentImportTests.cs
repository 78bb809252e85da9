using System.Text;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Credits;

[Collection(PortalCollection.Name)]
public class PaymentImportTests(PortalFixture portal)
{
    /// <summary>The demo member M90001503's card top-up PG-DEMO-90001503 (10,000 C) waits in 매입요청 (DemoPaymentImports).</summary>
    private const string MemberNo = "M90001503";
    private const string TransactionId = "PG-DEMO-90001503";

    [Fact]
    public async Task Finance_imports_a_settlement_file_bad_rows_are_listed_and_the_same_file_again_changes_nothing()
    {
        var finance = new PaymentImportPage(await portal.SignedInPageAsync("finance"));
        await finance.OpenAsync();
        await Expect(finance.MenuLink).ToBeVisibleAsync();
        await Expect(finance.Layout).ToContainTextAsync("거래번호,회원번호,결제수단,금액,상태,상태일시,카드사,승인번호,사유");

        var at = DateTimeOffset.UtcNow.AddMinutes(-5).ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "거래번호,회원번호,결제수단,금액,상태,상태일시,카드사,승인번호,사유\r\n"
            + $"{TransactionId},{MemberNo},신용카드,10000,매입완료,{at},BC카드,30901503,\r\n"
            + $"PG-E2E-UNKNOWN,{MemberNo},신용카드,10000,매입완료,{at},BC카드,,\r\n")).ToArray();

        await finance.ImportAsync("settlement-e2e.csv", csv);
        await Expect(finance.Summary).ToHaveTextAsync("2행 중 반영 1, 변경 없음 0, 거부 1");
        await Expect(finance.RejectedRows).ToHaveCountAsync(1);
        await Expect(finance.RejectedRows.First).ToContainTextAsync("3행: 거래번호 PG-E2E-UNKNOWN의 충전 건을 찾을 수 없습니다");
        await Expect(finance.Imports).ToContainTextAsync("settlement-e2e.csv");
        await portal.ScreenshotAsync(finance.Page, "15-payment-import");
        await finance.CheckAccessibilityAsync();

        await finance.ImportAsync("settlement-e2e-again.csv", csv);
        await Expect(finance.Summary).ToContainTextAsync("이미 반영된 파일입니다");
        await Expect(finance.RejectedRows).ToHaveCountAsync(1); // the first import's result, shown again
    }

    [Fact]
    public async Task An_agent_has_no_menu_entry_and_the_page_refuses()
    {
        var agent = new PaymentImportPage(await portal.SignedInPageAsync("agent"));
        await agent.GotoAsync();
        await Expect(new AccessDeniedPage(agent.Page).Heading).ToBeVisibleAsync();
        await Expect(agent.Submit).Not.ToBeVisibleAsync();
        await Expect(agent.MenuLink).ToHaveCountAsync(0);
    }
}
