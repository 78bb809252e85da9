using System.Text;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

/// <summary>Refunds in Chromium: an agent files, Finance (and a Supervisor above 300,000원) approves or rejects, the payout file downloads, items are marked paid.</summary>
[Collection(PortalCollection.Name)]
public class RefundTests(PortalFixture portal)
{
    private static async Task OpenMemberAsync(IPage page, string memberNo)
    {
        await page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync(memberNo);
        await PortalFixture.WaitForCircuitAsync(page);
    }

    private static Task ConfirmAsync(IPage page, string button) =>
        page.Locator(".rz-dialog-confirm-buttons button", new() { HasText = button }).ClickAsync();

    /// <summary>Files a refund from the member page and returns its request number.</summary>
    private async Task<string> FileAsync(IPage agent, string memberNo, string last4, string kind, string expectPreview, string? screenshot = null)
    {
        await OpenMemberAsync(agent, memberNo);
        await agent.GetByTestId("refund-open").ClickAsync();
        await Expect(agent.GetByTestId("refund-dialog")).ToBeVisibleAsync();
        await agent.GetByTestId("refund-kind").SelectOptionAsync(kind);
        var card = await agent.GetByTestId("refund-card").Locator("option", new() { HasText = last4 }).GetAttributeAsync("value");
        await agent.GetByTestId("refund-card").SelectOptionAsync(card!);
        await Expect(agent.GetByTestId("refund-preview")).ToContainTextAsync(expectPreview);
        if (screenshot is not null) await portal.ScreenshotAsync(agent, screenshot);
        await agent.GetByTestId("refund-submit").ClickAsync();
        var result = agent.GetByTestId("refund-result");
        await Expect(result).ToBeVisibleAsync();
        var requestNo = (await result.Locator("strong").InnerTextAsync()).Split(' ')[0];
        await agent.GetByTestId("refund-close").ClickAsync();
        return requestNo;
    }

    private static ILocator QueueRow(IPage page, string requestNo) => page.GetByTestId("refund-row").Filter(new() { HasText = requestNo });

    [Fact]
    public async Task An_agent_files_finance_approves_the_payout_file_downloads_and_the_item_is_paid()
    {
        var agent = await portal.SignedInPageAsync("agent");
        var requestNo = await FileAsync(agent, "M00000011", "0447", "DisasterOrDefect", "천재지변·카드 결함 → 잔액 전액 환불 가능", "40-refund-dialog");
        await Expect(agent.GetByTestId("balances")).ToContainTextAsync("143,500원"); // the hold shows under 환불 보류
        await agent.GetByRole(AriaRole.Tab, new() { Name = "환불 내역" }).ClickAsync();
        await Expect(agent.GetByTestId("member-refund-row").Filter(new() { HasText = requestNo })).ToContainTextAsync("재무 승인 대기");

        // Agents cannot reach the Finance queue.
        await agent.GotoAsync("/refunds");
        await Expect(agent.GetByTestId("refund-queue")).ToHaveCountAsync(0);

        var finance = await portal.SignedInPageAsync("finance");
        await finance.GotoAsync("/refunds");
        await PortalFixture.WaitForCircuitAsync(finance);
        await Expect(QueueRow(finance, requestNo)).ToContainTextAsync("143,500원");
        await portal.ScreenshotAsync(finance, "41-refund-queue");
        await QueueRow(finance, requestNo).GetByTestId("refund-approve").ClickAsync();
        await ConfirmAsync(finance, "승인");
        await Expect(finance.Locator(".rz-notification-item")).ToContainTextAsync("지급 대기로 넘어갔습니다");
        await Expect(QueueRow(finance, requestNo)).ToHaveCountAsync(0);

        await finance.GotoAsync("/refunds/payouts");
        await PortalFixture.WaitForCircuitAsync(finance);
        await finance.GetByTestId("batch-create").ClickAsync();
        await ConfirmAsync(finance, "만들기");
        await Expect(finance.GetByTestId("batch-heading")).ToBeVisibleAsync();
        var item = finance.GetByTestId("batch-item").Filter(new() { HasText = requestNo });
        await Expect(item.GetByTestId("item-paid")).ToBeDisabledAsync(); // not before the file went to the bank

        var download = await finance.RunAndWaitForDownloadAsync(() => finance.GetByTestId("batch-download").ClickAsync());
        var csv = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.StartsWith("\uFEFF순번,은행,계좌번호,예금주,금액,적요", csv);
        Assert.Contains($",143500,환불 {requestNo}", csv);

        await Expect(item.GetByTestId("item-paid")).ToBeEnabledAsync();
        await portal.ScreenshotAsync(finance, "42-payout-batch");
        await item.GetByTestId("item-paid").ClickAsync();
        await ConfirmAsync(finance, "지급 완료");
        await Expect(item).ToContainTextAsync("지급 완료");

        await OpenMemberAsync(agent, "M00000011");
        await agent.GetByRole(AriaRole.Tab, new() { Name = "환불 내역" }).ClickAsync();
        await Expect(agent.GetByTestId("member-refund-row").Filter(new() { HasText = requestNo })).ToContainTextAsync("지급 완료");
        await portal.ScreenshotAsync(agent, "43-member-refund-history");

        // The download was an audited reading of account numbers.
        var compliance = await portal.SignedInPageAsync("compliance");
        await compliance.GotoAsync("/audit");
        await Expect(compliance.Locator("body")).ToContainTextAsync("환불 이체 파일 다운로드");
    }

    [Fact]
    public async Task A_large_refund_needs_a_supervisor_and_a_rejected_one_gives_the_money_back()
    {
        var agent = await portal.SignedInPageAsync("agent");
        var large = await FileAsync(agent, "M00000026", "1049", "DisasterOrDefect", "잔액 전액 환불 가능");
        var transit = await FileAsync(agent, "M00000013", "0539", "DisasterOrDefect", "수수료 800원 (40,000원의 2%, 10,000원 단위 올림)");

        var finance = await portal.SignedInPageAsync("finance");
        await finance.GotoAsync($"/refunds/{large}");
        await PortalFixture.WaitForCircuitAsync(finance);
        await Expect(finance.GetByTestId("refund-explanation")).ToContainTextAsync("정책 v1");
        await finance.GetByTestId("detail-approve").ClickAsync();
        await ConfirmAsync(finance, "승인");
        await Expect(finance.Locator(".rz-notification-item")).ToContainTextAsync("남은 승인을 기다립니다");
        await Expect(finance.GetByTestId("refund-status")).ToHaveTextAsync("관리자 승인 대기 (재무 승인 완료)");
        await Expect(finance.GetByTestId("detail-approve")).ToHaveCountAsync(0);
        await portal.ScreenshotAsync(finance, "45-refund-detail");

        var supervisor = await portal.SignedInPageAsync("supervisor");
        await supervisor.GotoAsync("/refunds");
        await PortalFixture.WaitForCircuitAsync(supervisor);
        await QueueRow(supervisor, large).GetByTestId("refund-approve-supervisor").ClickAsync();
        await ConfirmAsync(supervisor, "승인");
        await Expect(supervisor.Locator(".rz-notification-item")).ToContainTextAsync("지급 대기로 넘어갔습니다");

        // Rejecting needs a reason; the hold goes back to the card.
        await finance.GotoAsync("/refunds");
        await PortalFixture.WaitForCircuitAsync(finance);
        await QueueRow(finance, transit).GetByTestId("refund-reject").ClickAsync();
        await finance.GetByTestId("reason-text").FillAsync("짧음");
        await finance.GetByTestId("reason-confirm").ClickAsync();
        await Expect(finance.GetByTestId("reason-error")).ToHaveTextAsync("사유를 5자 이상 입력하세요.");
        await finance.GetByTestId("reason-text").FillAsync("카드 결함이 확인되지 않음");
        await finance.GetByTestId("reason-confirm").ClickAsync();
        await Expect(finance.Locator(".rz-notification-item")).ToContainTextAsync("보류 40,000원을 해제했습니다");

        await OpenMemberAsync(agent, "M00000013");
        await Expect(agent.GetByTestId("card-row").Filter(new() { HasText = "0539" })).ToContainTextAsync("40,000원");
        await agent.GotoAsync($"/refunds/{transit}");
        await Expect(agent.GetByTestId("refund-steps")).ToContainTextAsync("카드 결함이 확인되지 않음");
    }

    [Fact]
    public async Task An_ineligible_request_shows_its_explanation_and_is_kept_without_a_hold()
    {
        var agent = await portal.SignedInPageAsync("agent");
        // A member without an own-name account cannot file at all (000 §2): the dialog says so and will not submit.
        await OpenMemberAsync(agent, "M00000012");
        await agent.GetByTestId("refund-open").ClickAsync();
        await Expect(agent.GetByTestId("refund-blocker")).ToContainTextAsync("본인 명의 환불 계좌가 없습니다");
        await Expect(agent.GetByTestId("refund-submit")).ToBeDisabledAsync();

        await OpenMemberAsync(agent, "M00000017");
        await agent.GetByTestId("refund-open").ClickAsync();
        await agent.GetByTestId("refund-kind").SelectOptionAsync("ExpiredCard");
        var preview = agent.GetByTestId("refund-preview");
        await Expect(preview).ToContainTextAsync("환불 불가");
        await Expect(preview).ToContainTextAsync("이 지나지 않았습니다. 잔액 환불 조건을 확인하세요.");
        await Expect(agent.GetByTestId("refund-submit")).ToHaveTextAsync("환불 불가로 기록");
        await portal.ScreenshotAsync(agent, "44-refund-ineligible");
        await agent.GetByTestId("refund-submit").ClickAsync();
        await Expect(agent.GetByTestId("refund-result")).ToContainTextAsync("환불 불가로 기록했습니다");
        await agent.GetByTestId("refund-close").ClickAsync();
        await Expect(agent.GetByTestId("card-row").Filter(new() { HasText = "0686" })).ToContainTextAsync("129,800원");
        await agent.GetByRole(AriaRole.Tab, new() { Name = "환불 내역" }).ClickAsync();
        await Expect(agent.GetByTestId("member-refund-row").First).ToContainTextAsync("환불 불가");
    }

    [Fact]
    public async Task Every_refund_kind_gets_a_decision_and_the_refund_before_withdrawal_takes_every_card_and_e_money()
    {
        var agent = await portal.SignedInPageAsync("agent");
        await OpenMemberAsync(agent, "M00000016");
        await agent.GetByTestId("refund-open").ClickAsync();
        var preview = agent.GetByTestId("refund-preview");
        await Expect(preview).ToContainTextAsync("사용률"); // balance refund, measured from the last money added
        await agent.GetByTestId("refund-kind").SelectOptionAsync("ChargeCancel");
        await Expect(agent.GetByTestId("refund-charge")).ToBeVisibleAsync();
        await Expect(preview).ToContainTextAsync("정책 v1");
        await agent.GetByTestId("refund-kind").SelectOptionAsync("ExpiredCard");
        await Expect(preview).ToContainTextAsync("이 지나지 않았습니다");
        await agent.GetByTestId("refund-kind").SelectOptionAsync("DisasterOrDefect");
        await Expect(preview).ToContainTextAsync("잔액 전액 환불 가능");

        await agent.GetByTestId("refund-kind").SelectOptionAsync("BeforeWithdrawal");
        await Expect(agent.GetByTestId("refund-card")).ToHaveCountAsync(0);
        await Expect(preview).ToContainTextAsync("카드 *0645 184,000원 + 카드 *0653 20,000원");
        await Expect(preview).ToContainTextAsync("캐시는 환불 대상 아님");
        await Expect(agent.GetByTestId("refund-amounts")).ToContainTextAsync("204,000원");
        await agent.GetByTestId("refund-note").FillAsync("회원 탈퇴 예정, 잔액 환불 요청");
        await agent.GetByTestId("refund-submit").ClickAsync();
        await Expect(agent.GetByTestId("refund-result")).ToContainTextAsync("204,000원을 보류했습니다");
        await agent.GetByTestId("refund-close").ClickAsync();
        await Expect(agent.GetByTestId("card-row").Filter(new() { HasText = "0645" })).ToContainTextAsync("0원");
        await Expect(agent.GetByTestId("balances")).ToContainTextAsync("204,000원");

        // A second request while one is open is refused with the reason.
        await agent.GetByTestId("refund-open").ClickAsync();
        await agent.GetByTestId("refund-kind").SelectOptionAsync("BeforeWithdrawal");
        await Expect(agent.GetByTestId("refund-error")).ToContainTextAsync("진행 중인 환불 요청");
    }

    [Fact]
    public async Task A_failed_payout_returns_the_money_to_e_money_and_the_follow_up_is_closed_with_a_note()
    {
        var agent = await portal.SignedInPageAsync("agent");
        var requestNo = await FileAsync(agent, "M00000018", "0728", "DisasterOrDefect", "잔액 전액 환불 가능");

        var finance = await portal.SignedInPageAsync("finance");
        await finance.GotoAsync($"/refunds/{requestNo}");
        await PortalFixture.WaitForCircuitAsync(finance);
        await finance.GetByTestId("detail-approve").ClickAsync();
        await ConfirmAsync(finance, "승인");
        await Expect(finance.GetByTestId("refund-status")).ToHaveTextAsync("지급 대기");

        await finance.GotoAsync("/refunds/payouts");
        await PortalFixture.WaitForCircuitAsync(finance);
        await finance.GetByTestId("batch-create").ClickAsync();
        await ConfirmAsync(finance, "만들기");
        var item = finance.GetByTestId("batch-item").Filter(new() { HasText = requestNo });
        await finance.RunAndWaitForDownloadAsync(() => finance.GetByTestId("batch-download").ClickAsync());
        await Expect(item.GetByTestId("item-failed")).ToBeEnabledAsync();
        await item.GetByTestId("item-failed").ClickAsync();
        await finance.GetByTestId("reason-text").FillAsync("예금주 불일치로 반송");
        await finance.GetByTestId("reason-confirm").ClickAsync();
        await Expect(item).ToContainTextAsync("지급 실패");

        await finance.GotoAsync("/refunds?view=FollowUp");
        await PortalFixture.WaitForCircuitAsync(finance);
        await Expect(QueueRow(finance, requestNo)).ToContainTextAsync("후속 조치");
        await QueueRow(finance, requestNo).GetByTestId("refund-link").ClickAsync();
        await Expect(finance.GetByTestId("refund-followup")).ToContainTextAsync("e음머니로 86,900원 반환");
        await portal.ScreenshotAsync(finance, "46-refund-follow-up");
        await finance.GetByTestId("detail-followup-close").ClickAsync();
        await finance.GetByTestId("reason-text").FillAsync("회원에게 계좌 재등록 안내함");
        await finance.GetByTestId("reason-confirm").ClickAsync();
        await Expect(finance.GetByTestId("refund-steps")).ToContainTextAsync("후속 조치 완료");

        await OpenMemberAsync(agent, "M00000018");
        await Expect(agent.GetByTestId("balance-emoney")).ToHaveTextAsync("136,900원"); // 50,000 + 86,900 back
    }
}
