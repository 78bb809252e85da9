using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E;

[Collection(PortalCollection.Name)]
public class ReissueTests(PortalFixture portal)
{
    private static async Task OpenMemberAsync(IPage page, string memberNo)
    {
        await page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(page.GetByTestId("member-heading")).ToContainTextAsync(memberNo);
        await PortalFixture.WaitForCircuitAsync(page);
    }

    private static async Task<string> FirstCardLast4Async(IPage page) =>
        (await page.GetByTestId("card-row").First.Locator("[data-testid^=card-]").First.GetAttributeAsync("data-testid"))!["card-".Length..];

    [Fact]
    public async Task A_wrong_design_is_re_sent_free_in_the_chosen_design_and_the_chain_shows_it()
    {
        var page = await portal.SignedInPageAsync("agent");
        await OpenMemberAsync(page, "M00000003");
        var last4 = await FirstCardLast4Async(page);
        await page.GetByTestId($"reissue-{last4}").ClickAsync();

        await Expect(page.GetByTestId("reissue-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("reissue-reason").SelectOptionAsync("WrongDesignDelivered");
        await Expect(page.GetByTestId("reissue-fee")).ToContainTextAsync("수수료 0원 · 디자인 오배송 → 선택한 디자인으로 무상 재발송");
        // Out-of-stock designs are offered but cannot be chosen; pick the last design that has stock.
        var options = page.GetByTestId("reissue-design").Locator("option");
        foreach (var empty in await options.Filter(new() { HasText = "재고 없음" }).AllAsync()) await Expect(empty).ToHaveAttributeAsync("disabled", "");
        var label = (await options.Filter(new() { HasNotText = "재고 없음" }).Last.InnerTextAsync()).Trim();
        var design = label[..label.IndexOf(" (재고", StringComparison.Ordinal)];
        await page.GetByTestId("reissue-design").SelectOptionAsync(new SelectOptionValue { Label = label });
        await page.GetByTestId("reissue-confirm").ClickAsync();

        await Expect(page.Locator(".rz-notification-item")).ToContainTextAsync("재발급했습니다");
        var newRow = page.GetByTestId("card-row").Filter(new() { HasText = $"재발급: 이전 카드 *{last4}" });
        await Expect(newRow).ToContainTextAsync(design);
        await Expect(newRow).ToContainTextAsync("사용 중");
        await Expect(page.GetByTestId("card-row").Filter(new() { HasText = $"**** **** **** {last4}" })).ToContainTextAsync("재발급 대체");
        await portal.ScreenshotAsync(page, "30-replacement-chain");
    }

    [Fact]
    public async Task A_fee_waiver_is_issued_only_after_a_supervisor_approves_it()
    {
        var agent = await portal.SignedInPageAsync("agent");
        await OpenMemberAsync(agent, "M00000004");
        var last4 = await FirstCardLast4Async(agent);
        await agent.GetByTestId($"reissue-{last4}").ClickAsync();
        await agent.GetByTestId("reissue-reason").SelectOptionAsync("Damaged");
        await Expect(agent.GetByTestId("reissue-fee")).ToContainTextAsync("수수료 3,000원");
        await agent.GetByTestId("reissue-waiver").CheckAsync();
        await agent.GetByTestId("reissue-waiver-reason").FillAsync("짧음");
        await agent.GetByTestId("reissue-confirm").ClickAsync();
        await Expect(agent.GetByTestId("reissue-error")).ToHaveTextAsync("수수료 면제 사유를 5자 이상 입력하세요.");
        await agent.GetByTestId("reissue-waiver-reason").FillAsync("택배 분실 후 파손 상태로 회수됨");
        await agent.GetByTestId("reissue-confirm").ClickAsync();
        await Expect(agent.Locator(".rz-notification-item")).ToContainTextAsync("면제 승인을 요청했습니다");
        await Expect(agent.GetByTestId("card-row").Filter(new() { HasText = $"재발급: 이전 카드 *{last4}" })).ToHaveCountAsync(0);

        // An agent cannot open the approval queue; a supervisor approves with a note.
        await agent.GotoAsync("/reissues/waivers");
        await Expect(agent.GetByTestId("waivers")).ToHaveCountAsync(0);

        var supervisor = await portal.SignedInPageAsync("supervisor");
        await supervisor.GotoAsync("/reissues/waivers");
        await PortalFixture.WaitForCircuitAsync(supervisor);
        var row = supervisor.GetByTestId("waiver-row").Filter(new() { HasText = "M00000004" });
        await Expect(row).ToContainTextAsync("택배 분실 후 파손 상태로 회수됨");
        await portal.ScreenshotAsync(supervisor, "32-waiver-queue");
        await row.GetByTestId("waiver-approve").ClickAsync();
        await supervisor.GetByTestId("waiver-note").FillAsync("택배사 사고 확인");
        await supervisor.GetByTestId("waiver-confirm").ClickAsync();
        await Expect(supervisor.Locator(".rz-notification-item")).ToContainTextAsync("무상 발급했습니다");

        await OpenMemberAsync(agent, "M00000004");
        await Expect(agent.GetByTestId("card-row").Filter(new() { HasText = $"재발급: 이전 카드 *{last4}" })).ToContainTextAsync("사용 중");
    }
}
