using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Points;

/// <summary>
/// Issue 15 items 1 and 4 for Oh! points (<c>DemoPoints</c>, M90001504): the lots with the month they expire in
/// ("yyyy-MM 소멸 예정 …P", 004 포인트 제5조①④); a Supervisor forfeits one lot for a cause of 제5조⑤3 and the balance drops;
/// an Agent has no forfeit button.
/// </summary>
[Collection(PortalCollection.Name)]
public class PointTabTests(PortalFixture portal)
{
    private const string MemberNo = "M90001504";

    [Fact]
    public async Task A_supervisor_forfeits_one_lot_for_stolen_card_use_and_an_agent_cannot()
    {
        var agent = new PointTabPage(await portal.SignedInPageAsync("agent"));
        await agent.OpenMemberAsync(MemberNo);
        await agent.ShowTabAsync();
        await Expect(agent.SummaryLines.First).ToContainTextAsync("소멸 예정");
        await Expect(agent.ForfeitButton).ToHaveCountAsync(0);
        await portal.ScreenshotWhenStillAsync(agent.Page, "153-member-points");

        var supervisor = new PointTabPage(await portal.SignedInPageAsync("supervisor"));
        await supervisor.OpenMemberAsync(MemberNo);
        await supervisor.ShowTabAsync();
        var before = await supervisor.Balance.InnerTextAsync();
        await supervisor.ForfeitStolenUseLotAsync("카페", "도난 카드로 적립된 포인트 확인 (사고 접수)");
        await Expect(supervisor.Balance).Not.ToHaveTextAsync(before);
        await Expect(supervisor.Lots.Filter(new() { HasText = "카페" })).ToContainTextAsync("즉시 소멸");
        await portal.ScreenshotWhenStillAsync(supervisor.Page, "154-member-points-forfeited");
    }
}
