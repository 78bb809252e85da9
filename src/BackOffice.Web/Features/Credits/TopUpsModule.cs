using Quartz;

namespace BackOffice.Web.Features.Credits;

/// <summary>
/// Credit top-ups of seed 001 (issue 15 item 2 except the file imports, and item 3's virtual-account job): the member
/// page's "크레딧 충전" tab, the top-up page <c>/credits/topups/{number}</c> (history, deadline move, evidence documents,
/// fraud cancel) and the job that reminds and cancels waiting virtual accounts.
/// </summary>
public sealed class TopUpsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TopUpService>();
        services.AddScoped<VirtualAccountDeadlines>();
    }

    public IEnumerable<MemberPanel> MemberPanels => [new(61, MemberPanelPlace.Tab, "크레딧 충전", typeof(MemberTopUps))];

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<VirtualAccountJob>(VirtualAccountJob.Key, "가상계좌 입금 기한 관리", PortalSchedule.Every(TimeSpan.FromMinutes(10)), runAtStartup: false);

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["credit-topup.request"] = "크레딧 충전 신청",
        ["credit-topup.approved"] = "크레딧 카드 승인",
        ["credit-topup.deadline"] = "가상계좌 입금 기한 변경",
        ["credit-topup.evidence"] = "증빙서류 요청 기록",
        ["credit-topup.fraud-cancel"] = "부정 결제 승인 취소",
        ["credit-topup.cancel-reminder"] = "가상계좌 취소 전 안내",
        ["credit-topup.auto-cancel"] = "가상계좌 자동 취소",
    };
}
