using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace BackOffice.Tests.Programs;

/// <summary>The version panel marks each value: the clause it comes from, or the "운영 정책" chip; the filter keeps the marks only.</summary>
public class PolicyVersionPanelTests : BunitContext, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public PolicyVersionPanelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static PolicyVersionView View(ProgramPolicy policy, PolicyState state = PolicyState.InForce) =>
        new(policy.Version, policy.EffectiveFrom, policy.Source, state, PolicyParameters.Describe(policy));

    private static string Cell(IRenderedComponent<PolicyVersionPanel> panel, string label) =>
        panel.FindAll("dt[data-testid=policy-label]").Single(dt => dt.TextContent.Trim() == label).NextElementSibling!.TextContent;

    [Fact]
    public void Each_value_shows_its_clause_or_the_operator_mark_and_never_both()
    {
        var panel = Render<PolicyVersionPanel>(p => p.Add(x => x.Version, View(ProgramPresets.CashbeePolicy())));

        var cells = panel.FindAll("[data-testid=policy-value]");
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var cited = cell.QuerySelectorAll("[data-testid=citation]").Length;
            var marked = cell.QuerySelectorAll("[data-testid=operator-setting]").Length;
            Assert.Equal(1, cited + marked);
            Assert.Equal(marked == 1 ? "true" : "false", cell.GetAttribute("data-operator"));
        }
        Assert.Contains("003 캐시비 제9조①4", Cell(panel, "고장 카드 카드 값 지급 기간 (구입 후)"));
        Assert.Contains("24개월", Cell(panel, "고장 카드 카드 값 지급 기간 (구입 후)"));
        Assert.Contains("운영 정책", Cell(panel, "카드 가격"));
        Assert.Contains("003 캐시비 제9조①1", Cell(panel, "매장(가맹점)"));
        Assert.Contains("시행 중", panel.Find("[data-testid=policy-state]").TextContent);
    }

    [Fact]
    public void The_operator_only_filter_hides_every_cited_value_and_a_scheduled_version_says_so()
    {
        var panel = Render<PolicyVersionPanel>(p => p
            .Add(x => x.Version, View(ProgramPresets.HanaroPolicy(), PolicyState.Scheduled))
            .Add(x => x.OperatorOnly, true));

        Assert.Empty(panel.FindAll("[data-testid=citation]"));
        Assert.NotEmpty(panel.FindAll("[data-testid=operator-setting]"));
        Assert.All(panel.FindAll("[data-testid=policy-value]"), c => Assert.Equal("true", c.GetAttribute("data-operator")));
        Assert.Contains("분실 재발급 수수료", panel.Markup);
        Assert.DoesNotContain("결함 카드 잔액 확인 기간", panel.Markup); // 003 하나로 제11조3
        Assert.Contains("시행 예정", panel.Find("[data-testid=policy-state]").TextContent);
    }
}
