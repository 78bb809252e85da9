using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Members;

[Collection(PortalCollection.Name)]
public class MemberPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Unmasking_asks_for_a_reason_shows_the_value_and_lands_in_the_timeline()
    {
        var page = await portal.SignedInPageAsync("agent");
        var member = new MemberPage(page);
        await member.OpenAsync("M00000001");
        await Expect(member.Field("phone")).ToContainTextAsync("010-****-5678");
        await Expect(member.Balances).ToContainTextAsync("원");
        await member.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "03-member-page");

        await member.RevealButton("phone").ClickAsync();
        await Expect(member.UnmaskDialog).ToBeVisibleAsync();
        await member.UnmaskConfirm.ClickAsync();
        await Expect(member.UnmaskError).ToHaveTextAsync("열람 사유를 입력하세요.");

        await member.UnmaskReason.FillAsync("본인 확인 통화 중 연락처 확인");
        await member.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "04-unmask-dialog");
        await member.UnmaskConfirm.ClickAsync();
        await Expect(member.UnmaskDialog).Not.ToBeVisibleAsync();
        await Expect(member.Field("phone")).ToContainTextAsync("010-1234-5678");
        await Expect(member.Snackbar).ToContainTextAsync("휴대전화 열람이 감사 로그에 기록되었습니다.");

        await member.Tab("처리 이력").ClickAsync();
        var entry = member.TimelineItems.Filter(new() { HasText = "개인정보 열람" }).First;
        await Expect(entry).ToContainTextAsync("본인 확인 통화 중 연락처 확인");
        await Expect(entry).ToContainTextAsync("김상담");
        await member.SnackbarGoneAsync();
        await member.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "05-member-timeline");

        // Compliance finds the same read in the audit log, filtered by member and action.
        var audit = new BackOffice.E2E.Audit.AuditLogPage(await portal.SignedInPageAsync("compliance"));
        await audit.OpenAsync();
        await audit.ChooseActionAsync("개인정보 열람");
        await audit.Member.FillAsync("M00000001");
        await audit.Apply.ClickAsync();
        var record = audit.Rows.First;
        await Expect(record).ToContainTextAsync("개인정보 열람");
        await Expect(record).ToContainTextAsync("김상담");
        await Expect(record).ToContainTextAsync("본인 확인 통화 중 연락처 확인");
    }

    [Fact]
    public async Task Transactions_page_forward_and_back_and_filter_by_type()
    {
        var member = new MemberPage(await portal.SignedInPageAsync("agent"));
        await member.OpenAsync("M00000001");
        var rows = member.TransactionRows;
        await Expect(rows.First).ToBeVisibleAsync();
        var firstRow = await rows.First.InnerTextAsync();

        if (await member.TransactionsNext.IsEnabledAsync())
        {
            await member.TransactionsNext.ClickAsync();
            await Expect(rows.First).Not.ToHaveTextAsync(firstRow);
            await member.TransactionsPrevious.ClickAsync();
            await Expect(rows.First).ToHaveTextAsync(firstRow);
        }

        await member.FilterTransactionsByTypeAsync("결제");
        await Expect(rows.First).ToContainTextAsync("결제");
        foreach (var text in await rows.AllInnerTextsAsync()) Assert.Contains("결제", text);
        await member.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task Finance_may_not_unmask_and_the_server_says_so()
    {
        var member = new MemberPage(await portal.SignedInPageAsync("finance"));
        await member.OpenAsync("M00000001");
        await member.RevealButton("email").ClickAsync();
        await member.UnmaskReason.FillAsync("재무 대사 중 확인 필요");
        await member.UnmaskConfirm.ClickAsync();
        await Expect(member.Snackbar).ToContainTextAsync("권한이 없습니다");
        await Expect(member.Field("email")).ToContainTextAsync("***@example.com");
        await member.SnackbarGoneAsync();
        await member.CheckAccessibilityAsync();
    }
}
