using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace BackOffice.E2E;

/// <summary>
/// axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now. A serious or critical violation fails the
/// test with each rule, its help text and the elements it found, so the message says what to fix.
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // A snackbar or dialog still fading in has translucent text that axe measures as low contrast: let finite
        // animations finish first (spinners run forever and are left alone), for at most two seconds.
        await page.EvaluateAsync(@"() => Promise.race([
            Promise.all(document.getAnimations()
                .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                .map(a => a.finished.catch(() => null))),
            new Promise(r => setTimeout(r, 2000))])");
        var result = await page.RunAxe(Options);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0) return;
        var lines = serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {string.Join(" ", n.Target)}  {n.Html}")));
        Assert.Fail($"axe found {serious.Count} serious or critical WCAG violation(s) on {page.Url}:\n{string.Join("\n", lines)}");
    }
}
