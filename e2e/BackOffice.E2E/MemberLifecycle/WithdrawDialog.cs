using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.MemberLifecycle;

/// <summary>The member page's life-cycle parts: the status chip, the 회원 탈퇴 button and its dialog.</summary>
public sealed class WithdrawDialog(IPage page) : PageObject(page)
{
    public ILocator StatusChip => Page.GetByTestId("member-status-chip");
    public ILocator Withdrawal => Page.GetByTestId("member-withdrawal");
    public ILocator OpenButton => Page.GetByTestId("member-withdraw");
    public ILocator Root => Page.GetByTestId("withdraw-dialog");
    public ILocator RefundNeeded => Page.GetByTestId("withdraw-refund-needed");
    public ILocator RefundDone => Page.GetByTestId("withdraw-refund-done");
    public ILocator Reason => Page.GetByTestId("withdraw-reason");
    public ILocator Confirm => Page.GetByTestId("withdraw-confirm");
    public ILocator Cancel => Page.GetByTestId("withdraw-cancel");
    public ILocator CardRows => Page.GetByTestId("card-row");

    public async Task OpenAsync()
    {
        await OpenButton.ClickAsync();
        await Expect(Root).ToBeVisibleAsync();
    }

    public async Task WithdrawAsync(string reason)
    {
        await Reason.FillAsync(reason);
        await Confirm.ClickAsync();
        await ConfirmAsync("탈퇴 확정");
        await Expect(Root).ToHaveCountAsync(0);
    }
}
