using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Credits;

/// <summary>
/// The money of a top-up, in the caller's transaction beside its state change: <see cref="CreditAsync"/> gives the credits
/// as a new lot when the payment is approved or paid; <see cref="ReverseAsync"/> takes back what is left of that lot when
/// the purchase fails or the approval is cancelled (001 §5). Each posts at most once per top-up (keys from its number).
/// </summary>
public static class TopUpMoney
{
    public const string Workflow = "credit-topup";

    public static async Task<LotPosted> CreditAsync(AppDbContext db, CreditTopUp topUp, Actor actor, DateTimeOffset at, CancellationToken ct = default)
    {
        var policy = await PolicyOfAsync(db, topUp, ct);
        var account = await SystemAccounts.MemberAccountAsync(db, topUp.MemberId, AccountKind.Credits, ct);
        var (lastDay, rule) = CreditRules.Expiry(at, await LastUseAsync(db, topUp.MemberId, ct), policy);
        var clearing = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct);
        var posted = await LotLedger.AcquireAsync(db,
            new LotAcquisition(LotKind.Credit, topUp.MemberId, account.Id, topUp.ProgramId, policy.Version, lastDay, rule, topUp.Number),
            new JournalRequest(EntryType.CreditTopUp, Idempotency.PostingKey(Workflow, topUp.Number, "credit"), at, actor, topUp.Number,
                $"크레딧 충전 {TopUpLog.Name(topUp.Method)} {topUp.Amount:N0} C",
                [new PostingLine(clearing, -topUp.Amount), new PostingLine(account.Id, topUp.Amount)]),
            at, ct);
        await db.SaveChangesAsync(ct);
        topUp.CreditEntryId = posted.Entry.Id;
        topUp.LotId = posted.Takes[0].Lot.Id;
        return posted;
    }

    /// <summary>
    /// Takes back what is left of the top-up's lot (credits already spent stay spent; the shortfall is in the returned
    /// amount's difference and the history line says so). Returns null when nothing was credited or nothing is left.
    /// </summary>
    public static async Task<LotPosted?> ReverseAsync(AppDbContext db, CreditTopUp topUp, Actor actor, DateTimeOffset at, string reason, CancellationToken ct = default)
    {
        if (topUp.LotId is not { } lotId) return null;
        var lot = await db.ValueLots.FirstAsync(l => l.Id == lotId, ct);
        if (lot.State != LotState.Open || lot.Remaining == 0) return null;
        var clearing = await SystemAccounts.IdAsync(db, AccountKind.FundingClearing, ct);
        var posted = await LotLedger.CloseAsync(db, [lot], LotMovementKind.Reverse, LotState.Reversed,
            new JournalRequest(EntryType.CreditTopUpReversal, Idempotency.PostingKey(Workflow, topUp.Number, "reverse"), at, actor, topUp.Number,
                $"크레딧 충전 취소: {reason}", [new PostingLine(lot.AccountId, -lot.Remaining), new PostingLine(clearing, lot.Remaining)]),
            at, ct);
        await db.SaveChangesAsync(ct);
        topUp.ReversalEntryId = posted.Entry.Id;
        return posted;
    }

    /// <summary>The member's last use of credits, which dates every lot's expiry (001 §4 case 2).</summary>
    public static Task<DateTimeOffset?> LastUseAsync(AppDbContext db, long memberId, CancellationToken ct = default) =>
        db.ValueLots.Where(l => l.MemberId == memberId && l.Kind == LotKind.Credit && l.LastUsedAt != null)
            .OrderByDescending(l => l.LastUsedAt).Select(l => l.LastUsedAt).FirstOrDefaultAsync(ct);

    public static async Task<ProgramPolicy> PolicyOfAsync(AppDbContext db, CreditTopUp topUp, CancellationToken ct = default) =>
        await db.ProgramPolicies.AsNoTracking().FirstAsync(p => p.ProgramId == topUp.ProgramId && p.Version == topUp.PolicyVersion, ct);
}
