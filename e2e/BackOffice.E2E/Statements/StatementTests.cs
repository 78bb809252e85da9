using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.E2E.Statements;

[Collection(PortalCollection.Name)]
public class StatementTests(PortalFixture portal)
{
    [Fact]
    public async Task An_agent_previews_and_issues_a_statement_a_reprint_is_logged_and_the_file_verifies_while_a_changed_byte_does_not()
    {
        var page = await portal.SignedInPageAsync("agent");
        var member = new MemberPage(page);
        await member.OpenAsync("M00000005");
        await page.GetByTestId("statement-open").ClickAsync();

        var dialog = new DocumentDialog(page);
        await Expect(dialog.StatementDialog).ToBeVisibleAsync();
        await dialog.StatementPreview.ClickAsync();
        await Expect(dialog.Root).ToBeVisibleAsync();
        await Expect(dialog.PreviewFrame.Locator("h1")).ToHaveTextAsync("거래내역서");
        await Expect(dialog.PreviewFrame.Locator(".preview")).ToContainTextAsync("미리보기");
        await portal.ScreenshotAsync(page, "statement-preview");

        // Refused without a reason: nothing issued.
        await dialog.Issue.ClickAsync();
        await Expect(dialog.Error).ToHaveTextAsync("발급 사유를 2자 이상 입력하세요.");
        await Expect(dialog.Issued).ToHaveCountAsync(0);

        await dialog.Reason.FillAsync("회원 서면 요청 (e2e)");
        var download = await page.RunAndWaitForDownloadAsync(() => dialog.Issue.ClickAsync());
        Assert.Matches(new Regex(@"^D\d{8}-\d{6}\.pdf$"), download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"e2e-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        var pdf = await File.ReadAllBytesAsync(file);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf[..4]));
        File.Delete(file);
        await Expect(dialog.Issued).ToBeVisibleAsync();
        var number = (await dialog.Number.InnerTextAsync()).Trim();
        Assert.Equal(download.SuggestedFilename, number + ".pdf");
        await dialog.Close.ClickAsync();
        await Expect(dialog.Root).ToHaveCountAsync(0);

        // The member's "발급 문서" tab lists it; a reprint asks a reason, hands out the same number and is counted.
        await member.Tab("발급 문서").ClickAsync();
        var documents = new IssuedDocuments(page);
        var row = documents.Row(number);
        await Expect(IssuedDocuments.Prints(row)).ToHaveTextAsync("1");
        await IssuedDocuments.Reprint(row).ClickAsync();
        var reason = new ReasonPrompt(page);
        var again = await page.RunAndWaitForDownloadAsync(() => reason.SubmitAsync("회원 재요청 (e2e)"));
        Assert.Equal(number + ".pdf", again.SuggestedFilename);
        await Expect(IssuedDocuments.Prints(row)).ToHaveTextAsync("2");
        await member.CheckAccessibilityAsync();
        await portal.ScreenshotAsync(page, "statement-documents-tab");

        // The /documents list finds it by number.
        await page.GotoAsync("/documents");
        await PortalFixture.WaitForCircuitAsync(page);
        await page.GetByTestId("documents-number").FillAsync(number);
        await page.GetByTestId("documents-search").ClickAsync();
        await Expect(documents.Rows).ToHaveCountAsync(1);
        await Expect(IssuedDocuments.Prints(documents.Row(number))).ToHaveTextAsync("2");

        // The verification page: the downloaded file is the one issued; one changed byte is not.
        var verify = new VerifyDocumentPage(page);
        await verify.OpenAsync();
        await verify.VerifyAsync(number, pdf);
        await Expect(verify.Result).ToHaveAttributeAsync("data-genuine", "true");
        await Expect(verify.Result).ToContainTextAsync("발급된 문서와 일치합니다");
        var changed = (byte[])pdf.Clone();
        changed[changed.Length / 2] ^= 1;
        await verify.VerifyAsync(number, changed);
        await Expect(verify.Result).ToHaveAttributeAsync("data-genuine", "false");
        await Expect(verify.Result).ToContainTextAsync("발급된 문서와 다릅니다");
        await portal.ScreenshotAsync(page, "statement-verified");
    }
}
