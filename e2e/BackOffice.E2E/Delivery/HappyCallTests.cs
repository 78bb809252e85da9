using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Delivery;

[Collection(PortalCollection.Name)]
public class HappyCallTests(PortalFixture portal)
{
    /// <summary>The demo data's returned card (S20260101-900001, member M00000031; DemoReturnedShipments).</summary>
    private const string Returned = "S20260101-900001";

    [Fact]
    public async Task An_agent_works_a_returned_card_through_the_happy_call_to_a_free_resend()
    {
        var queue = new HappyCallPage(await portal.SignedInPageAsync("agent"));
        await queue.OpenAsync();
        var row = queue.Row(Returned);
        await Expect(row).ToContainTextAsync("R01 수취인 불명");
        await Expect(row).ToContainTextAsync("***"); // the address is masked
        await queue.CheckAccessibilityAsync();

        await queue.RecordCallAsync(row, "NoAnswer");
        await Expect(row.GetByTestId("return-attempts")).ToHaveTextAsync("1회 (부재)");

        await queue.RecordCallAsync(row, "Reached"); // reached: the re-send dialog follows
        await Expect(queue.ResendDialog).ToBeVisibleAsync();
        await Expect(queue.ResendFee).ToContainTextAsync("수수료 무료 · 첫 재발송 무료, 000 배송");
        await portal.ScreenshotWhenStillAsync(queue.Page, "delivery-resend-dialog");
        await queue.ConfirmResendAsync();

        await Expect(queue.Snackbar.Filter(new() { HasText = "재발송을 신청했습니다" })).ToContainTextAsync("수수료 무료");
        await Expect(queue.Row(Returned)).ToHaveCountAsync(0);
        await portal.ScreenshotWhenStillAsync(queue.Page, "delivery-returns-after-resend");
    }
}
