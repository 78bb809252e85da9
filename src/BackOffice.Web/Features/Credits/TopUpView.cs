using MudBlazor;

namespace BackOffice.Web.Features.Credits;

/// <summary>How the top-up screens show a state and a history source.</summary>
public static class TopUpView
{
    public static Color StatusColor(TopUpStatus status) => status switch
    {
        TopUpStatus.Approved or TopUpStatus.Purchased or TopUpStatus.Paid => Color.Success,
        TopUpStatus.PurchaseFailed or TopUpStatus.ApprovalCancelled or TopUpStatus.DepositCancelled => Color.Error,
        TopUpStatus.PurchaseReturned => Color.Warning,
        TopUpStatus.AwaitingDeposit or TopUpStatus.ApprovalRequested => Color.Info,
        _ => Color.Primary,
    };

    public static string SourceName(string source) => source switch
    {
        "staff" => "상담원",
        "member-app" => "회원 앱",
        "job" => "자동 작업",
        _ when source.StartsWith("gateway:", StringComparison.Ordinal) => "PG 정산 파일 " + source[8..],
        _ when source.StartsWith("deposit:", StringComparison.Ordinal) => "입금 파일 " + source[8..],
        _ => source,
    };
}
