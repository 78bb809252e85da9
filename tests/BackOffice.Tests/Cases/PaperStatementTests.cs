using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Cases.CaseResolutionScenario;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Cases;

/// <summary>
/// A paper statement request (issue 13 item 5; 003 하나로 제15조④): the statement issued through the real document
/// pipeline (numbered PDF), recorded with the case, then its mailing recorded.
/// </summary>
public class PaperStatementTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_statement_is_issued_recorded_and_its_mailing_recorded(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 50_000, DaysAgo(h, 20));
        await PayAsync(h, card, 12_000, DaysAgo(h, 10));
        var number = await OpenCaseAsync(h, card, CaseType.PaperStatement);
        var service = h.Get<PaperStatementService>();
        var today = h.Clock.TodayKst();
        var command = new IssuePaperStatementCommand(number, today.AddDays(-30), today, card.CardId, Guid.NewGuid().ToString("N"));

        var pdf = await service.IssueAsync(command);
        var repeat = await service.IssueAsync(command); // the same click twice: the same document, one record

        Assert.Equal(pdf.Number, repeat.Number);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Content, 0, 4));
        var context = await service.ContextAsync(number);
        var issued = Assert.Single(context.Issued);
        Assert.Equal((pdf.Number, (DateTimeOffset?)null), (issued.DocumentNumber, issued.MailedAt));

        var short_ = await Assert.ThrowsAsync<BusinessRuleException>(() => service.MarkMailedAsync(number, issued.Id, " "));
        Assert.Contains("2자 이상", short_.Message);
        await service.MarkMailedAsync(number, issued.Id, "등기 1234567890123");
        await service.MarkMailedAsync(number, issued.Id, "등기 1234567890123"); // the same click twice
        var other = await Assert.ThrowsAsync<BusinessRuleException>(() => service.MarkMailedAsync(number, issued.Id, "보통우편"));
        Assert.Contains("이미 발송 기록", other.Message);

        var mailed = Assert.Single((await service.ContextAsync(number)).Issued);
        Assert.Equal(("등기 1234567890123", "김상담"), (mailed.MailingReference, mailed.MailedByName));
        Assert.NotNull(mailed.MailedAt);
        var c = await CaseAsync(h, number);
        Assert.Equal(["opened", "notice.receipt", "statement.issued", "statement.mailed"], c.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.Equal(CaseStatus.Open, c.Status); // closing as 교부 완료 is the case's own close
        await using var db = await h.DbAsync();
        var document = await db.IssuedDocuments.SingleAsync(d => d.Number == pdf.Number);
        Assert.Equal((StatementKinds.TransactionStatement, card.MemberId), (document.Kind, document.MemberId));
        Assert.Contains(number, document.Reason);
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "case.statement.issue" && a.EntityId == number));
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "case.statement.mail" && a.EntityId == number));
    }

    [Fact]
    public async Task Only_paper_statement_cases_issue_and_the_period_is_checked()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var card = await NewCardAsync(h);
        var dispute = await OpenCaseAsync(h, card, CaseType.Dispute);
        var service = h.Get<PaperStatementService>();
        var today = h.Clock.TodayKst();
        var wrongType = await Assert.ThrowsAsync<BusinessRuleException>(() => service.IssueAsync(new IssuePaperStatementCommand(dispute, today.AddDays(-5), today, null, "k1")));
        Assert.Contains("서면 교부 사건에서만", wrongType.Message);

        var number = await OpenCaseAsync(h, card, CaseType.PaperStatement);
        var reversed = await Assert.ThrowsAsync<BusinessRuleException>(() => service.IssueAsync(new IssuePaperStatementCommand(number, today, today.AddDays(-5), null, "k2")));
        Assert.Contains("시작일", reversed.Message);
        var future = await Assert.ThrowsAsync<BusinessRuleException>(() => service.IssueAsync(new IssuePaperStatementCommand(number, today, today.AddDays(1), null, "k3")));
        Assert.Contains("오늘까지", future.Message);
        h.Actor.Current = TestActor.Finance; // may issue documents but does not handle cases
        await Assert.ThrowsAsync<ForbiddenException>(() => service.IssueAsync(new IssuePaperStatementCommand(number, today.AddDays(-5), today, null, "k4")));
    }
}
