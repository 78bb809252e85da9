using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// A paper statement request (issue 13 item 5; 003 하나로 제15조④, 캐시비 제13조②): the transaction statement is issued
/// through the document pipeline (<see cref="StatementService"/> → <see cref="DocumentIssuer"/>: a numbered PDF, its
/// reason and audit), recorded with the case (<see cref="PaperStatementMailing"/>), then its mailing is recorded
/// (registered-mail number or a note, who, when). Closing the case as 교부 완료 is the case's own close (the lead wires
/// it at merge: <see cref="MarkMailedAsync"/> leaves the case open).
/// </summary>
public sealed class PaperStatementService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, StatementService statements)
{
    public const int MaxMailingReference = 100;

    public async Task<PaperStatementContext> ContextAsync(string caseNumber, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == caseNumber, ct) ?? throw CaseAdjustmentService.NotFound();
        var cards = await db.Cards.AsNoTracking().Where(x => x.MemberId == c.MemberId).OrderBy(x => x.Id).Select(x => new { x.Id, x.Last4 }).ToListAsync(ct);
        var issued = await db.PaperStatementMailings.AsNoTracking().Where(m => m.CaseId == c.Id).OrderBy(m => m.Id).ToListAsync(ct);
        return new PaperStatementContext(c.Number, c.MemberId, c.Status, c.ReceivedAt, cards.Select(x => (x.Id, CardNumber.Mask(x.Last4))).ToList(),
            issued.Select(m => new PaperStatementRow(m.Id, m.DocumentNumber, m.IssuedAt, m.MailedAt, m.MailingReference, m.MailedByName)).ToList());
    }

    /// <summary>Issues the statement PDF for the period and records it with the case. The same key again returns the same document.</summary>
    public async Task<IssuedPdf> IssueAsync(IssuePaperStatementCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCases);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        ServiceCase c;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == command.CaseNumber, ct) ?? throw CaseAdjustmentService.NotFound();
            if (c.Type != CaseType.PaperStatement) throw new BusinessRuleException("거래내역 서면 교부 사건에서만 내역서를 발급할 수 있습니다.");
            if (c.Status == CaseStatus.Closed) throw new BusinessRuleException("종결된 사건입니다.");
            if (c.ClockRuleKey.Length > 0 && CaseClockRules.Get(c.ClockRuleKey).Start == ClockStart.IdentityConfirmed && c.IdentityConfirmedAt is null)
                throw new BusinessRuleException("본인 확인 후 발급합니다 (003 캐시비 제13조②). 사건에서 본인 확인을 먼저 기록하세요.");
            if (command.CardId is { } cardId && !await db.Cards.AnyAsync(x => x.Id == cardId && x.MemberId == c.MemberId, ct))
                throw new BusinessRuleException("이 회원의 카드만 고를 수 있습니다.");
        }
        if (command.From > command.To) throw new BusinessRuleException("기간의 시작일이 종료일보다 늦습니다.");
        if (command.To > clock.TodayKst()) throw new BusinessRuleException("기간은 오늘까지만 고를 수 있습니다.");

        var draft = await statements.StatementAsync(c.MemberId, command.CardId, command.From, command.To, ct);
        var pdf = await statements.IssueAsync(draft, $"거래내역 서면 교부 요청 {c.Number}", key, ct);

        await writer.ExecuteAsync(async (db, token) =>
        {
            if (await db.PaperStatementMailings.AnyAsync(m => m.CaseId == c.Id && m.DocumentNumber == pdf.Number, token)) return;
            var tracked = await db.Cases.FirstAsync(x => x.Id == c.Id, token);
            var now = clock.GetUtcNow();
            db.PaperStatementMailings.Add(new PaperStatementMailing { CaseId = c.Id, DocumentNumber = pdf.Number, IssuedAt = now });
            tracked.Version++;
            db.CaseEvents.Add(CaseAdjustmentService.Event(tracked, now, "statement.issued", actor,
                $"거래내역서 {pdf.Number} 발급 ({command.From:yyyy-MM-dd}~{command.To:yyyy-MM-dd}) · 우편 발송 기록 대기"));
            db.Record(actor, now, "case.statement.issue", "ServiceCase", c.Number, null,
                new { document = pdf.Number, command.From, command.To, command.CardId }, memberId: c.MemberId);
            await db.SaveChangesAsync(token);
        }, ct);
        return pdf;
    }

    /// <summary>Records the mailing of an issued statement: a registered-mail number or a note on how it was sent.</summary>
    public async Task MarkMailedAsync(string caseNumber, long mailingId, string reference, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCases);
        reference = reference?.Trim() ?? "";
        if (reference.Length < 2) throw new BusinessRuleException("등기번호 또는 발송 방법을 2자 이상 입력하세요.");
        if (reference.Length > MaxMailingReference) throw new BusinessRuleException($"발송 정보는 {MaxMailingReference}자 이하로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var c = await db.Cases.FirstOrDefaultAsync(x => x.Number == caseNumber, token) ?? throw CaseAdjustmentService.NotFound();
            var m = await db.PaperStatementMailings.FirstOrDefaultAsync(x => x.Id == mailingId && x.CaseId == c.Id, token)
                ?? throw new BusinessRuleException("이 사건에서 발급한 내역서가 아닙니다.");
            if (m.MailedAt is not null)
            {
                if (m.MailingReference == reference) return; // the same click twice
                throw new BusinessRuleException($"이미 발송 기록이 있습니다 ({m.MailedAt.Value.ToKst():yyyy-MM-dd HH:mm} {m.MailedByName}: {m.MailingReference}).");
            }
            var now = clock.GetUtcNow();
            (m.MailedAt, m.MailingReference, m.MailedById, m.MailedByName) = (now, reference, actor.Id, actor.Name);
            c.Version++;
            db.CaseEvents.Add(CaseAdjustmentService.Event(c, now, "statement.mailed", actor, $"거래내역서 {m.DocumentNumber} 우편 발송: {reference}"));
            db.Record(actor, now, "case.statement.mail", "ServiceCase", c.Number, null, new { document = m.DocumentNumber, reference }, memberId: c.MemberId);
            await db.SaveChangesAsync(token);
        }, ct);
    }
}
