using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class MemberPageTests(PortalFixture portal)
{
    private static async Task OpenKnownMemberAsync(IPage page)
    {
        await page.GotoAsync("/members?kind=MemberNo&q=M00000001");
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync("M00000001");
        await PortalFixture.WaitForCircuitAsync(page);
    }

    [Fact]
    public async Task Unmasking_asks_for_a_reason_shows_the_value_and_lands_in_the_timeline()
    {
        var page = await portal.SignedInPageAsync("agent");
        await OpenKnownMemberAsync(page);
        await Expect(page.GetByTestId("field-phone")).ToContainTextAsync("010-****-5678");
        await Expect(page.GetByTestId("balances")).ToContainTextAsync("원");
        await portal.ScreenshotAsync(page, "03-member-page");

        await page.GetByTestId("field-phone-reveal").ClickAsync();
        var dialog = page.GetByTestId("unmask-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await page.GetByTestId("unmask-confirm").ClickAsync();
        await Expect(page.GetByTestId("unmask-error")).ToHaveTextAsync("열람 사유를 입력하세요.");

        await page.GetByTestId("unmask-reason").FillAsync("본인 확인 통화 중 연락처 확인");
        await portal.ScreenshotAsync(page, "04-unmask-dialog");
        await page.GetByTestId("unmask-confirm").ClickAsync();
        await Expect(dialog).Not.ToBeVisibleAsync();
        await Expect(page.GetByTestId("field-phone")).ToContainTextAsync("010-1234-5678");

        await page.GetByRole(AriaRole.Tab, new() { Name = "처리 이력" }).ClickAsync();
        var entry = page.GetByTestId("timeline-item").Filter(new() { HasText = "개인정보 열람" }).First;
        await Expect(entry).ToContainTextAsync("본인 확인 통화 중 연락처 확인");
        await Expect(entry).ToContainTextAsync("김상담");
        await portal.ScreenshotAsync(page, "05-member-timeline");

        // Compliance finds the same read in the audit log, filtered by member and action.
        var compliance = await portal.SignedInPageAsync("compliance");
        await compliance.GotoAsync("/audit");
        await PortalFixture.WaitForCircuitAsync(compliance);
        await compliance.GetByTestId("audit-action").SelectOptionAsync("member.unmask");
        await compliance.GetByTestId("audit-member").FillAsync("M00000001");
        await compliance.GetByTestId("audit-apply").ClickAsync();
        var record = compliance.GetByTestId("audit-row").First;
        await Expect(record).ToContainTextAsync("개인정보 열람");
        await Expect(record).ToContainTextAsync("김상담");
        await Expect(record).ToContainTextAsync("본인 확인 통화 중 연락처 확인");
    }

    [Fact]
    public async Task Transactions_page_forward_and_back_and_filter_by_type()
    {
        var page = await portal.SignedInPageAsync("agent");
        await OpenKnownMemberAsync(page);
        var rows = page.GetByTestId("tx-row");
        await Expect(rows.First).ToBeVisibleAsync();
        var firstRow = await rows.First.InnerTextAsync();

        if (await page.GetByTestId("tx-next").IsEnabledAsync())
        {
            await page.GetByTestId("tx-next").ClickAsync();
            await Expect(rows.First).Not.ToHaveTextAsync(firstRow);
            await page.GetByTestId("tx-prev").ClickAsync();
            await Expect(rows.First).ToHaveTextAsync(firstRow);
        }

        await page.GetByTestId("tx-type").SelectOptionAsync("Payment");
        await page.GetByTestId("tx-filters").Locator("button[type=submit]").ClickAsync();
        await Expect(rows.First).ToContainTextAsync("결제");
        foreach (var text in await rows.AllInnerTextsAsync()) Assert.Contains("결제", text);
    }

    [Fact]
    public async Task Finance_may_not_unmask_and_the_server_says_so()
    {
        var page = await portal.SignedInPageAsync("finance");
        await OpenKnownMemberAsync(page);
        await page.GetByTestId("field-email-reveal").ClickAsync();
        await page.GetByTestId("unmask-reason").FillAsync("재무 대사 중 확인 필요");
        await page.GetByTestId("unmask-confirm").ClickAsync();
        await Expect(page.Locator(".rz-notification-item")).ToContainTextAsync("권한이 없습니다");
        await Expect(page.GetByTestId("field-email")).ToContainTextAsync("***@example.com");
    }
}
