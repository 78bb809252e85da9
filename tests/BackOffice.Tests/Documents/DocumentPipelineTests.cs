using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BackOffice.Tests.Documents;

/// <summary>
/// The document pipeline through the real services on a real database and the system Chromium: a 1,000-row document
/// read back with poppler, hashes, reprints, idempotency, void numbers, concurrency, a browser that dies, the time limit,
/// the one-time download and the retention job.
/// </summary>
public partial class DocumentPipelineTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private static DocumentRequest Request(string key, int rows, long? memberId = null) =>
        new("test", "시험 문서", memberId, "시험", "회원 요청 발급", key, new Dictionary<string, object?> { ["Rows"] = rows });

    [GeneratedRegex(@"(\d+) / (\d+)")]
    private static partial Regex PageNumber();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_thousand_row_document_prints_with_number_Korean_text_page_numbers_and_a_hash_that_verifies(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var issuer = h.Get<DocumentIssuer>();

        var pdf = await issuer.IssueAsync(typeof(SampleDocument), Request("thousand", 1000));

        var text = await PdfTools.TextAsync(pdf.Content);
        var pages = await PdfTools.PagesAsync(pdf.Content);
        Assert.True(pages > 10, $"1,000 rows on {pages} pages");
        Assert.Matches(@"^D\d{8}-\d{6}$", pdf.Number);
        Assert.Contains($"문서번호 {pdf.Number}", text, StringComparison.Ordinal);    // the header on every page
        Assert.Equal(pages, Regex.Matches(text, $"문서번호 {pdf.Number}").Count);
        Assert.Contains("발급자 김상담", text, StringComparison.Ordinal);
        Assert.Contains("한글 거래 1", text, StringComparison.Ordinal);
        Assert.Contains("한글 거래 1000", text, StringComparison.Ordinal);
        Assert.Contains("1,000,000", text, StringComparison.Ordinal);
        var numbers = PageNumber().Matches(text).Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList();
        Assert.Equal(Enumerable.Range(1, pages).Select(n => (n, pages)), numbers);  // "n / N" on each page, in order
        for (var row = 1; row <= 1000; row++)                                      // every row once: no row cut by a page break
            Assert.Single(Regex.Matches(text, $@"^\s*{row}\s+한글 거래 {row}\s", RegexOptions.Multiline));

        await using var db = await h.DbAsync();
        var stored = await db.IssuedDocuments.Include(d => d.Prints).SingleAsync(d => d.Number == pdf.Number);
        Assert.Equal(IssuedDocumentStatus.Issued, stored.Status);
        Assert.Equal(pages, stored.PageCount);
        Assert.Equal(pdf.Content.Length, stored.Size);
        Assert.Equal(DocumentIssuer.Sha256Hex(pdf.Content), stored.Sha256);
        Assert.Equal("발급일로부터 5년 (운영 정책)", stored.RetentionRule);
        Assert.Equal(new DateOnly(2031, 11, 20), stored.RetainUntil);
        Assert.False(Assert.Single(stored.Prints).IsReprint);

        h.Actor.Current = TestActor.Compliance;
        Assert.True((await issuer.VerifyAsync(pdf.Number, pdf.Content)).Genuine);
        foreach (var at in new[] { 0, pdf.Content.Length / 2, pdf.Content.Length - 1 })
        {
            var changed = (byte[])pdf.Content.Clone();
            changed[at] ^= 0x01;
            var verdict = await issuer.VerifyAsync(pdf.Number, changed);
            Assert.False(verdict.Genuine);
            Assert.Equal("발급된 문서와 다릅니다. 파일이 바뀌었거나 다른 문서입니다.", verdict.Message);
        }
        var unknown = await issuer.VerifyAsync("D20991231-999999", pdf.Content);
        Assert.False(unknown.Genuine);
        Assert.Equal("이 번호로 발급된 문서가 없습니다.", unknown.Message);
        Assert.Equal(5, await db.AuditRecords.CountAsync(a => a.Action == "document.verify"));
    }

    [Fact]
    public async Task A_reprint_hands_out_the_same_bytes_under_the_same_number_and_is_logged_as_a_reprint()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var issuer = h.Get<DocumentIssuer>();
        var first = await issuer.IssueAsync(typeof(SampleDocument), Request("reprint", 40));
        h.Clock.Advance(TimeSpan.FromDays(3));
        h.Actor.Current = TestActor.Supervisor;

        var reprint = await issuer.ReprintAsync(first.Number, "회원 분실로 재출력");

        Assert.True(reprint.IsReprint);
        Assert.Equal(first.Number, reprint.Number);
        Assert.Equal(first.Content, reprint.Content);
        Assert.Equal(first.Sha256, reprint.Sha256);
        await using var db = await h.DbAsync();
        var prints = await db.DocumentPrints.Where(p => p.Document!.Number == first.Number).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal([false, true], prints.Select(p => p.IsReprint));
        Assert.Equal("박팀장", prints[1].PrintedByName);
        Assert.Equal("회원 분실로 재출력", prints[1].Reason);
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "document.reprint");
        Assert.Equal(first.Number, audit.EntityId);
        Assert.Equal("회원 분실로 재출력", audit.Reason);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.ReprintAsync(first.Number, " "));
        Assert.Equal("재출력 사유를 2자 이상 200자 이하로 입력하세요.", refused.Message);
        Assert.Equal("해당 번호로 발급된 문서가 없습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.ReprintAsync("D20991231-000001", "재출력 요청"))).Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_idempotency_key_issues_one_document_even_when_two_clicks_race(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var sequential = await h.Get<DocumentIssuer>().IssueAsync(typeof(SampleDocument), Request("double-1", 5));
        var again = await h.Get<DocumentIssuer>().IssueAsync(typeof(SampleDocument), Request("double-1", 5));
        Assert.Equal(sequential.Number, again.Number);
        Assert.Equal(sequential.Content, again.Content);
        Assert.Null(again.DownloadToken); // a repeated command is not a new hand-out

        await using var a = h.SessionAs(TestActor.Agent);
        await using var b = h.SessionAs(TestActor.Agent);
        var results = await Task.WhenAll(
            Settle(a.Get<DocumentIssuer>().IssueAsync(typeof(SampleDocument), Request("double-2", 5))),
            Settle(b.Get<DocumentIssuer>().IssueAsync(typeof(SampleDocument), Request("double-2", 5))));
        var issued = results.Where(r => r.Pdf is not null).Select(r => r.Pdf!.Number).Distinct().ToList();
        Assert.Single(issued);
        foreach (var (_, error) in results.Where(r => r.Pdf is null))
            Assert.IsAssignableFrom<CommandRefusedException>(error);   // the loser is told in Korean, never a second number

        await using var db = await h.DbAsync();
        Assert.Equal(1, await db.IssuedDocuments.CountAsync(d => d.IdempotencyKey == "double-2"));
        Assert.Equal(2, await db.IssuedDocuments.CountAsync());
        Assert.Equal(2, await db.DocumentPrints.CountAsync());
    }

    private static async Task<(IssuedPdf? Pdf, Exception? Error)> Settle(Task<IssuedPdf> task)
    {
        try
        {
            return (await task, null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_document_that_fails_to_print_leaves_its_number_void_and_the_next_one_gets_a_new_number(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var issuer = h.Get<DocumentIssuer>();

        await Assert.ThrowsAnyAsync<Exception>(() => issuer.IssueAsync(typeof(FailingDocument), Request("fails", 1) with { Kind = "fail" }));
        var next = await issuer.IssueAsync(typeof(SampleDocument), Request("after-failure", 3));

        await using var db = await h.DbAsync();
        var failed = await db.IssuedDocuments.SingleAsync(d => d.Kind == "fail");
        Assert.Equal(IssuedDocumentStatus.Void, failed.Status);
        Assert.Equal("문서 출력 중 오류가 났습니다.", failed.FailureReason);
        Assert.Empty(failed.Content);
        Assert.NotEqual(failed.Number, next.Number);
        Assert.Equal(failed.Number, (await db.AuditRecords.SingleAsync(a => a.Action == "document.void")).EntityId);
        Assert.Equal(0, await db.DocumentPrints.CountAsync(p => p.DocumentId == failed.Id));
        Assert.Equal("출력에 실패해 무효 처리된 번호입니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.ReprintAsync(failed.Number, "재출력 요청"))).Message);
        h.Actor.Current = TestActor.Compliance;
        Assert.False((await issuer.VerifyAsync(failed.Number, [1, 2, 3])).Genuine);
    }

    [Fact]
    public async Task Ten_documents_at_once_all_print_on_the_warm_pages_of_one_browser()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var sessions = Enumerable.Range(0, 10).Select(_ => h.SessionAs(TestActor.Agent)).ToList();
        try
        {
            var pdfs = await Task.WhenAll(sessions.Select((s, i) =>
                s.Get<DocumentIssuer>().IssueAsync(typeof(SampleDocument), Request($"ten-{i}", 200))));

            Assert.Equal(10, pdfs.Select(p => p.Number).Distinct().Count());
            foreach (var pdf in pdfs)
                Assert.Contains($"문서번호 {pdf.Number}", await PdfTools.TextAsync(pdf.Content), StringComparison.Ordinal);
            var printer = h.Get<PdfPrinter>();
            Assert.Equal(1, printer.BrowserStarts);
            Assert.InRange(printer.PagesOpened, 1, new PdfPrinterOptions().MaxConcurrency); // pages reused, not one per document
            await using var db = await h.DbAsync();
            Assert.Equal(10, await db.IssuedDocuments.CountAsync(d => d.Status == IssuedDocumentStatus.Issued));
        }
        finally
        {
            foreach (var s in sessions) await s.DisposeAsync();
        }
    }

    [Fact]
    public async Task When_the_browser_dies_the_next_document_still_prints_on_a_new_one()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var issuer = h.Get<DocumentIssuer>();
        var printer = h.Get<PdfPrinter>();
        await issuer.IssueAsync(typeof(SampleDocument), Request("before-kill", 5));
        Assert.Equal(1, printer.BrowserStarts);

        Assert.Equal(1, PdfTools.KillBrowser(printer));
        var after = await issuer.IssueAsync(typeof(SampleDocument), Request("after-kill", 5));

        Assert.Contains($"문서번호 {after.Number}", await PdfTools.TextAsync(after.Content), StringComparison.Ordinal);
        Assert.Equal(2, printer.BrowserStarts);
        Assert.Equal(1, PdfTools.KillBrowser(printer)); // and again
        await issuer.IssueAsync(typeof(SampleDocument), Request("after-second-kill", 5));
        Assert.Equal(3, printer.BrowserStarts);
    }

    [Fact]
    public async Task A_document_over_the_time_limit_is_refused_in_Korean_and_the_printer_keeps_working()
    {
        var options = new PdfPrinterOptions { TimeoutSeconds = 0.001 };
        await using var printer = new PdfPrinter(Options.Create(options), NullLogger<PdfPrinter>.Instance);
        var html = "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<p>한글 {i}</p>")) + "</body></html>";

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => printer.PrintAsync(html, "<span></span>", CancellationToken.None));
        Assert.Equal("문서 출력이 0.001초 안에 끝나지 않았습니다. 잠시 후 다시 시도하세요.", refused.Message);

        options.TimeoutSeconds = 60; // the same printer, a sane limit: the timed-out page was not handed on
        var pdf = await printer.PrintAsync("<!DOCTYPE html><html><body><p>한글</p></body></html>", "<span></span>", CancellationToken.None);
        Assert.Contains("한글", await PdfTools.TextAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_over_the_time_limit_through_the_issuer_voids_its_number()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var options = h.Get<IOptions<PdfPrinterOptions>>().Value;
        options.TimeoutSeconds = 0.001;
        var issuer = h.Get<DocumentIssuer>();

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.IssueAsync(typeof(SampleDocument), Request("slow", 1000)));
        Assert.Contains("초 안에 끝나지 않았습니다", refused.Message, StringComparison.Ordinal);

        await using var db = await h.DbAsync();
        var doc = await db.IssuedDocuments.SingleAsync();
        Assert.Equal(IssuedDocumentStatus.Void, doc.Status);
        Assert.Equal(refused.Message, doc.FailureReason);
    }

    [Fact]
    public async Task Missing_Chromium_or_fonts_are_reported_in_Korean_with_the_install_command()
    {
        var noBrowser = new PdfPrinter(Options.Create(new PdfPrinterOptions { ChromiumPath = "/nonexistent/chromium" }), NullLogger<PdfPrinter>.Instance);
        Assert.Equal("PDF를 만들 Chromium이 설치되어 있지 않습니다(/nonexistent/chromium). 서버에서 설치하세요: sudo apt-get install -y chromium fonts-nanum",
            noBrowser.Unavailable());
        var noFonts = new PdfPrinter(Options.Create(new PdfPrinterOptions { FontFolder = "/nonexistent/nanum" }), NullLogger<PdfPrinter>.Instance);
        Assert.Equal("PDF에 쓸 한글 글꼴(나눔)이 설치되어 있지 않습니다(/nonexistent/nanum). 서버에서 설치하세요: sudo apt-get install -y chromium fonts-nanum",
            noFonts.Unavailable());
        Assert.Null(new PdfPrinter(Options.Create(new PdfPrinterOptions()), NullLogger<PdfPrinter>.Instance).Unavailable()); // this machine has both
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => noBrowser.PrintAsync("<p>x</p>", "", CancellationToken.None));
        Assert.Equal(noBrowser.Unavailable(), refused.Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_download_link_works_once_for_the_staff_member_it_was_handed_to(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var issuer = h.Get<DocumentIssuer>();
        var pdf = await issuer.IssueAsync(typeof(SampleDocument), Request("download", 5));
        Assert.NotNull(pdf.DownloadToken);
        Assert.Equal($"/documents/{pdf.Number}.pdf?token={pdf.DownloadToken}", pdf.DownloadUrl);
        const string refusedText = "내려받기 링크가 올바르지 않거나 이미 사용되었거나 만료되었습니다. 문서 목록에서 재출력하세요.";

        h.Actor.Current = TestActor.Agent2;   // another agent with the same link
        Assert.Equal(refusedText, (await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.DownloadAsync(pdf.Number, pdf.DownloadToken!))).Message);
        h.Actor.Current = TestActor.Admin;    // no IssueDocuments
        await Assert.ThrowsAsync<ForbiddenException>(() => issuer.DownloadAsync(pdf.Number, pdf.DownloadToken!));
        h.Actor.Current = TestActor.Agent;
        Assert.Equal(refusedText, (await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.DownloadAsync(pdf.Number, "0" + pdf.DownloadToken![1..]))).Message);

        var file = await issuer.DownloadAsync(pdf.Number, pdf.DownloadToken!);
        Assert.Equal(pdf.Content, file.Content);
        Assert.False(file.IsReprint);
        Assert.Equal(refusedText, (await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.DownloadAsync(pdf.Number, pdf.DownloadToken!))).Message);

        var reprint = await issuer.ReprintAsync(pdf.Number, "재출력 요청");
        h.Clock.Advance(DocumentIssuer.DownloadTokenLifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(refusedText, (await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.DownloadAsync(pdf.Number, reprint.DownloadToken!))).Message);

        await using var db = await h.DbAsync();
        var download = await db.AuditRecords.SingleAsync(a => a.Action == "document.download");
        Assert.Equal(pdf.Number, download.EntityId);
        Assert.Equal("agent-id", download.ActorId);
        var prints = await db.DocumentPrints.OrderBy(p => p.Id).ToListAsync();
        Assert.NotNull(prints[0].DownloadedAt);
        Assert.Null(prints[0].DownloadTokenHash);
        Assert.Null(prints[1].DownloadedAt);
    }

    [Fact]
    public async Task The_retention_job_deletes_expired_files_keeps_the_row_and_hash_and_audits()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var issuer = h.Get<DocumentIssuer>();
        var old = await issuer.IssueAsync(typeof(SampleDocument), Request("old", 5));
        h.Clock.Advance(TimeSpan.FromDays(400));
        var young = await issuer.IssueAsync(typeof(SampleDocument), Request("young", 5));

        Assert.Equal("보존 기간이 지난 문서 파일 삭제 0건", (await h.RunJobAsync<PurgeExpiredDocumentsJob>()).Message);
        h.Clock.Advance(TimeSpan.FromDays(5 * 365 - 400 + 2)); // past the first one's RetainUntil (2031-11-20), not the second's
        Assert.Equal("보존 기간이 지난 문서 파일 삭제 1건", (await h.RunJobAsync<PurgeExpiredDocumentsJob>()).Message);
        Assert.Equal("보존 기간이 지난 문서 파일 삭제 0건", (await h.RunJobAsync<PurgeExpiredDocumentsJob>()).Message); // idempotent

        await using var db = await h.DbAsync();
        var purged = await db.IssuedDocuments.SingleAsync(d => d.Number == old.Number);
        Assert.Empty(purged.Content);
        Assert.NotNull(purged.ContentDeletedAt);
        Assert.Equal(old.Sha256, purged.Sha256);
        Assert.Equal(IssuedDocumentStatus.Issued, purged.Status);
        Assert.NotEmpty((await db.IssuedDocuments.SingleAsync(d => d.Number == young.Number)).Content);
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "document.purge");
        Assert.Equal(old.Number, audit.EntityId);
        Assert.Equal("보존 기간 경과 (발급일로부터 5년 (운영 정책))", audit.Reason);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => issuer.ReprintAsync(old.Number, "재출력 요청"));
        Assert.StartsWith("보존 기간(2031-11-20까지", refused.Message, StringComparison.Ordinal);
        h.Actor.Current = TestActor.Compliance;
        Assert.True((await issuer.VerifyAsync(old.Number, old.Content)).Genuine); // a paper copy still verifies by its hash
    }

    [Fact]
    public async Task A_statement_for_a_member_with_a_Hanaro_card_keeps_the_file_five_years_citing_the_terms()
    {
        await using var h = await Harness.StartAsync("sqlite", demoMembers: 60);
        await using var db = await h.DbAsync();
        var memberId = await db.Cards.Where(c => c.MemberId != null && c.Program!.Code == ProgramPresets.Hanaro)
            .Select(c => c.MemberId!.Value).FirstAsync();

        var pdf = await h.Get<DocumentIssuer>().IssueAsync(typeof(SampleDocument), Request("hanaro", 3, memberId));

        var doc = await db.IssuedDocuments.AsNoTracking().SingleAsync(d => d.Number == pdf.Number);
        Assert.Contains("003 하나로 제16조①", doc.RetentionRule, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 11, 20), doc.RetainUntil);
    }

    [Fact]
    public async Task A_number_left_printing_by_a_stopped_process_is_voided_by_the_job()
    {
        await using var h = await Harness.StartAsync("sqlite");
        await h.Writer.ExecuteAsync(async (db, ct) =>
        {
            db.IssuedDocuments.Add(new IssuedDocument
            {
                Number = "D20261120-999999",
                Kind = "test",
                Title = "시험",
                Status = IssuedDocumentStatus.Printing,
                Subject = "시험",
                Reason = "시험",
                IssuedBy = "agent-id",
                IssuedByName = "김상담",
                IssuedAt = h.Clock.GetUtcNow(),
                RetainUntil = new DateOnly(2031, 11, 20),
                RetentionRule = "운영 정책",
                IdempotencyKey = "stale",
            });
            await Task.CompletedTask;
        });
        Assert.Equal("보존 기간이 지난 문서 파일 삭제 0건", (await h.RunJobAsync<PurgeExpiredDocumentsJob>()).Message); // still printing, maybe
        h.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal("보존 기간이 지난 문서 파일 삭제 0건, 중단된 발급 번호 무효 1건", (await h.RunJobAsync<PurgeExpiredDocumentsJob>()).Message);

        await using var db = await h.DbAsync();
        Assert.Equal(IssuedDocumentStatus.Void, (await db.IssuedDocuments.SingleAsync()).Status);
        Assert.Equal("D20261120-999999", (await db.AuditRecords.SingleAsync(a => a.Action == "document.void")).EntityId);
        var repeated = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            h.Get<DocumentIssuer>().IssueAsync(typeof(SampleDocument), Request("stale", 1)));
        Assert.StartsWith("같은 발급 요청(D20261120-999999)은 출력에 실패해 무효 처리되었습니다", repeated.Message, StringComparison.Ordinal);
    }
}
