using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Refunds;

/// <summary>
/// The refund parts of the member page (/members?kind=MemberNo&amp;q=…): the 환불 신청 button and its dialog, the balances,
/// card rows and the 환불 내역 tab. The member page's own page objects belong to the members feature; this one holds only
/// what the refund tests need.
/// </summary>
public sealed class MemberRefundDialog(IPage page) : PageObject(page)
{
    /// <summary>The dialog's select items show the Korean name of each refund kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["ChargeCancel"] = "충전 취소",
        ["BalanceRefund"] = "잔액 환불",
        ["ExpiredCard"] = "유효기간 만료 카드 환불",
        ["DisasterOrDefect"] = "천재지변·카드 결함 환불",
        ["BeforeWithdrawal"] = "회원 탈퇴 전 환불",
    };

    // The member page.
    public ILocator MemberHeading => Page.GetByTestId("member-heading");
    public ILocator OpenButton => Page.GetByTestId("refund-open");
    public ILocator Balances => Page.GetByTestId("balances");
    public ILocator EMoneyBalance => Page.GetByTestId("balance-emoney");
    public ILocator CardRow(string last4) => Page.GetByTestId("card-row").Filter(new() { HasText = last4 });
    public ILocator HistoryTab => Page.GetByRole(AriaRole.Tab, new() { Name = "환불 내역" });
    public ILocator HistoryRows => Page.GetByTestId("member-refund-row");
    public ILocator HistoryRow(string requestNo) => HistoryRows.Filter(new() { HasText = requestNo });

    // The dialog (Features/Refunds/RefundDialog.razor).
    public ILocator Root => Page.GetByTestId("refund-dialog");
    public ILocator Kind => Page.GetByTestId("refund-kind");
    public ILocator Card => Page.GetByTestId("refund-card");
    public ILocator Charge => Page.GetByTestId("refund-charge");
    public ILocator Preview => Page.GetByTestId("refund-preview");
    public ILocator Amounts => Page.GetByTestId("refund-amounts");
    public ILocator Blocker => Page.GetByTestId("refund-blocker");
    public ILocator Error => Page.GetByTestId("refund-error");
    /// <summary>MudTextField/MudSelect put the test id on their input; a select's choice is the input's value.</summary>
    public ILocator Note => Page.GetByTestId("refund-note");
    public ILocator Submit => Page.GetByTestId("refund-submit");
    public ILocator Fee => Page.GetByTestId("refund-fee");
    public ILocator Due => Page.GetByTestId("refund-due");
    /// <summary>The channels the card's program offers (radio group), by enum name: BankAccount, Store, Envelope, DirectVisit.</summary>
    public ILocator Channels => Page.GetByTestId("refund-channels");
    public ILocator Channel(string channel) => Page.GetByTestId($"refund-channel-{channel}");
    public ILocator ChannelOutcome(string channel) => Page.GetByTestId($"refund-channel-outcome-{channel}");
    public ILocator ChosenChannel => Page.GetByTestId("refund-channel-chosen");
    public ILocator HistoryChannel(string requestNo) => HistoryRow(requestNo).GetByTestId("member-refund-channel");
    public ILocator Result => Page.GetByTestId("refund-result");
    public ILocator Close => Page.GetByTestId("refund-close");

    /// <summary>The open MudSelect list (rendered in the popover layer, outside the dialog).</summary>
    private ILocator OpenOption(string text) =>
        Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text });

    public async Task OpenMemberAsync(string memberNo)
    {
        await GoAsync($"/members?kind=MemberNo&q={memberNo}", MemberHeading);
        await Expect(MemberHeading).ToContainTextAsync(memberNo);
    }

    public async Task OpenAsync()
    {
        await OpenButton.ClickAsync();
        await Expect(Root).ToBeVisibleAsync();
    }

    /// <summary>Chooses a refund kind by its enum name (ChargeCancel, BalanceRefund, ExpiredCard, DisasterOrDefect, BeforeWithdrawal).</summary>
    public Task ChooseKindAsync(string kind) => ChooseAsync(Kind, Kinds[kind]);

    /// <summary>Chooses the card whose number ends with <paramref name="last4"/>.</summary>
    public Task ChooseCardAsync(string last4) => ChooseAsync(Card, last4);

    private async Task ChooseAsync(ILocator select, string text)
    {
        await select.ClickAsync();
        await OpenOption(text).First.ClickAsync();
        await Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(select).ToHaveValueAsync(new Regex(Regex.Escape(text)));
    }

    /// <summary>Chooses a refund channel by its enum name; the preview re-runs for it (the option is marked selected).</summary>
    public async Task ChooseChannelAsync(string channel)
    {
        await Channel(channel).GetByRole(AriaRole.Radio).CheckAsync();
        await Expect(Channel(channel)).ToHaveClassAsync(new Regex(@"\bselected\b"));
    }

    /// <summary>
    /// axe on the open dialog only (same rules as <see cref="PageObject.CheckAccessibilityAsync"/>): the member page
    /// behind it belongs to the members feature and is checked by its own tests.
    /// </summary>
    public Task CheckDialogAccessibilityAsync() => Accessibility.AssertNoSeriousViolationsAsync(Page.Locator(".mud-dialog").First);

    /// <summary>Submits and returns the request number from the result; the dialog stays open until <see cref="CloseAsync"/>.</summary>
    public async Task<string> SubmitAsync()
    {
        await Submit.ClickAsync();
        await Expect(Result).ToBeVisibleAsync();
        return (await Result.Locator("strong").InnerTextAsync()).Split(' ')[0];
    }

    public async Task CloseAsync()
    {
        await Close.ClickAsync();
        await Expect(Root).ToHaveCountAsync(0);
    }

    public async Task ShowHistoryAsync()
    {
        await HistoryTab.ClickAsync();
        await Expect(HistoryRows.First).ToBeVisibleAsync();
    }
}
