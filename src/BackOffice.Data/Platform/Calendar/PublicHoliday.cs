namespace BackOffice.Data.Platform.Calendar;

/// <summary>A Korean public holiday. Admins maintain the table; business-day arithmetic reads it.</summary>
public class PublicHoliday
{
    public long Id { get; set; }
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
    /// <summary>대체공휴일: given because a holiday fell on a weekend or on another holiday.</summary>
    public bool IsSubstitute { get; set; }
}
