using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.MemberLifecycle;

public sealed class MemberLifecycleModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MemberLifecycleOptions>().Bind(configuration.GetSection("MemberLifecycle"));
        services.AddScoped<MemberLifecycleService>();
    }

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<AnonymizeWithdrawnMembersJob>(AnonymizeWithdrawnMembersJob.Key, "탈퇴 회원 개인정보 익명화", PortalSchedule.DailyKst(3, 30), runAtStartup: false);

    public IEnumerable<MemberAction> MemberActions =>
    [
        new(80, "자격 정지·해제", Icons.Material.Filled.Block, Color.Warning, Permission.SuspendMember, "member-suspend", SuspendAsync),
        new(90, "회원 탈퇴", Icons.Material.Filled.PersonOff, Color.Error, Permission.FileRefund, "member-withdraw", WithdrawAsync),
    ];

    public IEnumerable<CardAction> CardActions =>
    [
        new(35, "회수 처리", Icons.Material.Filled.AssignmentReturn, Color.Success, Permission.ReportLostCard, "recover-card",
            card => card.Status is CardStatus.Lost or CardStatus.Stolen, RecoverAsync),
    ];

    public IEnumerable<MemberPanel> MemberPanels => [new(-10, MemberPanelPlace.UnderCards, "회원 상태", typeof(MemberLifecyclePanel))];

    private static async Task<bool> WithdrawAsync(MemberPageContext page)
    {
        var result = await page.Dialogs.ShowForResultAsync<WithdrawDialog, WithdrawalResult>("회원 탈퇴",
            new DialogParameters<WithdrawDialog> { { d => d.MemberId, page.Member.Id } }, MaxWidth.Medium);
        if (result is null) return false;
        page.Snackbar.Add($"탈퇴를 처리했습니다. 카드 {result.ClosedCards}장 해지, 개인정보는 {result.AnonymizeAfter:yyyy-MM-dd} 이후 익명화합니다.", Severity.Success);
        return true;
    }

    private static async Task<bool> SuspendAsync(MemberPageContext page)
    {
        var result = await page.Dialogs.ShowForResultAsync<SuspendDialog, string>("회원 자격 정지·해제",
            new DialogParameters<SuspendDialog> { { d => d.MemberId, page.Member.Id } }, MaxWidth.Small);
        if (result is null) return false;
        page.Snackbar.Add(result, Severity.Success);
        return true;
    }

    private static async Task<bool> RecoverAsync(MemberPageContext page, CardSummary card)
    {
        var result = await page.Dialogs.ShowForResultAsync<RecoverCardDialog, object>($"분실·도난 카드 회수 처리 (*{card.Last4})",
            new DialogParameters<RecoverCardDialog> { { d => d.CardId, card.Id } });
        switch (result)
        {
            case RecoveryResult done:
                page.Snackbar.Add($"회수 처리했습니다 ({done.ReportNo}). {done.Explanation}", Severity.Success);
                return true;
            case Exception refused:
                page.Snackbar.Add($"회수 처리할 수 없습니다: {refused.Message}", Severity.Error);
                return false;
            default:
                return false;
        }
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["member.withdraw"] = "회원 탈퇴",
        ["member.suspend"] = "회원 자격 정지",
        ["member.suspension-lift"] = "회원 자격 정지 해제",
        ["member.anonymize"] = "탈퇴 회원 개인정보 익명화",
        ["card.recovered"] = "분실·도난 카드 회수 (재사용)",
    };
}
