using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Delivery;

/// <summary>
/// Issue 14 end-to-end: an Agent applies for a card and changes its address on the application day; the card the demo
/// member applied for yesterday (<c>DemoShipments</c>: the server's clock cannot move) is refused with the reason.
/// </summary>
[Collection(PortalCollection.Name)]
public class ShipmentTests(PortalFixture portal)
{
    private const string MemberNo = "M90001401";

    [Fact]
    public async Task An_agent_applies_for_a_card_and_changes_the_address_on_the_application_day()
    {
        var member = new MemberShipmentsPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync(MemberNo);
        var dialog = await member.OpenApplicationAsync();
        await dialog.ChooseProgramAsync("LOCAL");
        await Expect(dialog.Fee).ToContainTextAsync("수수료 0원 · 환영 카드: 회원·프로그램당 1회에 한해 무료 (000 발급신청)");
        await Expect(dialog.Cutoff).ToContainTextAsync("23:59:59까지 변경 가능 (000 배송");
        await dialog.FillAddressAsync("123", "서울특별시 중구 세종대로 110", "3층");
        await dialog.Confirm.ClickAsync();
        await Expect(dialog.Error).ToHaveTextAsync("우편번호는 숫자 5자리로 입력하세요 (예: 04524).");
        await dialog.FillAddressAsync("04524", "서울특별시 중구 세종대로 110", "3층");
        await dialog.CheckDialogAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(member.Page, "140-card-application");
        await dialog.Confirm.ClickAsync();
        await Expect(member.Snackbar).ToContainTextAsync("카드를 신청했습니다");

        await member.ShowTabAsync();
        var today = $"S{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)):yyyyMMdd}-";
        var applied = member.Shipments.Filter(new() { HasText = "서로e음" }).Filter(new() { HasText = today });
        await Expect(applied).ToHaveCountAsync(1);
        await Expect(applied.GetByTestId("member-shipment-status")).ToHaveTextAsync("신청");
        await Expect(applied.GetByTestId("member-shipment-address")).ToContainTextAsync("(045**) 서울특별시 중구 ***");
        var change = await member.OpenAddressChangeAsync(applied);
        await Expect(change.Rule).ToContainTextAsync("23:59:59까지 변경 가능 (000 배송");
        await change.FillAsync("21000", "인천광역시 서구 청라대로 1", "101동 202호");
        await change.Confirm.ClickAsync();
        await Expect(member.Snackbar.Last).ToContainTextAsync("배송지를 변경했습니다");
        await Expect(applied.GetByTestId("member-shipment-address")).ToContainTextAsync("(210**) 인천광역시 서구 ***");
        await Expect(applied.GetByTestId("member-shipment-history-row")).ToHaveCountAsync(2);
        await Expect(applied.GetByTestId("member-shipment-history")).ToContainTextAsync("배송지 변경: (045**) 서울특별시 중구 *** → (210**) 인천광역시 서구 ***");
        await member.CheckAccessibilityAsync();
        await portal.ScreenshotWhenStillAsync(member.Page, "141-member-delivery-tab");
    }

    [Fact]
    public async Task The_address_of_a_card_applied_for_yesterday_is_refused_with_the_reason()
    {
        var member = new MemberShipmentsPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync(MemberNo);
        await member.ShowTabAsync();
        var yesterday = member.Shipment("-900001");
        await Expect(yesterday.GetByTestId("member-shipment-cutoff")).ToContainTextAsync("변경 불가");

        var change = await member.OpenAddressChangeAsync(yesterday);
        await Expect(change.Refused).ToContainTextAsync("23:59:59까지만 변경할 수 있습니다 (000 배송). 변경 기한이 지났습니다.");
        await Expect(change.Refused).ToContainTextAsync("반송 후 새 주소로 재발송하세요");
        await Expect(change.Confirm).ToBeDisabledAsync();
        await portal.ScreenshotWhenStillAsync(member.Page, "142-address-change-refused");
        await change.Close.ClickAsync();
        await Expect(change.Root).ToHaveCountAsync(0);
    }
}
