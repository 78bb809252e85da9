namespace BackOffice.Web.Features.Holidays;

/// <summary>MudDatePicker binds DateTime?; the pages keep DateOnly? (the services take calendar days).</summary>
public static class PickerDates
{
    public static DateTime? ToDateTime(this DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(this DateTime? date) => date is { } value ? DateOnly.FromDateTime(value) : null;
}
