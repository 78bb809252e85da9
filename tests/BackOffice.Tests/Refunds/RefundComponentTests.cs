using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace BackOffice.Tests.Refunds;

/// <summary>bUnit: the refund status badge and the shared reason dialog that guards rejections and failed payouts.</summary>
public class RefundComponentTests : BunitContext, IAsyncLifetime
{
    // MudBlazor's services are only IAsyncDisposable: xUnit disposes the context asynchronously first.
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public RefundComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static RefundRow Row(RefundStatus status, string stage, bool overdue = false, bool followUp = false) =>
        new(1, "F1", 1, "M1", "**** **** **** 0447", RefundKind.BalanceRefund, status, stage, 36_000, 0, 36_000,
            DateTimeOffset.UnixEpoch, "김상담", new DateOnly(2026, 11, 25), 6, overdue, false, null, followUp, false, false);

    [Fact]
    public void The_badge_shows_the_stage_and_flags_overdue_and_follow_up()
    {
        var pending = Render<RefundStatusBadge>(p => p.Add(c => c.Row, Row(RefundStatus.PendingApproval, "재무 승인 대기", overdue: true)));
        Assert.Equal("재무 승인 대기", pending.Find("[data-testid=refund-status]").TextContent.Trim());
        Assert.Contains("기한 경과", pending.Markup);
        Assert.DoesNotContain("후속 조치", pending.Markup);

        var failed = Render<RefundStatusBadge>(p => p.Add(c => c.Row, Row(RefundStatus.PayoutFailed, "지급 실패", followUp: true)));
        Assert.Contains("후속 조치", failed.Markup);
        Assert.DoesNotContain("기한 경과", failed.Markup);
        Assert.Contains("mud-chip-color-error", failed.Find("[data-testid=refund-status]").ClassName);
    }

    [Fact]
    public async Task The_reason_dialog_refuses_a_short_reason_and_returns_a_trimmed_one()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> asked = null!;
        await provider.InvokeAsync(() =>
        {
            asked = dialogs.AskReasonAsync("환불 반려", "F1 · 보류 36,000원", "반려하면 보류한 금액이 돌아갑니다.", "반려");
        });
        provider.WaitForElement("[data-testid=reason-dialog]");
        Assert.Contains("F1 · 보류 36,000원", provider.Markup);

        ReasonText(provider).Input("짧음");
        provider.Find("[data-testid=reason-confirm]").Click();
        Assert.Equal("사유를 5자 이상 입력하세요.", provider.Find("[data-testid=reason-error]").TextContent);
        Assert.False(asked.IsCompleted);
        Assert.NotEmpty(provider.FindComponents<ReasonDialog>());

        ReasonText(provider).Input("  카드 결함이 확인되지 않음  ");
        provider.Find("[data-testid=reason-confirm]").Click();
        Assert.Equal("카드 결함이 확인되지 않음", await asked.WaitAsync(TimeSpan.FromSeconds(5)));
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=reason-dialog]")));
    }

    [Fact]
    public async Task The_reason_dialog_cancel_returns_no_reason()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> asked = null!;
        await provider.InvokeAsync(() => { asked = dialogs.AskReasonAsync("지급 실패", "F1 · 36,000원", "되돌릴 수 없습니다.", "실패 처리"); });
        provider.WaitForElement("[data-testid=reason-cancel]").Click();
        Assert.Null(await asked.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    /// <summary>The MudTextField carries the test id on its wrapper; the text goes into its textarea.</summary>
    private static AngleSharp.Dom.IElement ReasonText(IRenderedComponent<MudDialogProvider> provider) =>
        provider.Find("[data-testid=reason-text] textarea, textarea[data-testid=reason-text], [data-testid=reason-text] input");
}
