using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Statements;

/// <summary>
/// The four documents through the real services and the real PDF pipeline (Chromium), checked with pdftotext: the
/// document number, masked card numbers only, the totals; the statement's balances against the ledger.
/// </summary>
public class StatementDocumentTests
{
    private static async Task<string> Last4Async(Harness h, long cardId)
    {
        await using var db = await h.DbAsync();
        return await db.Cards.Where(c => c.Id == cardId).Select(c => c.Last4).SingleAsync();
    }

    [Fact]
    public async Task The_statement_balances_against_the_ledger_and_its_pdf_shows_the_number_the_masked_card_and_the_totals()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var card = await NewCardAsync(h, holder: "정내역");
        await TopUpAsync(h, card, 50_000, DaysAgo(h, 40));
        await PayAsync(h, card, 12_000, DaysAgo(h, 30));
        await TopUpAsync(h, card, 30_000, DaysAgo(h, 10));
        await PayAsync(h, card, 7_500, DaysAgo(h, 5));
        await CancelPaymentAsync(h, card, 2_500, DaysAgo(h, 4));
        await MoveAsync(h, card, -3_000, DaysAgo(h, 3)); // card → e음머니: out of the card, into e-money
        h.Actor.Current = TestActor.Agent;
        var today = h.Clock.TodayKst();
        var from = today.AddDays(-20);

        var statement = await h.Get<StatementQueries>().TransactionStatementAsync(card.MemberId, card.CardId, from, today);

        Assert.True(statement.Result.Balances);
        Assert.Equal((38_000L, 32_500L, 10_500L, 60_000L),
            (statement.Result.Opening, statement.Result.MoneyIn, statement.Result.MoneyOut, statement.Result.Closing));
        await using (var db = await h.DbAsync())
        {
            // The closing balance of a period ending today is the ledger's balance; every line's balance after is the posting's.
            Assert.Equal(await db.Accounts.Where(a => a.Id == card.AccountId).Select(a => a.Balance).SingleAsync(), statement.Result.Closing);
            var start = KoreanTime.StartOfDay(from);
            var ledger = await db.Postings.Where(p => p.AccountId == card.AccountId && p.JournalEntry!.OccurredAt >= start)
                .OrderBy(p => p.JournalEntryId).Select(p => p.BalanceAfter).ToListAsync();
            Assert.Equal(ledger, statement.Result.Lines.Select(l => l.BalanceAfter));
            var memberMoney = await db.Accounts.Where(a => a.MemberId == card.MemberId
                && (a.Kind == AccountKind.CardBalance || a.Kind == AccountKind.Emoney || a.Kind == AccountKind.Cashback)).SumAsync(a => a.Balance);
            var all = await h.Get<StatementQueries>().TransactionStatementAsync(card.MemberId, null, from, today);
            Assert.True(all.Result.Balances);
            Assert.Equal(memberMoney, all.Result.Closing);
            Assert.Equal(statement.Result.Lines.Count + 1, all.Result.Lines.Count); // the e음머니 side of the move
        }

        var statements = h.Get<StatementService>();
        var draft = await statements.StatementAsync(card.MemberId, card.CardId, from, today);
        var preview = await statements.PreviewAsync(draft);
        Assert.Contains(DocumentContext.PreviewNumber, preview);
        PdfText.AssertNoFullCardNumber(preview);

        var pdf = await statements.IssueAsync(draft, "회원 서면 요청", "statement-test-1");
        var text = await PdfText.ExtractAsync(pdf.Content);
        var last4 = await Last4Async(h, card.CardId);
        Assert.Contains(pdf.Number, text);
        Assert.Contains("거래내역서", text);
        Assert.Contains($"**** **** **** {last4}", text);
        Assert.Contains("38,000원", text);
        Assert.Contains("60,000원", text);
        PdfText.AssertNoFullCardNumber(text);

        var reprint = await statements.ReprintAsync(pdf.Number, "회원 재요청");
        Assert.Equal(pdf.Content, reprint.Content);
        var listed = Assert.Single((await h.Get<StatementQueries>().DocumentsAsync(new DocumentFilter(MemberId: card.MemberId), 0, 10)).Rows);
        Assert.Equal((pdf.Number, StatementKinds.TransactionStatement, 2), (listed.Number, listed.Kind, listed.Prints));
        await using var check = await h.DbAsync();
        Assert.Equal(1, await check.AuditRecords.CountAsync(a => a.Action == "document.reprint" && a.EntityId == pdf.Number));
    }

    [Fact]
    public async Task A_statement_needs_a_reason_and_a_valid_period()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var card = await NewCardAsync(h);
        h.Actor.Current = TestActor.Agent;
        var statements = h.Get<StatementService>();
        var today = h.Clock.TodayKst();
        var draft = await statements.StatementAsync(card.MemberId, card.CardId, today.AddDays(-7), today);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => statements.IssueAsync(draft, " ", "statement-test-2"));
        Assert.Equal("발급 사유를 2자 이상 200자 이하로 입력하세요.", refused.Message);
        var future = await Assert.ThrowsAsync<BusinessRuleException>(() => statements.StatementAsync(card.MemberId, card.CardId, today, today.AddDays(1)));
        Assert.Equal("종료일은 오늘 이후일 수 없습니다.", future.Message);
        await using var db = await h.DbAsync();
        Assert.Equal(0, await db.IssuedDocuments.CountAsync());
    }

    [Fact]
    public async Task The_lost_card_receipt_refund_letter_and_payout_summary_print_their_numbers_masked_accounts_and_totals()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var statements = h.Get<StatementService>();

        // Lost-card receipt.
        var lost = await NewCardAsync(h);
        await TopUpAsync(h, lost, 20_000, DaysAgo(h, 3));
        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var receipt = await h.Get<LostCardService>().ReportAsync(new LostCardCommand(lost.CardId, LossKind.Lost, ReportChannel.Phone, "", "lost-doc-1"));
        var receiptPdf = await statements.IssueAsync(await statements.LostCardReceiptAsync(receipt.ReportNo), "회원 요청", "lost-doc-pdf-1");
        var receiptText = await PdfText.ExtractAsync(receiptPdf.Content);
        Assert.Contains(receiptPdf.Number, receiptText);
        Assert.Contains(receipt.ReportNo, receiptText);
        Assert.Contains($"**** **** **** {await Last4Async(h, lost.CardId)}", receiptText);
        Assert.Contains("20,000원", receiptText);
        Assert.Contains("004 제13조", receiptText);
        PdfText.AssertNoFullCardNumber(receiptText);

        // Three approved refunds (36,000 each) in a batch whose transfer file has been downloaded.
        var items = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var card = await NewCardAsync(h);
            await TopUpAsync(h, card, 100_000, DaysAgo(h, 10));
            await PayAsync(h, card, 64_000, DaysAgo(h, 2));
            h.Actor.Current = TestActor.Agent;
            await h.StepUpAsync();
            var filed = await FileAsync(h, card, RefundKind.BalanceRefund);
            h.Actor.Current = TestActor.Finance;
            await h.StepUpAsync();
            await h.Get<RefundApprovalService>().ApproveAsync((await RequestAsync(h, filed.RequestNo)).Id, ApprovalStep.Finance);
            items.Add(filed.RequestNo);
        }
        var batchNo = await h.Get<PayoutService>().CreateBatchAsync();
        h.Actor.Current = TestActor.Finance2;
        await h.StepUpAsync();
        var file = await h.Get<PayoutService>().TransferFileAsync(batchNo);

        var letter = await statements.IssueAsync(await statements.RefundLetterAsync(items[0]), "회원 요청", "refund-doc-1");
        var letterText = await PdfText.ExtractAsync(letter.Content);
        var request = await RequestAsync(h, items[0]);
        Assert.Contains(letter.Number, letterText);
        Assert.Contains(items[0], letterText);
        Assert.Contains("36,000원", letterText);
        Assert.Contains($"정책 버전 {request.PolicyVersion}", letterText);
        Assert.Contains(Fmt.Date(request.DueBy), letterText);
        Assert.DoesNotContain("12345678901234", letterText);

        var summary = await statements.IssueAsync(await statements.PayoutBatchAsync(batchNo), "지급 증빙", "batch-doc-1");
        var summaryText = await PdfText.ExtractAsync(summary.Content);
        Assert.Contains(summary.Number, summaryText);
        Assert.Contains(batchNo, summaryText);
        Assert.Contains("3건", summaryText);
        Assert.Contains("108,000원", summaryText);
        Assert.Contains("******1234", summaryText);
        Assert.DoesNotContain("12345678901234", summaryText);
        Assert.Contains(DocumentIssuer.Sha256Hex(file.Content), summaryText.Replace("\n", "").Replace(" ", ""));
        Assert.Contains("재무 ", summaryText);
    }
}

/// <summary>A long statement prints on several pages: every line is there, the table header repeats on each page.</summary>
public class LongStatementTests
{
    [Fact]
    public async Task A_statement_of_300_lines_spans_pages_with_every_line_and_the_header_on_each_page()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 1_000_000, DaysAgo(h, 30));
        for (var i = 0; i < 299; i++) await PayAsync(h, card, 1_000 + i, DaysAgo(h, 29 - i * 0.09));
        h.Actor.Current = TestActor.Agent;
        var today = h.Clock.TodayKst();
        var statements = h.Get<StatementService>();
        var draft = await statements.StatementAsync(card.MemberId, card.CardId, today.AddDays(-31), today);
        var statement = (TransactionStatement)draft.Parameters[nameof(TransactionStatementDocument.Statement)]!;
        Assert.Equal(300, statement.Result.Lines.Count);
        Assert.True(statement.Result.Balances);

        var pdf = await statements.IssueAsync(draft, "회원 서면 요청", "statement-long-1");
        var text = await PdfText.ExtractAsync(pdf.Content);
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count > 1, $"{pages.Count} page(s)");
        Assert.All(pages, p => Assert.Contains(pdf.Number, p));
        Assert.All(pages.Skip(1), p => Assert.Contains("거래 후 잔액", p));
        Assert.Equal(299, System.Text.RegularExpressions.Regex.Matches(text, "결제 ").Count);
        Assert.Contains(KoreanWon.Format(statement.Result.Closing), text);
        PdfText.AssertNoFullCardNumber(text);
    }
}

/// <summary>Who may preview, issue and list documents: IssueDocuments (ASFC-); the Admin may not.</summary>
public class StatementPermissionTests
{
    [Fact]
    public async Task An_admin_cannot_preview_issue_or_list_documents()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var card = await NewCardAsync(h);
        h.Actor.Current = TestActor.Agent;
        var statements = h.Get<StatementService>();
        var today = h.Clock.TodayKst();
        var draft = await statements.StatementAsync(card.MemberId, null, today.AddDays(-7), today);

        h.Actor.Current = TestActor.Admin;
        Assert.Contains(Permission.IssueDocuments.Label(), (await Assert.ThrowsAsync<ForbiddenException>(() => statements.PreviewAsync(draft))).Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => statements.IssueAsync(draft, "회원 요청", "statement-admin-1"));
        await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<StatementQueries>().DocumentsAsync(new DocumentFilter(), 0, 10));
        h.Actor.Current = TestActor.Agent;
        Assert.Equal(0, (await h.Get<StatementQueries>().DocumentsAsync(new DocumentFilter(), 0, 10)).Total);
    }
}
