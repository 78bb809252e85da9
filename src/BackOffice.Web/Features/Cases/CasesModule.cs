using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace BackOffice.Web.Features.Cases;

/// <summary>Cases against legal clocks (issue 13): disputes, complaints, error corrections, paper statements and fraud claims.</summary>
public sealed class CasesModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CaseService>();
    }

    /// <summary>Attachments hold personal data: served only to signed-in staff who may view cases, every download audited.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cases/attachments/{id:long}", async (long id, HttpContext http, CaseService cases,
                AuthenticationStateProvider authentication, CancellationToken ct) =>
            {
                authentication.UseRequestUser(http);
                return await cases.DownloadAttachmentAsync(id, ct) is { } file
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : Results.NotFound();
            })
            .RequireAuthorization(Permission.ViewCases.Policy());

    public IEnumerable<MemberAction> MemberActions =>
    [
        new(60, "사건 접수", Icons.Material.Filled.Gavel, Color.Primary, Permission.HandleCases, "open-case", OpenAsync),
    ];

    public IEnumerable<MemberPanel> MemberPanels => [new(50, MemberPanelPlace.Tab, "민원·사건", typeof(MemberCases))];

    private static async Task<bool> OpenAsync(MemberPageContext page)
    {
        var opened = await page.Dialogs.ShowForResultAsync<OpenCaseDialog, CaseOpened>("사건 접수 (민원·분쟁·오류 정정·서면 교부·부정사용 보상)",
            new DialogParameters<OpenCaseDialog> { { d => d.MemberId, page.Member.Id } }, MaxWidth.Medium);
        if (opened is not null) page.Navigation.NavigateTo($"cases/{opened.Number}");
        return opened is not null;
    }

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["case.open"] = "사건 접수",
        ["case.take"] = "사건 담당 지정",
        ["case.note"] = "사건 메모",
        ["case.attachment"] = "사건 파일 첨부",
        ["case.attachment.download"] = "사건 첨부 파일 내려받기",
        ["case.pause"] = "사건 기한 정지",
        ["case.resume"] = "사건 기한 재개",
        ["case.identity"] = "사건 본인 확인",
        ["case.delay-notice"] = "사건 지연 안내",
        ["case.close"] = "사건 종결 (결과 안내)",
    };
}
