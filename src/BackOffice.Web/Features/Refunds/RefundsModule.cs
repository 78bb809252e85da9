using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.Refunds;

public sealed class RefundsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RefundOptions>().Bind(configuration.GetSection("Refunds"));
        services.AddScoped<RefundService>();
        services.AddScoped<RefundApprovalService>();
        services.AddScoped<PayoutService>();
        services.AddScoped<RefundQueries>();
        services.AddScoped<RefundActions>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapRefundTransferFiles();

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<MarkOverdueRefundsJob>(MarkOverdueRefundsJob.Key, "환불 지급 기한 경과 표시", PortalSchedule.Every(TimeSpan.FromMinutes(5)));

    public IEnumerable<NavEntry> Navigation =>
    [
        new(60, "refunds", "환불 승인·지급", Icons.Material.Filled.CurrencyExchange, Permission.ViewRefundQueue, MatchAll: true),
        new(61, "refunds/payouts", "환불 지급 배치", Icons.Material.Filled.AccountBalance, Permission.ManagePayouts),
    ];

    public IEnumerable<MemberAction> MemberActions =>
        [new(10, "환불 신청", Icons.Material.Filled.CurrencyExchange, Color.Secondary, Permission.FileRefund, "refund-open", FileAsync)];

    public IEnumerable<MemberPanel> MemberPanels => [new(10, MemberPanelPlace.Tab, "환불 내역", typeof(MemberRefunds))];

    private static async Task<bool> FileAsync(MemberPageContext page)
    {
        var cards = page.Member.Cards.Where(c => c.Status is CardStatus.Active or CardStatus.Expired).ToList();
        var filed = await page.Dialogs.ShowForResultAsync<RefundDialog, RefundFiled>("환불 신청",
            new DialogParameters<RefundDialog> { { d => d.MemberId, page.Member.Id }, { d => d.Cards, cards } }, MaxWidth.Medium);
        return filed is not null;
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["refund.request"] = "환불 신청 (금액 보류)",
        ["refund.request.ineligible"] = "환불 신청 (환불 불가 판정)",
        ["refund.approve"] = "환불 재무 승인",
        ["refund.approve.supervisor"] = "환불 상담 관리자 승인",
        ["refund.reject"] = "환불 반려 (보류 해제)",
        ["refund.batch.create"] = "환불 지급 배치 생성",
        ["refund.batch.file"] = "환불 이체 파일 다운로드",
        ["refund.paid"] = "환불 지급 완료",
        ["refund.payout-failed"] = "환불 지급 실패 (e음머니 반환)",
        ["refund.followup.close"] = "환불 후속 조치 완료",
    };
}
