using MudBlazor;

namespace BackOffice.Web.Features.Statements;

/// <summary>The documents of issue 12 item 2: 거래내역서, lost-card receipt, refund letter, payout batch summary, and the issued-document lists.</summary>
public sealed class StatementsModule : IPortalModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<StatementQueries>();
        services.AddScoped<StatementService>();
    }

    public IEnumerable<NavEntry> Navigation => [new(83, "documents", "발급 문서", Icons.Material.Filled.Description, Permission.IssueDocuments)];

    public IEnumerable<MemberAction> MemberActions =>
        [new(30, "거래내역서", Icons.Material.Filled.ReceiptLong, Color.Default, Permission.IssueDocuments, "statement-open", StatementAsync)];

    public IEnumerable<MemberPanel> MemberPanels => [new(40, MemberPanelPlace.Tab, "발급 문서", typeof(MemberDocuments))];

    private static async Task<bool> StatementAsync(MemberPageContext page)
    {
        var choice = await page.Dialogs.ShowForResultAsync<StatementDialog, StatementChoice>("거래내역서",
            new DialogParameters<StatementDialog> { { d => d.Cards, page.Member.Cards } });
        if (choice is null) return false;
        var memberId = page.Member.Id;
        var number = await DocumentActions.PreviewAndIssueAsync(page.Dialogs, "거래내역서 미리보기",
            statements => statements.StatementAsync(memberId, choice.CardId, choice.From, choice.To));
        return number is not null;
    }
}
