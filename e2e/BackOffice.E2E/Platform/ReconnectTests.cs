using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Platform;

[Collection(PortalCollection.Name)]
public class ReconnectTests(PortalFixture portal)
{
    [Fact]
    public async Task A_dropped_connection_shows_the_reconnect_ui_and_the_page_works_again()
    {
        var page = await portal.SignedInPageAsync("agent");
        var member = new MemberPage(page);
        await member.OpenAsync("M00000001");
        await member.CheckAccessibilityAsync();

        // The .NET 10 reconnect <dialog> (Components/Layout/ReconnectModal.razor), opened by its script when
        // blazor.web.js reports the dropped circuit; the Korean text says it is reconnecting.
        var dialog = page.Locator("dialog#components-reconnect-modal");
        await Expect(dialog).ToBeHiddenAsync();
        try
        {
            portal.Proxy.Cut();
            await Expect(dialog).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await Expect(dialog).ToHaveAttributeAsync("open", "");
            await Expect(dialog).ToContainTextAsync("다시 연결하는 중입니다");
            await Expect(dialog.Locator("p:visible").First).ToBeVisibleAsync();
            await portal.ScreenshotAsync(page, "07-reconnecting");
        }
        finally
        {
            portal.Proxy.Restore();
        }
        await Expect(dialog).Not.ToBeVisibleAsync(new() { Timeout = 60_000 });

        // The same circuit is back: an interactive click still works without a reload.
        await member.Tab("처리 이력").ClickAsync();
        await Expect(member.Timeline).ToBeVisibleAsync();
    }
}
