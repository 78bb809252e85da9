namespace BackOffice.Web.Platform.DemoData;

/// <summary>Plausible Korean names, addresses and merchants for demo data (no real people).</summary>
internal static class KoreanNames
{
    private static readonly string[] Surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍", "전", "고", "문", "양", "손", "배", "백", "허", "남궁"];
    private static readonly string[] GivenFirst = ["민", "서", "지", "예", "하", "도", "수", "현", "준", "유", "채", "은", "다", "시", "주", "영", "성", "태", "상", "혜", "경", "재", "승", "윤"];
    private static readonly string[] GivenSecond = ["준", "윤", "우", "원", "호", "연", "아", "은", "진", "훈", "희", "민", "빈", "율", "린", "서", "현", "영", "석", "수", "경", "철", "미"];
    private static readonly string[] SeoguDongs = ["청라동", "가정동", "석남동", "신현동", "검암동", "연희동", "마전동", "당하동", "원당동", "불로동", "오류동", "가좌동"];
    private static readonly string[] OtherDistricts = ["인천광역시 부평구 부평동", "인천광역시 계양구 계산동", "인천광역시 남동구 구월동", "인천광역시 미추홀구 주안동", "인천광역시 연수구 송도동"];
    private static readonly string[] Banks = ["국민은행", "신한은행", "우리은행", "하나은행", "농협은행", "기업은행", "카카오뱅크", "토스뱅크"];

    public static string Name(Random r) =>
        Surnames[r.Next(Surnames.Length)] + GivenFirst[r.Next(GivenFirst.Length)] + GivenSecond[r.Next(GivenSecond.Length)];

    public static string Address(Random r) => r.Next(10) < 8
        ? $"인천광역시 서구 {SeoguDongs[r.Next(SeoguDongs.Length)]} {r.Next(1, 999)}-{r.Next(1, 30)}"
        : $"{OtherDistricts[r.Next(OtherDistricts.Length)]} {r.Next(1, 999)}";

    public static string Bank(Random r) => Banks[r.Next(Banks.Length)];

    public static readonly (string Name, string Category, string District, bool InDistrict)[] Merchants =
    [
        ("청라 한솥도시락", "음식점", "서구", true), ("가정동 행복마트", "마트", "서구", true), ("석남 약국", "약국", "서구", true),
        ("검암 베이커리", "제과점", "서구", true), ("신현 정육점", "정육", "서구", true), ("청라 커피로스터스", "카페", "서구", true),
        ("연희 분식", "음식점", "서구", true), ("마전 문구", "문구", "서구", true), ("당하 헤어살롱", "미용", "서구", true),
        ("원당 세탁소", "생활서비스", "서구", true), ("불로 꽃집", "꽃집", "서구", true), ("오류 철물점", "생활용품", "서구", true),
        ("가좌 안경원", "안경", "서구", true), ("서구 수산시장 3호", "수산", "서구", true), ("청라 소아과의원", "병원", "서구", true),
        ("부평 지하상가 의류", "의류", "부평구", false), ("계산 서점", "서점", "계양구", false), ("구월 한식당", "음식점", "남동구", false),
        ("주안 전자상가", "전자", "미추홀구", false), ("송도 브런치카페", "카페", "연수구", false), ("부평 시장 반찬가게", "반찬", "부평구", false),
        ("계양 태권도장", "교육", "계양구", false),
    ];
}
