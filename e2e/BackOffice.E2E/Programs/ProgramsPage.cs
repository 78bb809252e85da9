using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Programs;

/// <summary>/programs: each card programme with its policy versions; every value cites its clause or is marked 운영 정책.</summary>
public sealed class ProgramsPage(IPage page) : PageObject(page)
{
    public const string Path = "/programs";

    public ILocator Programs => Page.GetByTestId("program");
    public ILocator Program(string code) => Page.Locator($"[data-testid=program][data-code='{code}']");
    public ILocator Versions => Page.GetByTestId("policy-version");
    public ILocator VersionStates => Page.GetByTestId("policy-state");
    public ILocator Legend => Page.GetByTestId("policy-legend");
    public ILocator Citations => Page.GetByTestId("citation");
    public ILocator OperatorMarks => Page.GetByTestId("operator-setting");
    public ILocator OperatorOnly => Page.GetByTestId("operator-only");

    /// <summary>A version panel of a programme by its state chip ("시행 중", "시행 예정").</summary>
    public ILocator Version(string code, string state) =>
        Program(code).GetByTestId("policy-version").Filter(new() { Has = Page.GetByTestId("policy-state").Filter(new() { HasText = state }) });

    /// <summary>The value cell (value + citation or mark) of a labelled parameter inside <paramref name="scope"/>.</summary>
    public static ILocator ValueOf(ILocator scope, string label) =>
        scope.Locator($"xpath=.//dt[@data-testid='policy-label'][normalize-space(.)='{label}']/following-sibling::dd[1]");

    public ILocator EditButton(string code) => Program(code).GetByTestId("edit-operator-settings");

    // The new-version dialog
    public ILocator VersionDialog => Page.GetByTestId("policy-version-dialog");
    public ILocator SettingInput(string parameter) => VersionDialog.Locator($"[data-testid=policy-setting][data-parameter='{parameter}'] input").First;
    public ILocator EffectiveFrom => Page.Locator("input[data-testid=policy-effective-from], [data-testid=policy-effective-from] input").First;
    public ILocator Reason => Page.Locator("textarea[data-testid=policy-reason], input[data-testid=policy-reason], [data-testid=policy-reason] textarea").First;
    public ILocator DialogError => Page.GetByTestId("policy-dialog-error");
    public ILocator Save => Page.GetByTestId("policy-save");

    public Task OpenAsync() => GoAsync(Path, Programs.First);

    public async Task OpenEditorAsync(string code)
    {
        await EditButton(code).ClickAsync();
        await Expect(VersionDialog).ToBeVisibleAsync();
    }

    public async Task SetSettingAsync(string parameter, string value)
    {
        await SettingInput(parameter).FillAsync(value);
        await SettingInput(parameter).PressAsync("Tab");
    }
}
