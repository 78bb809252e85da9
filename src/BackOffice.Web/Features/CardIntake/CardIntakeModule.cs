using MudBlazor;
using Quartz;

namespace BackOffice.Web.Features.CardIntake;

public sealed class CardIntakeModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<CardIntakeService>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCardIntakePhotos();

    public void AddJobs(IQuartzBuilder quartz) =>
        quartz.AddPortalJob<MarkOverdueIntakeJob>(MarkOverdueIntakeJob.Key, "불량 카드 접수 기한 경과 표시", PortalSchedule.Every(TimeSpan.FromMinutes(5)));

    public IEnumerable<NavEntry> Navigation =>
        [new(20, "card-intake", "불량 카드 접수", Icons.Material.Filled.Build, Permission.HandleCardIntake)];

    public IEnumerable<CardAction> CardActions =>
    [
        new(20, "불량 접수", Icons.Material.Filled.Build, Color.Warning, Permission.HandleCardIntake, "intake",
            card => card.Status == CardStatus.Active, OpenAsync),
    ];

    private static async Task<bool> OpenAsync(MemberPageContext page, CardSummary card)
    {
        var caseNo = await page.Dialogs.ShowForResultAsync<OpenIntakeDialog, string>($"불량 카드 접수 (*{card.Last4})",
            new DialogParameters<OpenIntakeDialog> { { d => d.CardId, card.Id } });
        if (caseNo is not null) page.Navigation.NavigateTo($"card-intake/{caseNo}");
        return false;
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["card.intake.open"] = "불량 카드 접수",
        ["card.intake.received"] = "불량 카드 수령",
        ["card.intake.inspected"] = "불량 카드 검수",
        ["card.intake.rejected"] = "불량 접수 반려",
        ["card.intake.photo"] = "검수 사진 등록",
        ["card.intake.balance-verified"] = "불량 카드 잔액 확인",
        ["card.intake.settled"] = "불량 카드 정산",
        ["card.intake.closed"] = "불량 접수 종결",
    };
}
