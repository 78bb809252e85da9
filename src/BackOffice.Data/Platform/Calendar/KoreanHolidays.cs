namespace BackOffice.Data.Platform.Calendar;

/// <summary>
/// Korean public holidays for 2025–2027 as announced (관공서의 공휴일에 관한 규정), including substitute
/// holidays (대체공휴일) and election days. Staff maintain later years and temporary holidays in the UI.
/// </summary>
public static class KoreanHolidays
{
    /// <summary>
    /// 제헌절 (July 17) is a public holiday again from 2026 (공휴일에 관한 법률, amended 2026-01-29); 2027-07-17 is a
    /// Saturday, so Monday 2027-07-19 is its substitute. Installations seeded before this was known get these days once
    /// (<see cref="AmendmentKey"/>); the seed itself holds them too.
    /// </summary>
    public static readonly IReadOnlyList<PublicHoliday> Amendment20260129 =
    [
        H(2026, 7, 17, "제헌절"),
        H(2027, 7, 17, "제헌절"), H(2027, 7, 19, "제헌절 대체공휴일", true),
    ];

    /// <summary>The audit entity id that records that <see cref="Amendment20260129"/> was applied to an installation.</summary>
    public const string AmendmentKey = "공휴일에 관한 법률 2026-01-29 개정 (제헌절)";

    public static IReadOnlyList<PublicHoliday> Seed() =>
    [
        // 2025
        H(2025, 1, 1, "신정"),
        H(2025, 1, 27, "임시공휴일"),
        H(2025, 1, 28, "설날 연휴"), H(2025, 1, 29, "설날"), H(2025, 1, 30, "설날 연휴"),
        H(2025, 3, 1, "삼일절"), H(2025, 3, 3, "삼일절 대체공휴일", true),
        H(2025, 5, 5, "어린이날·부처님오신날"), H(2025, 5, 6, "대체공휴일", true),
        H(2025, 6, 3, "제21대 대통령 선거일"),
        H(2025, 6, 6, "현충일"),
        H(2025, 8, 15, "광복절"),
        H(2025, 10, 3, "개천절"),
        H(2025, 10, 5, "추석 연휴"), H(2025, 10, 6, "추석"), H(2025, 10, 7, "추석 연휴"),
        H(2025, 10, 8, "추석 대체공휴일", true),
        H(2025, 10, 9, "한글날"),
        H(2025, 12, 25, "성탄절"),
        // 2026
        H(2026, 1, 1, "신정"),
        H(2026, 2, 16, "설날 연휴"), H(2026, 2, 17, "설날"), H(2026, 2, 18, "설날 연휴"),
        H(2026, 3, 1, "삼일절"), H(2026, 3, 2, "삼일절 대체공휴일", true),
        H(2026, 5, 5, "어린이날"),
        H(2026, 5, 24, "부처님오신날"), H(2026, 5, 25, "부처님오신날 대체공휴일", true),
        H(2026, 6, 3, "전국동시지방선거일"),
        H(2026, 6, 6, "현충일"),
        H(2026, 7, 17, "제헌절"),
        H(2026, 8, 15, "광복절"), H(2026, 8, 17, "광복절 대체공휴일", true),
        H(2026, 9, 24, "추석 연휴"), H(2026, 9, 25, "추석"), H(2026, 9, 26, "추석 연휴"),
        H(2026, 10, 3, "개천절"), H(2026, 10, 5, "개천절 대체공휴일", true),
        H(2026, 10, 9, "한글날"),
        H(2026, 12, 25, "성탄절"),
        // 2027
        H(2027, 1, 1, "신정"),
        H(2027, 2, 6, "설날 연휴"), H(2027, 2, 7, "설날"), H(2027, 2, 8, "설날 연휴"),
        H(2027, 2, 9, "설날 대체공휴일", true),
        H(2027, 3, 1, "삼일절"),
        H(2027, 5, 5, "어린이날"),
        H(2027, 5, 13, "부처님오신날"),
        H(2027, 6, 6, "현충일"),
        H(2027, 7, 17, "제헌절"), H(2027, 7, 19, "제헌절 대체공휴일", true),
        H(2027, 8, 15, "광복절"), H(2027, 8, 16, "광복절 대체공휴일", true),
        H(2027, 9, 14, "추석 연휴"), H(2027, 9, 15, "추석"), H(2027, 9, 16, "추석 연휴"),
        H(2027, 10, 3, "개천절"), H(2027, 10, 4, "개천절 대체공휴일", true),
        H(2027, 10, 9, "한글날"), H(2027, 10, 11, "한글날 대체공휴일", true),
        H(2027, 12, 25, "성탄절"), H(2027, 12, 27, "성탄절 대체공휴일", true),
    ];

    private static PublicHoliday H(int y, int m, int d, string name, bool substitute = false) =>
        new() { Date = new DateOnly(y, m, d), Name = name, IsSubstitute = substitute };
}
