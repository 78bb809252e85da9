using BackOffice.Data.Refunds;
using BackOffice.Web.Features.Refunds;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace BackOffice.Tests.Components;

/// <summary>bUnit: the refund status badge and the reason dialog that guards rejections and failed payouts.</summary>
public class RefundComponentTests : BunitContext
{
    public RefundComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddRadzenComponents();
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
        Assert.Contains("rz-badge-danger", failed.Markup);
    }

    [Fact]
    public void The_reason_dialog_refuses_a_short_reason_and_returns_a_trimmed_one()
    {
        object? closedWith = "not closed";
        var dialogs = Services.GetRequiredService<DialogService>();
        dialogs.OnClose += result => closedWith = result;
        _ = dialogs.OpenAsync("환불 반려", _ => _ => { }); // Close only reports while a dialog is open, as in the app
        var cut = Render<ReasonDialog>(p => p.Add(c => c.Summary, "F1 · 보류 36,000원").Add(c => c.ConfirmText, "반려"));

        cut.Find("[data-testid=reason-text]").Input("짧음");
        cut.Find("[data-testid=reason-confirm]").Click();
        Assert.Equal("사유를 5자 이상 입력하세요.", cut.Find("[data-testid=reason-error]").TextContent);
        Assert.Equal("not closed", closedWith);

        cut.Find("[data-testid=reason-text]").Input("  카드 결함이 확인되지 않음  ");
        cut.Find("[data-testid=reason-confirm]").Click();
        Assert.Equal("카드 결함이 확인되지 않음", closedWith);
    }
}
