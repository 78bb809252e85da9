using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Refunds;

/// <summary>
/// The journal entries that end a hold, each keyed by the request number so that it can be written once only:
/// release (rejection), payout (paid) and return to e-money (failed payout).
/// </summary>
public static class RefundLedger
{
    /// <summary>
    /// Reverses the hold entry posting by posting, so the money goes back exactly where it came from; money from a card
    /// that has stopped since (lost, replaced) goes to the member's e-money instead of a dead card.
    /// </summary>
    public static async Task ReleaseAsync(AppDbContext db, RefundRequest r, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (r.HoldEntryId is not { } holdId) return;
        var postings = await db.Postings.AsNoTracking().Where(p => p.JournalEntryId == holdId)
            .Select(p => new { p.AccountId, p.Amount, CardStatus = (CardStatus?)p.Account!.Card!.Status }).ToListAsync(ct);
        var emoney = await SystemAccounts.MemberAccountAsync(db, r.MemberId, AccountKind.Emoney, ct);
        var lines = postings
            .Select(p => new PostingLine(p.CardStatus is null or CardStatus.Active or CardStatus.Expired ? p.AccountId : emoney.Id, -p.Amount))
            .GroupBy(l => l.AccountId).Select(g => new PostingLine(g.Key, g.Sum(l => l.Amount))).Where(l => l.Amount != 0).ToList();
        await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.RefundRelease, Idempotency.PostingKey("refund", r.RequestNo, "release"), now, actor, r.RequestNo,
            "환불 반려 → 보류 해제", lines), now, ct);
    }

    /// <summary>The bank confirmed the transfer: the hold pays the member's account and the fee.</summary>
    public static async Task PayAsync(AppDbContext db, RefundRequest r, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var hold = await SystemAccounts.MemberAccountAsync(db, r.MemberId, AccountKind.RefundHold, ct);
        List<PostingLine> lines = [new(hold.Id, -r.Amount), new(await SystemAccounts.IdAsync(db, AccountKind.RefundPayout, ct), r.Payout)];
        if (r.Fee > 0) lines.Add(new PostingLine(await SystemAccounts.IdAsync(db, AccountKind.FeeIncome, ct), r.Fee));
        await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.RefundPayout, Idempotency.PostingKey("refund", r.RequestNo, "payout"), now, actor, r.RequestNo,
            $"환불 지급 ({r.BankName})", lines), now, ct);
    }

    /// <summary>The transfer failed: the whole amount (fee included, nothing was paid) goes to the member's e-money.</summary>
    public static async Task ReturnToEmoneyAsync(AppDbContext db, RefundRequest r, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var hold = await SystemAccounts.MemberAccountAsync(db, r.MemberId, AccountKind.RefundHold, ct);
        var emoney = await SystemAccounts.MemberAccountAsync(db, r.MemberId, AccountKind.Emoney, ct);
        await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.RefundRelease, Idempotency.PostingKey("refund", r.RequestNo, "failed"), now, actor, r.RequestNo,
            "환불 지급 실패 → e음머니 반환", [new(hold.Id, -r.Amount), new(emoney.Id, r.Amount)]), now, ct);
    }
}
