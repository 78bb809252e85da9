using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Deduction;

/// <summary>
/// Reads, member by member in id order and in batches, what the deduction needs for a KST calendar year and a program
/// (or <see cref="AllPrograms"/>): every member with a card payment, cancel or balance refund in the year, their card
/// movements, and the rule's verdict (<see cref="IncomeDeduction.Evaluate"/>). A cancel is matched to the payment it
/// reverses by the same card account and reference (the merchant approval number), the latest such payment before it.
/// </summary>
public sealed class DeductionSource(IDbContextFactory<AppDbContext> factory)
{
    public const string AllPrograms = "ALL";
    private const int BatchSize = 1000;

    private static readonly EntryType[] Types = [EntryType.Payment, EntryType.PaymentCancel, EntryType.RefundHold, EntryType.RefundRelease];

    private sealed record Movement(long MemberId, long AccountId, EntryType Type, DateTimeOffset At, long Amount, string Program, string Reference);

    private static IQueryable<Posting> Scope(AppDbContext db, int year, string program)
    {
        var (from, to) = IncomeDeduction.YearRange(year);
        var q = db.Postings.AsNoTracking().Where(p => p.Account!.Kind == AccountKind.CardBalance && p.Account.MemberId != null
            && Types.Contains(p.JournalEntry!.Type) && p.JournalEntry.OccurredAt >= from && p.JournalEntry.OccurredAt < to);
        return program == AllPrograms ? q : q.Where(p => p.Account!.Card!.Program!.Code == program);
    }

    public async Task<long> CountAsync(int year, string program, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Scope(db, year, program).Select(p => p.Account!.MemberId).Distinct().LongCountAsync(ct);
    }

    public async IAsyncEnumerable<DeductionResult> ReadAsync(int year, string program, [EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var ids = await Scope(db, year, program).Select(p => p.Account!.MemberId!.Value).Where(id => id > after)
                .Distinct().OrderBy(id => id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0) yield break;
            var (lo, hi) = (ids[0], ids[^1]);
            var members = await db.Members.AsNoTracking().Where(m => m.Id >= lo && m.Id <= hi)
                .Select(m => new DeductionMember(m.Id, m.MemberNo, m.Name, m.IsForeigner, m.IncomeDeductionRegisteredAt, m.ResidentNumberCipher))
                .ToDictionaryAsync(m => m.MemberId, ct);
            var movements = (await Scope(db, year, program).Where(p => p.Account!.MemberId >= lo && p.Account.MemberId <= hi)
                    .Select(p => new Movement(p.Account!.MemberId!.Value, p.AccountId, p.JournalEntry!.Type, p.JournalEntry.OccurredAt, p.Amount,
                        p.Account.Card!.Program!.Code, p.JournalEntry.Reference))
                    .ToListAsync(ct))
                .ToLookup(m => m.MemberId);
            foreach (var id in ids)
            {
                if (!members.TryGetValue(id, out var member)) continue;
                yield return IncomeDeduction.Evaluate(member, Uses(movements[id]));
            }
            after = hi;
        }
    }

    private static List<DeductionUse> Uses(IEnumerable<Movement> movements)
    {
        var ordered = movements.OrderBy(m => m.At).ToList();
        var uses = new List<DeductionUse>(ordered.Count);
        foreach (var m in ordered)
        {
            var transit = IncomeDeduction.IsTransitProgram(m.Program);
            switch (m.Type)
            {
                case EntryType.Payment:
                    uses.Add(new(DeductionUseKind.Payment, m.At, -m.Amount, transit));
                    break;
                case EntryType.PaymentCancel:
                    var payment = ordered.LastOrDefault(p => p.Type == EntryType.Payment && p.AccountId == m.AccountId
                        && p.Reference == m.Reference && p.At <= m.At);
                    uses.Add(new(DeductionUseKind.Cancel, m.At, m.Amount, transit, payment?.At));
                    break;
                case EntryType.RefundHold:
                    uses.Add(new(DeductionUseKind.Refund, m.At, -m.Amount, transit));
                    break;
                case EntryType.RefundRelease:
                    uses.Add(new(DeductionUseKind.Refund, m.At, -m.Amount, transit));
                    break;
            }
        }
        return uses;
    }
}
