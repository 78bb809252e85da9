using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.CardIntake;

[Collection(PortalCollection.Name)]
public class CardIntakeTests(PortalFixture portal)
{
    // A 1×1 PNG: enough for the upload path and the thumbnail.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_broken_card_is_taken_in_inspected_verified_replaced_and_closed()
    {
        var member = new MemberCardsPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync("M00000005");
        var last4 = await member.FirstCardLast4Async();

        var dialog = await member.OpenIntakeAsync(last4);
        await dialog.ChooseKindAsync("Broken");
        await dialog.Notes.FillAsync("버스 단말기에서 인식되지 않음");
        await dialog.CheckDialogAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(member.Page, "31a-intake-dialog");
        await dialog.Confirm.ClickAsync();

        var intake = new IntakeCasePage(member.Page);
        await intake.ArrivedAsync();
        await Expect(intake.Status).ToHaveTextAsync("접수 (카드 도착 대기)");
        await Expect(intake.BalanceDue).ToContainTextAsync("+ 15일");
        await intake.CheckAccessibilityAsync();

        // Steps out of order are not offered; the right one is.
        await intake.ReceiveAsync();
        await Expect(intake.Status).ToHaveTextAsync("카드 수령");

        await intake.UploadAsync("card-front.png", "image/png", Png);
        await Expect(intake.Photos).ToHaveCountAsync(1);
        // The thumbnail really loads (served through the authorized endpoint, not as a static file).
        await intake.Page.WaitForFunctionAsync("() => { const i = document.querySelector('.photos img'); return i && i.complete && i.naturalWidth > 0; }");
        var anonymous = await portal.NewPageAsync();
        var denied = await anonymous.APIRequest.GetAsync(await intake.PhotoImages.First.GetAttributeAsync("src") ?? "", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, denied.Status);
        await intake.UploadAsync("notes.txt", "text/plain", "x"u8.ToArray());
        await Expect(intake.Error).ToHaveTextAsync("사진은 JPG, PNG, WEBP 파일만 올릴 수 있습니다.");
        await Expect(intake.Photos).ToHaveCountAsync(1);
        await intake.CheckAccessibilityAsync();

        await intake.InspectAsync("Broken", "IC 칩 접촉 불량 확인");
        await Expect(intake.Status).ToHaveTextAsync("검수 완료");

        var ledger = await intake.LedgerBalanceAsync();
        await intake.VerifyAsync("999999");
        await Expect(intake.Error).ToContainTextAsync("장부 잔액");
        await intake.VerifyAsync(ledger);
        await Expect(intake.Status).ToHaveTextAsync("잔액 확인");
        await intake.CheckAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(intake.Page, "33a-intake-settlement");

        await intake.SettleAsync("ReplaceCard");
        await Expect(intake.Status).ToHaveTextAsync("정산 완료");
        var caseNo = intake.CaseNo;

        var queue = new IntakeQueuePage(intake.Page);
        await queue.OpenAsync();
        await Expect(queue.Row(caseNo)).ToContainTextAsync("정산 완료");
        await queue.CheckAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(queue.Page, "31-intake-queue");
        // The status filter narrows the queue on the server.
        await queue.FilterByStatusAsync("Settled");
        await Expect(queue.Row(caseNo)).ToContainTextAsync("정산 완료");
        await Expect(queue.Rows.Filter(new() { HasNotText = "정산 완료" })).ToHaveCountAsync(0);

        await intake.OpenAsync(caseNo);
        await intake.CloseCaseAsync();
        await Expect(intake.Status).ToHaveTextAsync("종결");
        await Expect(intake.History).ToContainTextAsync("불량 카드 정산");
        await intake.CheckAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(intake.Page, "33-intake-case");
    }
}
