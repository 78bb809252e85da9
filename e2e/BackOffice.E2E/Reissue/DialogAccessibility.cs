using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace BackOffice.E2E.Reissue;

/// <summary>
/// axe-core's WCAG 2.x A/AA rules (the same as <see cref="Accessibility"/>) on the open dialog only. The card dialogs
/// open over the member page, whose own check belongs to the member-page tests; this keeps the dialogs' check
/// independent of it. Serious or critical violations fail.
/// </summary>
public static class DialogAccessibility
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    public static async Task AssertNoSeriousViolationsAsync(ILocator dialog)
    {
        var result = await dialog.RunAxe(Options);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count == 0) return;
        var lines = serious.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {string.Join(" ", n.Target)}  {n.Html}")));
        Assert.Fail($"axe found {serious.Count} serious or critical WCAG violation(s) in the dialog:\n{string.Join("\n", lines)}");
    }
}
