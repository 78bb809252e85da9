namespace BackOffice.Web.Features.Holidays;

/// <summary>Input rules for the holiday table and the calculator, with the Korean sentences the screen shows.</summary>
public static class HolidayRules
{
    public const int MaxNameLength = 50;
    public const int MaxBusinessDays = 365;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private static readonly string[] WeekdayNames = ["일", "월", "화", "수", "목", "금", "토"];

    public static string Weekday(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    public static string? DateProblem(DateOnly? date)
    {
        if (date is null) return "날짜를 입력하세요.";
        return date.Value.Year is < FirstYear or > LastYear ? $"{FirstYear}년부터 {LastYear}년까지의 날짜만 등록할 수 있습니다." : null;
    }

    public static string? NameProblem(string? name)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0) return "공휴일 이름을 입력하세요.";
        return text.Length > MaxNameLength ? $"공휴일 이름은 {MaxNameLength}자 이하로 입력하세요." : null;
    }

    public static string? BusinessDaysProblem(int? days) =>
        days is null or < 0 or > MaxBusinessDays ? $"영업일 수는 0부터 {MaxBusinessDays}까지 입력하세요." : null;
}
