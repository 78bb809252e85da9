using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Holidays;

/// <summary>/admin/holidays: the year's holidays, the Admin's add form and the business-day calculator.</summary>
public sealed class HolidaysPage(IPage page) : PageObject(page)
{
    public const string Path = "/admin/holidays";

    public ILocator Year => Page.GetByTestId("holiday-year");
    public ILocator Table => Page.GetByTestId("holiday-table");
    public ILocator Row(string date) => Page.Locator($"[data-testid=holiday-row][data-date='{date}']");
    public ILocator RemoveButton(string date) => Row(date).GetByTestId("holiday-remove");
    public ILocator AddForm => Page.GetByTestId("holiday-add-form");
    public ILocator NewDate => Page.GetByTestId("holiday-date");
    public ILocator NewName => Page.GetByTestId("holiday-name");
    public ILocator Add => Page.GetByTestId("holiday-add");
    public ILocator Error => Page.GetByTestId("holiday-error");

    public ILocator Calculator => Page.GetByTestId("business-day-calculator");
    public ILocator CalcStart => Page.GetByTestId("calc-start");
    public ILocator CalcDays => Page.GetByTestId("calc-days");
    public ILocator CalcRun => Page.GetByTestId("calc-run");
    public ILocator CalcResult => Page.GetByTestId("calc-result");
    public ILocator CalcSkipped => Page.GetByTestId("calc-skipped");

    public Task OpenAsync() => GoAsync(Path, Calculator);

    /// <summary>Chooses the year in the MudSelect list ("2026년").</summary>
    public async Task ChooseYearAsync(int year)
    {
        await Year.ClickAsync();
        var option = Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{year}년\\s*$") });
        await option.ClickAsync();
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public async Task CalculateAsync(string start, int days)
    {
        await CalcStart.FillAsync(start);
        await CalcStart.PressAsync("Tab");
        await CalcDays.FillAsync(days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await CalcRun.ClickAsync();
    }

    public async Task AddAsync(string date, string name)
    {
        await NewDate.FillAsync(date);
        await NewDate.PressAsync("Tab");
        await NewName.FillAsync(name);
        await Add.ClickAsync();
        await Expect(Row(date)).ToBeVisibleAsync();
    }

    public async Task RemoveAsync(string date)
    {
        await RemoveButton(date).ClickAsync();
        await ConfirmAsync("예");
        await Expect(Row(date)).ToHaveCountAsync(0);
    }
}
