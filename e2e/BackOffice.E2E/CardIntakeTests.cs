using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class CardIntakeTests(PortalFixture portal)
{
    // A 1×1 PNG: enough for the upload path and the thumbnail.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static async Task ConfirmAsync(IPage page) => await page.Locator(".rz-dialog-confirm-buttons button", new() { HasText = "예" }).ClickAsync();

    [Fact]
    public async Task A_broken_card_is_taken_in_inspected_verified_replaced_and_closed()
    {
        var page = await portal.SignedInPageAsync("agent");
        await page.GotoAsync("/members?kind=MemberNo&q=M00000005");
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync("M00000005");
        await PortalFixture.WaitForCircuitAsync(page);
        var last4 = (await page.GetByTestId("card-row").First.Locator("[data-testid^=card-]").First.GetAttributeAsync("data-testid"))!["card-".Length..];

        await page.GetByTestId($"intake-{last4}").ClickAsync();
        await page.GetByTestId("intake-kind").SelectOptionAsync("Broken");
        await page.GetByTestId("intake-notes").FillAsync("버스 단말기에서 인식되지 않음");
        await page.GetByTestId("intake-confirm").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/card-intake/C\\d{8}-\\d{6}$"));
        await Expect(page.GetByTestId("intake-status")).ToHaveTextAsync("접수 (카드 도착 대기)");
        await Expect(page.GetByTestId("intake-balance-due")).ToContainTextAsync("+ 15일");
        await PortalFixture.WaitForCircuitAsync(page);

        // Steps out of order are not offered; the right one is.
        await page.GetByTestId("intake-receive").ClickAsync();
        await ConfirmAsync(page);
        await Expect(page.GetByTestId("intake-status")).ToHaveTextAsync("카드 수령");

        await page.GetByTestId("intake-photo").SetInputFilesAsync(new FilePayload { Name = "card-front.png", MimeType = "image/png", Buffer = Png });
        await Expect(page.Locator(".photos figure")).ToHaveCountAsync(1);
        // The thumbnail really loads (served through the authorized endpoint, not as a static file).
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('.photos img'); return i && i.complete && i.naturalWidth > 0; }");
        var anonymous = await portal.NewPageAsync();
        var denied = await anonymous.APIRequest.GetAsync(await page.Locator(".photos img").GetAttributeAsync("src") ?? "", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, denied.Status);
        await page.GetByTestId("intake-photo").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "x"u8.ToArray() });
        await Expect(page.GetByTestId("intake-error")).ToHaveTextAsync("사진은 JPG, PNG, WEBP 파일만 올릴 수 있습니다.");

        await page.GetByTestId("intake-inspection").SelectOptionAsync("Broken");
        await page.GetByTestId("intake-inspect-notes").FillAsync("IC 칩 접촉 불량 확인");
        await page.GetByTestId("intake-inspect").ClickAsync();
        await ConfirmAsync(page);
        await Expect(page.GetByTestId("intake-status")).ToHaveTextAsync("검수 완료");

        var ledger = Regex.Match(await page.Locator("dd", new() { HasText = "원" }).Filter(new() { HasNotText = "기한" }).Last.InnerTextAsync(), "([0-9,]+)원").Groups[1].Value;
        var balanceInput = page.Locator("[data-testid=intake-balance] input, input[data-testid=intake-balance]").First;
        await balanceInput.FillAsync("999999");
        await page.GetByTestId("intake-verify").ClickAsync();
        await Expect(page.GetByTestId("intake-error")).ToContainTextAsync("장부 잔액");
        await balanceInput.FillAsync(ledger.Replace(",", ""));
        await page.GetByTestId("intake-verify").ClickAsync();
        await Expect(page.GetByTestId("intake-status")).ToHaveTextAsync("잔액 확인");

        await page.GetByTestId("intake-settlement").SelectOptionAsync("ReplaceCard");
        await page.GetByTestId("intake-settle").ClickAsync();
        await ConfirmAsync(page);
        await Expect(page.GetByTestId("intake-status")).ToHaveTextAsync("정산 완료");
        var caseNo = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        await page.GotoAsync("/card-intake");
        await Expect(page.GetByTestId("intake-row").Filter(new() { HasText = caseNo })).ToContainTextAsync("정산 완료");
        await portal.ScreenshotAsync(page, "31-intake-queue");

        await page.GotoAsync($"/card-intake/{caseNo}");
        await PortalFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("intake-close").ClickAsync();
        await ConfirmAsync(page);
        await Expect(page.GetByTestId("intake-status")).ToHaveTextAsync("종결");
        await Expect(page.GetByTestId("intake-history")).ToContainTextAsync("불량 카드 정산");
        await portal.ScreenshotAsync(page, "33-intake-case");
    }
}
