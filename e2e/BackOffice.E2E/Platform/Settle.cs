namespace BackOffice.E2E.Platform;

/// <summary>Waits until the page is still before an axe check or a screenshot: no CSS animation or transition
/// running (snackbars and dialogs fade in and out, and axe would measure the contrast of half-transparent text);
/// endless spinners are ignored.</summary>
public static class Settle
{
    public static async Task WaitUntilStillAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)");

    public static async Task ScreenshotWhenStillAsync(this PortalFixture portal, IPage page, string name)
    {
        await WaitUntilStillAsync(page);
        await portal.ScreenshotAsync(page, name);
    }
}
