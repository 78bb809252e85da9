using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Documents;

[Collection(PortalCollection.Name)]
public class VerifyDocumentTests(PortalFixture portal)
{
    private static readonly byte[] SomePdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% not issued by the portal\n%%EOF\n");

    [Fact]
    public async Task A_file_under_an_unknown_number_is_not_genuine_and_no_readiness_warning_shows_where_Chromium_is_installed()
    {
        var verify = new VerifyDocumentPage(await portal.SignedInPageAsync("agent"));
        await verify.OpenAsync();
        await Expect(verify.Unavailable).ToHaveCountAsync(0);
        await verify.CheckAccessibilityAsync();

        await verify.VerifyAsync("D20991231-999999", SomePdf);

        await Expect(verify.Result).ToHaveAttributeAsync("data-genuine", "false");
        await Expect(verify.Result).ToContainTextAsync("진본 아님");
        await Expect(verify.Result).ToContainTextAsync("이 번호로 발급된 문서가 없습니다.");
        await portal.ScreenshotAsync(verify.Page, "documents-verify-unknown");
        await verify.CheckAccessibilityAsync();
    }

    [Fact]
    public async Task Without_a_file_the_page_asks_for_one_in_Korean()
    {
        var verify = new VerifyDocumentPage(await portal.SignedInPageAsync("agent"));
        await verify.OpenAsync();
        await verify.Number.FillAsync("D20261201-000001");
        await verify.Submit.ClickAsync();
        await Expect(verify.Error).ToHaveTextAsync("확인할 PDF 파일을 올려 주세요.");
    }
}
