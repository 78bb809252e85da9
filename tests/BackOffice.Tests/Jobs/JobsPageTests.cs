using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace BackOffice.Tests.Jobs;

/// <summary>The jobs page for Admins: each job with its schedule and last run, an empty state before any run, Admins only.</summary>
public class JobsPageTests : BunitContext, IAsyncLifetime
{
    private Harness _h = null!;

    public JobsPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        _h = await Harness.StartAsync("sqlite");
        _h.Actor.Current = TestActor.Admin;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _h.DisposeAsync();
    }

    private JobsService Jobs() => new(
        _h.Get<IDbContextFactory<AppDbContext>>(), _h.Writer, _h.Actor, _h.Clock,
        [
            new PortalJobInfo(nameof(MarkOverdueRefundsJob), "환불 지급 기한 경과 표시", "5분마다 · 시작할 때", typeof(MarkOverdueRefundsJob)),
            new PortalJobInfo(nameof(LedgerCheckJob), "원장 정합성 야간 점검", "매일 02:00 (한국 시간)", typeof(LedgerCheckJob)),
        ],
        _h.Services);

    [Fact]
    public async Task The_page_shows_an_empty_state_then_each_jobs_last_run_outcome_and_failures()
    {
        Services.AddSingleton(Jobs());
        var empty = Render<JobsPage>();
        empty.WaitForElement("[data-testid=jobs-empty]");
        Assert.Equal(2, empty.FindAll("[data-testid=job-row]").Count);
        Assert.All(empty.FindAll("[data-testid=job-last-run]"), c => Assert.Equal("실행 기록 없음", c.TextContent.Trim()));

        await _h.RunJobAsync<MarkOverdueRefundsJob>();
        var rows = await Jobs().ListAsync();
        var refunds = rows.Single(r => r.Key == nameof(MarkOverdueRefundsJob));
        Assert.Equal((JobOutcome.Succeeded, "지급 기한 경과 0건 표시, 0건 해제", 1, 0), (refunds.LastRun!.Outcome, refunds.LastRun.Message, refunds.Runs, refunds.Failures));
        Assert.Null(rows.Single(r => r.Key == nameof(LedgerCheckJob)).LastRun);

        var page = Render<JobsPage>();
        page.WaitForAssertion(() => Assert.Contains("성공", page.Find($"[data-job={nameof(MarkOverdueRefundsJob)}] [data-testid=job-outcome]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=jobs-empty]"));
        Assert.Contains("5분마다", page.Find($"[data-job={nameof(MarkOverdueRefundsJob)}]").TextContent);
    }

    [Fact]
    public async Task Only_admins_may_list_or_run_jobs_and_a_run_needs_a_scheduler()
    {
        _h.Actor.Current = TestActor.Finance;
        await Assert.ThrowsAsync<ForbiddenException>(() => Jobs().ListAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => Jobs().RunNowAsync(nameof(LedgerCheckJob)));
        _h.Actor.Current = TestActor.Admin;
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Jobs().RunNowAsync("nope"));
        Assert.Equal("배치 작업을 찾을 수 없습니다.", refused.Message);
    }
}
