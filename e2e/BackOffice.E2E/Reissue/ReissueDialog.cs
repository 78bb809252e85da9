using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Reissue;

/// <summary>The reissue dialog opened from a card row on the member page (MudDialog with MudSelects).</summary>
public sealed partial class ReissueDialog(IPage page) : PageObject(page)
{
    /// <summary>axe on the dialog itself (the member page beneath is checked by its own tests).</summary>
    public Task CheckDialogAccessibilityAsync() => Accessibility.AssertNoSeriousViolationsAsync(Dialog);

    public ILocator Root => Page.GetByTestId("reissue-dialog");
    public ILocator Fee => Page.GetByTestId("reissue-fee");
    public ILocator Error => Page.GetByTestId("reissue-error");
    public ILocator Confirm => Page.GetByTestId("reissue-confirm");
    public ILocator Problem => Page.GetByTestId("reissue-problem");
    public ILocator OpenIntake => Page.GetByTestId("reissue-open-intake");
    public ILocator Validity => Page.GetByTestId("reissue-validity");
    public ILocator WaiverCheckbox => Page.Locator("[data-testid=reissue-waiver] input[type=checkbox], input[type=checkbox][data-testid=reissue-waiver]").First;
    public ILocator WaiverReason => Page.Locator("input[data-testid=reissue-waiver-reason], [data-testid=reissue-waiver-reason] input").First;
    private ILocator Reason => Page.GetByTestId("reissue-reason");
    private ILocator Design => Page.GetByTestId("reissue-design");
    private ILocator OpenList => Page.Locator(".mud-popover-open");

    /// <summary>Chooses a reason by its enum name (each item carries <c>reissue-reason-{Name}</c>).</summary>
    public async Task ChooseReasonAsync(string reason)
    {
        await Reason.ClickAsync();
        await OpenList.GetByTestId($"reissue-reason-{reason}").ClickAsync();
        await Expect(OpenList).ToHaveCountAsync(0);
    }

    /// <summary>Opens the design list; the caller reads <see cref="DesignOptions"/> and picks one.</summary>
    public Task OpenDesignsAsync() => Design.ClickAsync();

    public ILocator DesignOptions => OpenList.GetByTestId("reissue-design-option");

    public static Regex DisabledItem { get; } = DisabledItemRegex();

    public async Task ChooseDesignAsync(ILocator option)
    {
        await option.ClickAsync();
        await Expect(OpenList).ToHaveCountAsync(0);
    }

    /// <summary>Waits for the chosen design to show in the field (the choice travels over the circuit first).</summary>
    public Task ExpectSelectedDesignAsync(string label) => Expect(Design).ToHaveValueAsync(label);

    public async Task RequestWaiverAsync(string reason)
    {
        await WaiverCheckbox.CheckAsync();
        await WaiverReason.FillAsync(reason);
    }

    [GeneratedRegex("mud-list-item-disabled")]
    private static partial Regex DisabledItemRegex();
}
