namespace BackOffice.Web.Platform.Notices;

/// <summary>Korean names of a notice's delivery state, as the case page and the member tabs show them.</summary>
public static class NoticeStatusNames
{
    public static string Of(NoticeStatus status) => status switch
    {
        NoticeStatus.Pending => "발송 대기",
        NoticeStatus.Sending => "발송 중",
        NoticeStatus.Sent => "발송 완료",
        NoticeStatus.Failed => "실패 (재시도 예정)",
        NoticeStatus.Abandoned => "발송 포기",
        _ => status.ToString(),
    };
}
