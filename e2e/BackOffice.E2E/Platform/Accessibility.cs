using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace BackOffice.E2E.Platform;

/// <summary>
/// axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page, or on one part of it (a dialog over a page whose own check
/// belongs to another feature's tests). A serious or critical violation fails the test with each rule, its help text
/// and the elements it found, so the message says what to fix.
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        await Settle.WaitUntilStillAsync(page);
        // When the circuit starts, the interactive HeadOutlet replaces the prerendered <title>: for a moment the document
        // has none, and axe once ran in that moment on a loaded CI machine ("document-title"). Wait for the title; a page
        // that really has none still fails below, after the wait.
        try
        {
            await page.WaitForFunctionAsync("() => document.title.length > 0", null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
        }
        Report(await page.RunAxe(Options), page.Url);
    }

    public static async Task AssertNoSeriousViolationsAsync(ILocator part)
    {
        await Settle.WaitUntilStillAsync(part.Page);
        Report(await part.RunAxe(Options), $"{part} on {part.Page.Url}");
    }

    private static void Report(AxeResult result, string where)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0) return;
        var lines = serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {string.Join(" ", n.Target)}  {n.Html}")));
        Assert.Fail($"axe found {serious.Count} serious or critical WCAG violation(s) in {where}:\n{string.Join("\n", lines)}");
    }
}
