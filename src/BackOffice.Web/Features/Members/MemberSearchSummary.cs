namespace BackOffice.Web.Features.Members;

/// <summary>The search page's result summary and pager text; a capped count reads "1,000건 이상" (issue 16).</summary>
public static class MemberSearchSummary
{
    public static string Text(int pageIndex, int pageSize, int total) =>
        total > MemberQueries.CountCap
            ? $"{pageIndex + 1} 페이지 ({MemberQueries.CountCap:N0}건 이상)"
            : $"{pageIndex + 1}/{Math.Max(1, (total + pageSize - 1) / pageSize)} 페이지 (총 {total:N0}명)";

    /// <summary>MudTablePager's InfoFormat: the total only when it was counted to the end.</summary>
    public static string PagerFormat(int total) =>
        total > MemberQueries.CountCap ? $"{{first_item}}–{{last_item}} / {MemberQueries.CountCap:N0}건 이상" : "{first_item}–{last_item} / 총 {all_items}명";
}
