using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Delivery;

/// <summary>The member page's card application (member action "카드 신청") and its "카드 배송" tab.</summary>
public sealed class MemberShipmentsPage(IPage page) : PageObject(page)
{
    public ILocator Heading => Page.GetByTestId("member-heading");
    public ILocator ApplyButton => Page.GetByTestId("card-apply");
    public ILocator Tab => Page.GetByRole(AriaRole.Tab, new() { Name = "카드 배송" });
    public ILocator Shipments => Page.GetByTestId("member-shipment");

    public async Task OpenAsync(string memberNo)
    {
        await Page.GotoAsync($"/members?kind=MemberNo&q={memberNo}");
        await Expect(Heading).ToContainTextAsync(memberNo, new() { Timeout = 20_000 });
        await WaitForCircuitAsync();
    }

    public async Task ShowTabAsync()
    {
        await Tab.ClickAsync();
        await Expect(Shipments.First).ToBeVisibleAsync();
    }

    /// <summary>The shipment whose number ends with <paramref name="suffix"/> (or equals it).</summary>
    public ILocator Shipment(string suffix) => Shipments.Filter(new() { HasText = suffix });

    public async Task<CardApplicationDialog> OpenApplicationAsync()
    {
        await ApplyButton.ClickAsync();
        var dialog = new CardApplicationDialog(Page);
        await Expect(dialog.Root).ToBeVisibleAsync();
        await Expect(dialog.Fee).ToBeVisibleAsync();
        return dialog;
    }

    public async Task<AddressChangeDialog> OpenAddressChangeAsync(ILocator shipment)
    {
        await shipment.GetByTestId("member-shipment-change-address").ClickAsync();
        var dialog = new AddressChangeDialog(Page);
        await Expect(dialog.Root).ToBeVisibleAsync();
        await Expect(dialog.Rule).ToBeVisibleAsync();
        return dialog;
    }
}

public sealed class CardApplicationDialog(IPage page) : PageObject(page)
{
    public ILocator Root => Page.GetByTestId("card-apply-dialog");
    public ILocator Fee => Page.GetByTestId("card-apply-fee");
    public ILocator Cutoff => Page.GetByTestId("card-apply-cutoff");
    public ILocator Error => Page.GetByTestId("card-apply-error");
    public ILocator Confirm => Page.GetByTestId("card-apply-confirm");
    private ILocator Program => Page.GetByTestId("card-apply-program");
    private ILocator OpenList => Page.Locator(".mud-popover-open");

    public Task CheckDialogAccessibilityAsync() => Accessibility.AssertNoSeriousViolationsAsync(Dialog);

    public async Task ChooseProgramAsync(string code)
    {
        await Program.ClickAsync();
        await OpenList.GetByTestId($"card-apply-program-{code}").ClickAsync();
        await Expect(OpenList).ToHaveCountAsync(0);
    }

    public async Task FillAddressAsync(string postcode, string road, string detail)
    {
        await Page.GetByTestId("card-apply-postcode").FillAsync(postcode);
        await Page.GetByTestId("card-apply-road").FillAsync(road);
        await Page.GetByTestId("card-apply-detail").FillAsync(detail);
    }
}

public sealed class AddressChangeDialog(IPage page) : PageObject(page)
{
    public ILocator Root => Page.GetByTestId("address-change-dialog");
    public ILocator Rule => Page.GetByTestId("address-change-rule");
    public ILocator Refused => Page.GetByTestId("address-change-refused");
    public ILocator Confirm => Page.GetByTestId("address-change-confirm");
    public ILocator Close => Page.GetByTestId("address-change-cancel");

    public async Task FillAsync(string postcode, string road, string detail)
    {
        await Page.GetByTestId("address-change-postcode").FillAsync(postcode);
        await Page.GetByTestId("address-change-road").FillAsync(road);
        await Page.GetByTestId("address-change-detail").FillAsync(detail);
    }
}
