using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Refunds;

/// <summary>/refunds/{requestNo}: one refund request with its explanation, amounts, steps and actions.</summary>
public sealed class RefundDetailPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("refund-heading");
    public ILocator Status => Page.GetByTestId("refund-status");
    public ILocator Explanation => Page.GetByTestId("refund-explanation");
    public ILocator Steps => Page.GetByTestId("refund-steps");
    public ILocator Channel => Page.GetByTestId("refund-channel");
    public ILocator FollowUp => Page.GetByTestId("refund-followup");
    public ILocator Approve => Page.GetByTestId("detail-approve");
    public ILocator Reject => Page.GetByTestId("detail-reject");
    public ILocator CloseFollowUpButton => Page.GetByTestId("detail-followup-close");
    public ReasonPrompt Reason => new(Page);

    public async Task<RefundDetailPage> OpenAsync(string requestNo)
    {
        await GoAsync($"/refunds/{requestNo}", Heading);
        await Expect(Heading).ToContainTextAsync(requestNo);
        return this;
    }

    public async Task ApproveAsync()
    {
        await Approve.ClickAsync();
        await AnswerStepUpIfAskedAsync();
        await ConfirmAsync("승인");
    }

    public async Task CloseFollowUpAsync(string note)
    {
        await CloseFollowUpButton.ClickAsync();
        await Reason.SubmitAsync(note);
    }
}
