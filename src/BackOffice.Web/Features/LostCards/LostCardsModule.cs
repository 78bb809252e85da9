using MudBlazor;

namespace BackOffice.Web.Features.LostCards;

public sealed class LostCardsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<LostCardService>();

    public IEnumerable<CardAction> CardActions =>
    [
        new(30, "분실·도난 신고", Icons.Material.Filled.Report, Color.Error, Permission.ReportLostCard, "report-lost",
            card => card.Status == CardStatus.Active, ReportAsync),
    ];

    public IEnumerable<MemberPanel> MemberPanels => [new(0, MemberPanelPlace.UnderCards, "분실·도난 신고", typeof(MemberLostReports))];

    private static async Task<bool> ReportAsync(MemberPageContext page, CardSummary card)
    {
        var result = await page.Dialogs.ShowForResultAsync<LostCardDialog, object>($"카드 분실·도난 신고 (*{card.Last4})",
            new DialogParameters<LostCardDialog> { { d => d.CardId, card.Id } });
        switch (result)
        {
            case LostCardReceipt receipt:
                page.Navigation.NavigateTo($"lost-cards/{receipt.ReportNo}");
                return false;
            case Exception refused:
                page.Snackbar.Add($"신고할 수 없습니다: {refused.Message}", Severity.Error);
                return false;
            default:
                return false;
        }
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["card.lost"] = "카드 분실·도난 신고",
    };
}
