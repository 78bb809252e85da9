using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Reissue;

[Collection(PortalCollection.Name)]
public class ReissueTests(PortalFixture portal)
{
    [Fact]
    public async Task A_wrong_design_is_re_sent_free_in_the_chosen_design_and_the_chain_shows_it()
    {
        var member = new MemberCardsPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync("M00000003");
        var last4 = await member.FirstCardLast4Async();
        var dialog = await member.OpenReissueAsync(last4);

        await Expect(dialog.Root).ToBeVisibleAsync();
        await dialog.ChooseReasonAsync("WrongDesignDelivered");
        await Expect(dialog.Fee).ToContainTextAsync("수수료 0원 · 디자인 오배송 → 선택한 디자인으로 무상 재발송");
        await Expect(dialog.WaiverCheckbox).ToHaveCountAsync(0);
        await dialog.CheckDialogAccessibilityAsync();
        // Out-of-stock designs are offered but cannot be chosen; pick the last design that has stock.
        await dialog.OpenDesignsAsync();
        await Expect(dialog.DesignOptions.First).ToBeVisibleAsync();
        foreach (var empty in await dialog.DesignOptions.Filter(new() { HasText = "재고 없음" }).AllAsync())
            await Expect(empty).ToHaveClassAsync(ReissueDialog.DisabledItem);
        var inStock = dialog.DesignOptions.Filter(new() { HasNotText = "재고 없음" });
        Assert.True(await inStock.CountAsync() > 0);
        var label = (await inStock.Last.InnerTextAsync()).Trim();
        var design = label[..label.IndexOf(" (재고", StringComparison.Ordinal)];
        await portal.ScreenshotWhenStillAsync(member.Page, "30a-reissue-dialog");
        await dialog.ChooseDesignAsync(inStock.Last);
        await dialog.ExpectSelectedDesignAsync(label);
        await dialog.Confirm.ClickAsync();

        await Expect(member.Snackbar).ToContainTextAsync("재발급했습니다");
        var newRow = member.ReplacementOf(last4);
        await Expect(newRow).ToContainTextAsync(design);
        await Expect(newRow).ToContainTextAsync("사용 중");
        await Expect(member.CardRow(last4)).ToContainTextAsync("재발급 대체");
        await portal.ScreenshotWhenStillAsync(member.Page, "30-replacement-chain");
    }

    [Fact]
    public async Task A_damaged_local_card_is_sent_to_intake_after_the_physical_card_is_collected()
    {
        var member = new MemberCardsPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync("M00000001"); // 홍길동's first card is a LOCAL card
        var last4 = await member.FirstCardLast4Async();
        var dialog = await member.OpenReissueAsync(last4);
        await dialog.ChooseReasonAsync("Damaged");

        await Expect(dialog.Problem).ToContainTextAsync("파손 카드는 실물 카드 수거 후 재발급합니다 (000 재발급 (훼손카드는 실물카드 수거 후 재발급))");
        await Expect(dialog.OpenIntake).ToHaveTextAsync("불량·파손 접수 열기");
        await Expect(dialog.Confirm).ToBeDisabledAsync();
        await Expect(dialog.Validity).ToContainTextAsync("새 카드 유효기간");
        await dialog.CheckDialogAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(member.Page, "33-reissue-damaged-goes-to-intake");

        await dialog.OpenIntake.ClickAsync();
        var intake = new CardIntake.OpenIntakeDialog(member.Page);
        await Expect(intake.Root).ToBeVisibleAsync();
        await Expect(member.Page.GetByTestId("intake-kind")).ToHaveValueAsync("파손 (구멍·휨·소손·번호 훼손)");
        await portal.ScreenshotWhenStillAsync(member.Page, "34-intake-from-reissue");
        await member.Page.GetByTestId("intake-cancel").ClickAsync();
        await Expect(intake.Root).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_fee_waiver_is_issued_only_after_a_supervisor_approves_it()
    {
        var member = new MemberCardsPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync("M00000004");
        var last4 = await member.FirstCardLast4Async();
        await member.ReportLostAsync("M00000004", last4); // a damaged card would go through intake (000 재발급: 실물 수거 후 재발급)
        var dialog = await member.OpenReissueAsync(last4);
        await dialog.ChooseReasonAsync("Lost");
        await Expect(dialog.Fee).ToContainTextAsync("수수료 3,000원");
        await dialog.RequestWaiverAsync("짧음");
        await Expect(dialog.Confirm).ToHaveTextAsync("면제 요청");
        await dialog.Confirm.ClickAsync();
        await Expect(dialog.Error).ToHaveTextAsync("수수료 면제 사유를 5자 이상 입력하세요.");
        await dialog.CheckDialogAccessibilityAsync();
        await dialog.WaiverReason.FillAsync("택배 분실 후 파손 상태로 회수됨");
        await dialog.Confirm.ClickAsync();
        await Expect(member.Snackbar).ToContainTextAsync("면제 승인을 요청했습니다");
        await Expect(member.CardRow(last4)).ToBeVisibleAsync();
        await Expect(member.ReplacementOf(last4)).ToHaveCountAsync(0);

        // An agent cannot open the approval queue; a supervisor approves with a note.
        var refused = new WaiverQueuePage(member.Page);
        await refused.OpenRefusedAsync();
        await Expect(refused.Table).ToHaveCountAsync(0);

        var queue = new WaiverQueuePage(await portal.SignedInPageAsync("supervisor"));
        await queue.OpenAsync();
        var row = queue.Row("M00000004");
        await Expect(row).ToContainTextAsync("택배 분실 후 파손 상태로 회수됨");
        await Expect(row).ToContainTextAsync("3,000원");
        await queue.CheckAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(queue.Page, "32-waiver-queue");
        await queue.StartApproveAsync(row);
        await Expect(queue.Dialog).ToContainTextAsync("수수료를 면제하고 카드를 발급합니다. 되돌릴 수 없습니다.");
        await queue.CheckAccessibilityAsync();
        await queue.WriteNoteAndConfirmAsync("택배사 사고 확인");
        await Expect(queue.Snackbar).ToContainTextAsync("무상 발급했습니다");
        await Expect(queue.Row("M00000004")).ToHaveCountAsync(0);

        await member.OpenAsync("M00000004");
        await Expect(member.ReplacementOf(last4)).ToContainTextAsync("사용 중");
    }

    [Fact]
    public async Task A_rejected_fee_waiver_issues_no_card_and_the_request_leaves_the_queue()
    {
        var member = new MemberCardsPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync("M00000007");
        var last4 = await member.FirstCardLast4Async();
        await member.ReportLostAsync("M00000007", last4); // a damaged card would go through intake (000 재발급: 실물 수거 후 재발급)
        var dialog = await member.OpenReissueAsync(last4);
        await dialog.ChooseReasonAsync("Lost");
        await Expect(dialog.Fee).ToContainTextAsync("수수료 5,000원");
        await dialog.RequestWaiverAsync("회원이 분실 책임을 부인함");
        await dialog.Confirm.ClickAsync();
        await Expect(member.Snackbar).ToContainTextAsync("면제 승인을 요청했습니다");

        var queue = new WaiverQueuePage(await portal.SignedInPageAsync("supervisor"));
        await queue.OpenAsync();
        var row = queue.Row("M00000007");
        await Expect(row).ToContainTextAsync("회원이 분실 책임을 부인함");
        await queue.StartRejectAsync(row);
        await Expect(queue.Dialog).ToContainTextAsync("면제 요청을 반려합니다.");
        // The note is required: a one-letter note is refused in the dialog and nothing is decided.
        await queue.WriteNoteAndConfirmAsync("x");
        await Expect(queue.ReasonError).ToHaveTextAsync("사유를 2자 이상 입력하세요.");
        await Expect(queue.Dialog).ToBeVisibleAsync();
        await queue.WriteNoteAndConfirmAsync("파손 책임이 회원에게 있음");
        await Expect(queue.Dialog).ToHaveCountAsync(0);
        await Expect(queue.Snackbar).ToContainTextAsync("요청을 반려했습니다");
        await Expect(queue.Heading).ToBeVisibleAsync();
        await Expect(queue.Row("M00000007")).ToHaveCountAsync(0);
        await queue.CheckAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(queue.Page, "32a-waiver-rejected");

        // No card was issued: the old card stays as it was (stopped by the loss report) and has no replacement.
        await member.OpenAsync("M00000007");
        await Expect(member.CardRow(last4)).ToContainTextAsync("분실 정지");
        await Expect(member.ReplacementOf(last4)).ToHaveCountAsync(0);
    }
}
