using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Credits;

/// <summary>
/// Issue 15 item 4: an agent sees M90001501's credits (<c>DemoCredits</c>): the balance, the month a lot expires in, every
/// lot with its last day and rule (001 §4), and the expiry notice already sent.
/// </summary>
[Collection(PortalCollection.Name)]
public class CreditTabTests(PortalFixture portal)
{
    [Fact]
    public async Task An_agent_sees_the_credit_lots_with_their_expiry_and_the_notice_sent()
    {
        var page = new CreditTabPage(await portal.SignedInPageAsync("agent"));
        await page.OpenMemberAsync("M90001501");
        await page.ShowTabAsync();

        await Expect(page.Balance).ToContainTextAsync(" C");
        await Expect(page.Months.First).ToContainTextAsync("소멸 예정");
        await Expect(page.Lots).ToHaveCountAsync(3);
        await Expect(page.Lots.Filter(new() { HasText = "소멸 예정" }).First).ToBeVisibleAsync();
        await Expect(page.Notices.First).ToBeVisibleAsync();
        await portal.ScreenshotWhenStillAsync(page.Page, "152-member-credits");
    }
}
