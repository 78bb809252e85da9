using MudBlazor;

namespace BackOffice.Web.Features.Refunds;

/// <summary>The approve and reject clicks of the queue and the request page: the confirmation, the call and the notice, in one place.</summary>
public sealed class RefundActions(RefundApprovalService approvals, IDialogService dialogs, ISnackbar snackbar, StepUpPrompt stepUp)
{
    public async Task<bool> ApproveAsync(long id, string requestNo, long payout, ApprovalStep step)
    {
        var what = step == ApprovalStep.Finance ? "재무 승인" : "상담 관리자 승인";
        if (!await stepUp.EnsureAsync(what)) return false;
        if (!await dialogs.ConfirmAsync(what, $"{requestNo} · 지급액 {Fmt.Won(payout)}을 {what}합니다. 승인은 되돌릴 수 없습니다.", "승인", "취소"))
            return false;
        return await RunAsync(async () =>
        {
            var status = await approvals.ApproveAsync(id, step);
            snackbar.Add(status == RefundStatus.Approved ? $"승인했습니다. {requestNo}: 지급 대기로 넘어갔습니다." : $"승인했습니다. {requestNo}: 남은 승인을 기다립니다.",
                Severity.Success);
        });
    }

    public async Task<bool> RejectAsync(long id, string requestNo, long amount)
    {
        var reason = await dialogs.AskReasonAsync("환불 반려", $"{requestNo} · 보류 {Fmt.Won(amount)}",
            "반려하면 보류한 금액이 원래 잔액(정지된 카드는 e음머니)으로 돌아갑니다. 되돌릴 수 없습니다.", "반려");
        if (reason is null) return false;
        return await RunAsync(async () =>
        {
            await approvals.RejectAsync(id, reason);
            snackbar.Add($"반려했습니다. {requestNo}: 보류 {Fmt.Won(amount)}을 해제했습니다.", Severity.Success);
        });
    }

    private async Task<bool> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (CommandRefusedException ex)
        {
            snackbar.Add($"처리할 수 없습니다: {ex.Message}", Severity.Error);
            return false;
        }
    }
}
