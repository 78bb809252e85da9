using MudBlazor;

namespace BackOffice.Web.Features.Reissue;

public sealed class ReissueModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<ReissueService>();

    public IEnumerable<NavEntry> Navigation =>
        [new(50, "reissues/waivers", "수수료 면제 승인", Icons.Material.Filled.Approval, Permission.ApproveFeeWaiver)];

    public IEnumerable<CardAction> CardActions =>
    [
        new(10, "재발급", Icons.Material.Filled.Autorenew, Color.Primary, Permission.ReissueCard, "reissue",
            card => card.Status is not (CardStatus.Replaced or CardStatus.Closed), ReissueAsync),
    ];

    private static async Task<bool> ReissueAsync(MemberPageContext page, CardSummary card)
    {
        var initial = card.Status switch
        {
            CardStatus.Lost => ReissueReason.Lost,
            CardStatus.Stolen => ReissueReason.Stolen,
            _ => ReissueReason.Damaged,
        };
        var done = await page.Dialogs.ShowForResultAsync<ReissueDialog, ReissueResult>($"카드 재발급 (*{card.Last4})",
            new DialogParameters<ReissueDialog> { { d => d.CardId, card.Id }, { d => d.InitialReason, initial } });
        if (done is null) return false;
        page.Snackbar.Add(done.Status == ReissueStatus.Issued
                ? $"재발급했습니다. {done.RequestNo}: 새 카드 {done.NewCardMasked}, 수수료 {Fmt.Won(done.FeeCharged)}, 발송 기한 {done.ShipDueBy:yyyy-MM-dd}"
                : $"면제 승인을 요청했습니다. {done.RequestNo}: 상담 관리자가 승인하면 발급됩니다.", Severity.Success);
        return true;
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["card.reissue"] = "카드 재발급",
        ["card.reissue.waiver-requested"] = "재발급 수수료 면제 요청",
        ["card.reissue.waiver-approved"] = "재발급 수수료 면제 승인",
        ["card.reissue.waiver-rejected"] = "재발급 수수료 면제 반려",
    };
}
