using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Statements;

/// <summary>
/// Loads what the four documents print: the transaction statement from the ledger's postings, the payout batch
/// summary's approvers and transfer-file hash, and the issued-document lists. The lost-card receipt and the refund
/// letter read the workflows' own queries (<see cref="LostCardService.GetReceiptAsync"/>, <see cref="RefundQueries.DetailAsync"/>).
/// </summary>
public sealed class StatementQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, TimeProvider clock, NumberKeyRing numbers)
{
    private static readonly AccountKind[] MemberWide = [AccountKind.CardBalance, AccountKind.Emoney, AccountKind.Cashback];

    /// <summary>The statement of one card (<paramref name="cardId"/>) or of all the member's cards, e음머니 and 캐시백.</summary>
    public async Task<TransactionStatement> TransactionStatementAsync(long memberId, long? cardId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        if (StatementCalculator.PeriodProblem(from, to, clock.TodayKst()) is { } problem) throw new BusinessRuleException(problem);
        await using var db = await factory.CreateDbContextAsync(ct);
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.Id, m.MemberNo, m.Name }).FirstOrDefaultAsync(ct)
            ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
        var query = db.Accounts.AsNoTracking().Where(a => a.MemberId == memberId);
        query = cardId is { } card ? query.Where(a => a.CardId == card) : query.Where(a => MemberWide.Contains(a.Kind));
        var accounts = await query.OrderBy(a => a.Kind).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Kind, Last4 = a.Card != null ? a.Card.Last4 : null, Program = a.Card != null ? a.Card.Program!.Name : null })
            .ToListAsync(ct);
        if (cardId is not null && accounts.Count == 0) throw new BusinessRuleException("이 회원의 카드가 아닙니다.");
        var ids = accounts.Select(a => a.Id).ToList();

        var start = KoreanTime.StartOfDay(from);
        var end = KoreanTime.StartOfDay(to.AddDays(1));
        var opening = await db.Postings.Where(p => ids.Contains(p.AccountId) && p.JournalEntry!.OccurredAt < start)
            .GroupBy(p => p.AccountId).Select(g => new { g.Key, Sum = g.Sum(p => p.Amount) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        foreach (var id in ids) opening.TryAdd(id, 0);
        var movements = await db.Postings.AsNoTracking()
            .Where(p => ids.Contains(p.AccountId) && p.JournalEntry!.OccurredAt >= start && p.JournalEntry!.OccurredAt < end)
            .Select(p => new StatementMovement(p.Id, p.AccountId, p.JournalEntry!.OccurredAt, p.JournalEntry.Type, p.Amount,
                p.JournalEntry.Merchant != null ? p.JournalEntry.Merchant.Name : "", p.JournalEntry.Description))
            .ToListAsync(ct);

        var labels = accounts.Select(a => new StatementAccount(a.Id, a.Kind switch
        {
            AccountKind.CardBalance => $"{CardNumber.Mask(a.Last4 ?? "")} ({a.Program})",
            AccountKind.Emoney => "e음머니",
            AccountKind.Cashback => "캐시백",
            _ => a.Kind.ToString(),
        })).ToList();
        var scope = cardId is null ? "전체 (카드·e음머니·캐시백)" : labels[0].Label;
        return new TransactionStatement(member.Id, member.MemberNo, PersonalDataMask.Name(member.Name), scope, from, to, labels,
            StatementCalculator.Build(opening, movements));
    }

    /// <summary>The batch with each item's approvers and the SHA-256 of its bank transfer file (Finance: ManagePayouts).</summary>
    public async Task<PayoutBatchSummary?> PayoutBatchAsync(string batchNo, PayoutService payouts, CancellationToken ct = default)
    {
        var detail = await payouts.BatchAsync(batchNo, ct);
        if (detail is null) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.RefundRequests.AsNoTracking().Where(r => r.BatchId == detail.Batch.Id).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.RequestNo, r.BankName, r.BankAccountCipher, r.BankAccountHolder, r.Payout, r.FinanceApprovedByName, r.SupervisorApprovedByName })
            .ToListAsync(ct);
        var approvers = rows.ToDictionary(r => r.Id, r => string.Join(", ",
            new[] { r.FinanceApprovedByName is { } f ? $"재무 {f}" : null, r.SupervisorApprovedByName is { } s ? $"상담 관리자 {s}" : null }.OfType<string>()));
        // The hash PayoutService stored at the first download; for a batch downloaded before it stored one, the file is
        // rebuilt in memory only to hash it (the same bytes PayoutService hands out): the account numbers never leave this method.
        var hash = await db.PayoutBatches.AsNoTracking().Where(b => b.Id == detail.Batch.Id).Select(b => b.TransferFileSha256).SingleAsync(ct);
        if (hash is null && detail.Batch.FirstDownloadedAt is not null)
        {
            var lines = rows.Select(r => new TransferLine(r.RequestNo, r.BankName, numbers.RevealBankAccount(r.BankAccountCipher), r.BankAccountHolder, r.Payout)).ToList();
            hash = DocumentIssuer.Sha256Hex(BankTransferFile.Build(detail.Batch.BatchNo, lines));
        }
        return new PayoutBatchSummary(detail, approvers, hash);
    }

    /// <summary>Issued documents, newest first: all of them (/documents) or one member's (the member tab).</summary>
    public async Task<DocumentPage> DocumentsAsync(DocumentFilter filter, int skip, int take, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.IssueDocuments);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.IssuedDocuments.AsNoTracking();
        if (filter.MemberId is { } member) query = query.Where(d => d.MemberId == member);
        if (!string.IsNullOrWhiteSpace(filter.Kind)) query = query.Where(d => d.Kind == filter.Kind);
        if (!string.IsNullOrWhiteSpace(filter.Number)) query = query.Where(d => d.Number.Contains(filter.Number.Trim()));
        if (filter.From is { } from)
        {
            var start = KoreanTime.StartOfDay(from);
            query = query.Where(d => d.IssuedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = KoreanTime.StartOfDay(to.AddDays(1));
            query = query.Where(d => d.IssuedAt < end);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.IssuedAt).ThenByDescending(d => d.Id).Skip(skip).Take(take)
            .Select(d => new IssuedDocumentRow(d.Id, d.Number, d.Kind, d.Title, d.Status, d.MemberId,
                db.Members.Where(m => m.Id == d.MemberId).Select(m => m.MemberNo).FirstOrDefault(), d.Subject, d.Reason, d.IssuedByName,
                d.IssuedAt, d.Size, d.Prints.Count, d.RetainUntil))
            .ToListAsync(ct);
        return new DocumentPage(rows, total);
    }
}
