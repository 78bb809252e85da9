using MudBlazor;

namespace BackOffice.Web.Features.Members;

public sealed class MembersModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<MemberQueries>();
        services.AddScoped<PersonalDataService>();
        services.AddScoped<MemberSearchMemory>();
        services.AddScoped<MemberPanelMemory>();
    }

    public IEnumerable<NavEntry> Navigation => [new(10, "members", "고객 조회", Icons.Material.Filled.PersonSearch, Permission.ViewMembers)];

    public IEnumerable<MemberPanel> MemberPanels =>
    [
        new(0, MemberPanelPlace.Tab, "거래 내역", typeof(MemberTransactions)),
        new(100, MemberPanelPlace.Tab, "처리 이력", typeof(MemberTimeline)),
    ];

    public IReadOnlyDictionary<string, string> AuditActions => new Dictionary<string, string>
    {
        ["member.unmask"] = "개인정보 열람",
        ["card.unmask"] = "카드번호 열람",
        ["member.search"] = "개인정보로 회원 검색",
    };
}
