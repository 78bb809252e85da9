namespace BackOffice.E2E.Cases;

/// <summary>/outages: the outage calendar (장애 일정); the Admin's form, the table, notice and delete buttons.</summary>
public sealed class OutagesPage(IPage page) : PageObject(page)
{
    public const string Path = "/outages";

    public ILocator Count => Page.GetByTestId("outage-count");
    public ILocator Form => Page.GetByTestId("outage-form");
    public ILocator StartDay => Page.GetByTestId("outage-start-day");
    public ILocator StartTime => Page.GetByTestId("outage-start-time");
    public ILocator EndDay => Page.GetByTestId("outage-end-day");
    public ILocator EndTime => Page.GetByTestId("outage-end-time");
    public ILocator Systems => Page.GetByTestId("outage-systems");
    public ILocator Description => Page.GetByTestId("outage-description");
    public ILocator Save => Page.GetByTestId("outage-save");
    public ILocator Error => Page.GetByTestId("outage-error");
    public ILocator Rows => Page.GetByTestId("outage-row");
    public ILocator Row(string text) => Rows.Filter(new() { HasText = text });

    public Task OpenAsync() => GoAsync(Path, Count);

    public async Task FillAsync(string startDay, string startTime, string endDay, string endTime, string systems, string description)
    {
        await StartDay.FillAsync(startDay);
        await StartDay.PressAsync("Tab");
        await StartTime.FillAsync(startTime);
        await EndDay.FillAsync(endDay);
        await EndDay.PressAsync("Tab");
        await EndTime.FillAsync(endTime);
        await Systems.FillAsync(systems);
        await Description.FillAsync(description);
    }
}
