using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Lots;

/// <summary>What a new lot is: the member's account it sits in and the validity rule that dated it.</summary>
public sealed record LotAcquisition(
    LotKind Kind, long MemberId, long AccountId, long ProgramId, int PolicyVersion, DateOnly ExpiresOn, string ExpiryRule, string Source);

/// <summary>So much taken from one lot.</summary>
public sealed record LotTake(ValueLot Lot, long Amount);

public sealed record LotPosted(JournalEntry Entry, IReadOnlyList<LotTake> Takes, bool WasDuplicate);

public sealed record LotMismatch(long AccountId, AccountKind Kind, long? MemberId, long Balance, long OpenLots);

/// <summary>
/// The one way credits and points move: every change is a journal entry (<see cref="LedgerPosting"/>) and the matching
/// change of lots with a <see cref="LotMovement"/> each, in the caller's <c>DbWriter</c> transaction. Use takes the oldest
/// lots first (004 제4조⑥; 001 gives no order and follows the same rule, 운영 정책); closing (expiry, forfeiture,
/// reversal) takes a lot's whole remainder.
/// </summary>
public static class LotLedger
{
    public static string Unit(LotKind kind) => kind == LotKind.Point ? "P" : "C";

    public static string Name(LotKind kind) => kind == LotKind.Point ? "포인트" : "크레딧";

    public static string Format(LotKind kind, long amount) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{amount:N0}{Unit(kind)}");

    public static AccountKind AccountKindOf(LotKind kind) => kind == LotKind.Point ? AccountKind.Points : AccountKind.Credits;

    /// <summary>
    /// Oldest first (acquired time, then id): takes <paramref name="amount"/> from the open lots still valid on
    /// <paramref name="day"/>. Pure; refuses in Korean when the valid lots hold less.
    /// </summary>
    public static IReadOnlyList<LotTake> Allocate(IEnumerable<ValueLot> lots, long amount, DateOnly day, LotKind kind)
    {
        if (amount <= 0) throw new BusinessRuleException($"사용할 {Name(kind)}은(는) 1 이상이어야 합니다.");
        var usable = lots.Where(l => l.State == LotState.Open && l.Remaining > 0 && l.ExpiresOn >= day)
            .OrderBy(l => l.AcquiredAt).ThenBy(l => l.Id).ToList();
        var available = usable.Sum(l => l.Remaining);
        if (available < amount)
            throw new BusinessRuleException($"사용 가능한 {Name(kind)}이(가) 부족합니다 (사용 가능 {Format(kind, available)}, 요청 {Format(kind, amount)}).");
        var takes = new List<LotTake>();
        var left = amount;
        foreach (var lot in usable)
        {
            if (left == 0) break;
            var take = Math.Min(lot.Remaining, left);
            takes.Add(new LotTake(lot, take));
            left -= take;
        }
        return takes;
    }

    /// <summary>Posts <paramref name="request"/> (one of its lines adds to the lot's account) and opens the lot; a repeated key returns the first lot.</summary>
    public static async Task<LotPosted> AcquireAsync(AppDbContext db, LotAcquisition lot, JournalRequest request, DateTimeOffset recordedAt, CancellationToken ct = default)
    {
        var amount = request.Lines.Where(l => l.AccountId == lot.AccountId).Sum(l => l.Amount);
        if (amount <= 0) throw new InvalidOperationException("A lot is opened by an entry that adds to its account.");
        var posted = await LedgerPosting.PostAsync(db, request, recordedAt, ct);
        if (posted.WasDuplicate)
        {
            var first = await db.ValueLots.FirstAsync(l => l.SourceEntryId == posted.Entry.Id, ct);
            return new LotPosted(posted.Entry, [new LotTake(first, first.Amount)], WasDuplicate: true);
        }
        var opened = new ValueLot
        {
            Kind = lot.Kind,
            MemberId = lot.MemberId,
            AccountId = lot.AccountId,
            ProgramId = lot.ProgramId,
            PolicyVersion = lot.PolicyVersion,
            Amount = amount,
            Remaining = amount,
            AcquiredAt = request.OccurredAt,
            ExpiresOn = lot.ExpiresOn,
            ExpiryRule = lot.ExpiryRule,
            Source = lot.Source,
            SourceEntry = posted.Entry,
            State = LotState.Open,
        };
        db.ValueLots.Add(opened);
        db.LotMovements.Add(new LotMovement
        {
            Lot = opened,
            JournalEntry = posted.Entry,
            Kind = LotMovementKind.Acquire,
            Amount = amount,
            RemainingAfter = amount,
            At = request.OccurredAt,
        });
        return new LotPosted(posted.Entry, [new LotTake(opened, amount)], WasDuplicate: false);
    }

    /// <summary>
    /// Spends <paramref name="amount"/> from the account's lots, oldest first, valid on the KST day of the request, and posts
    /// <paramref name="request"/> (which must take exactly that amount from the account). A repeated key changes nothing.
    /// </summary>
    public static async Task<LotPosted> UseAsync(AppDbContext db, LotKind kind, long accountId, long amount, JournalRequest request, DateTimeOffset recordedAt, CancellationToken ct = default)
    {
        var duplicate = await DuplicateAsync(db, request, ct);
        if (duplicate is not null) return duplicate;
        RequireTaken(request, accountId, amount);
        var day = request.OccurredAt.ToKstDate();
        var lots = await db.ValueLots.Where(l => l.AccountId == accountId && l.State == LotState.Open).ToListAsync(ct);
        var takes = Allocate(lots, amount, day, kind);
        var posted = await LedgerPosting.PostAsync(db, request, recordedAt, ct);
        Apply(db, takes, posted.Entry, LotMovementKind.Use, LotState.Used, request.OccurredAt);
        foreach (var take in takes) take.Lot.LastUsedAt = request.OccurredAt;
        return new LotPosted(posted.Entry, takes, WasDuplicate: false);
    }

    /// <summary>
    /// Closes <paramref name="lots"/> by taking each one's whole remainder (expiry, forfeiture, reversal) and posts
    /// <paramref name="request"/>, which must take exactly that sum from their account. A repeated key changes nothing.
    /// </summary>
    public static async Task<LotPosted> CloseAsync(AppDbContext db, IReadOnlyList<ValueLot> lots, LotMovementKind kind, LotState state,
        JournalRequest request, DateTimeOffset recordedAt, CancellationToken ct = default)
    {
        var duplicate = await DuplicateAsync(db, request, ct);
        if (duplicate is not null) return duplicate;
        if (lots.Count == 0 || lots.Any(l => l.State != LotState.Open || l.Remaining <= 0))
            throw new BusinessRuleException("이미 닫혔거나 남은 값이 없는 묶음은 다시 처리할 수 없습니다.");
        if (lots.Select(l => l.AccountId).Distinct().Count() != 1) throw new InvalidOperationException("One account per closing entry.");
        RequireTaken(request, lots[0].AccountId, lots.Sum(l => l.Remaining));
        var takes = lots.Select(l => new LotTake(l, l.Remaining)).ToList();
        var posted = await LedgerPosting.PostAsync(db, request, recordedAt, ct);
        Apply(db, takes, posted.Entry, kind, state, request.OccurredAt);
        return new LotPosted(posted.Entry, takes, WasDuplicate: false);
    }

    /// <summary>
    /// Records what <paramref name="entry"/> took from each lot, for callers that post one entry over several accounts (a
    /// withdrawal writes everything off at once). A lot taken to zero is closed in <paramref name="emptied"/>.
    /// </summary>
    public static void Apply(AppDbContext db, IEnumerable<LotTake> takes, JournalEntry entry, LotMovementKind kind, LotState emptied, DateTimeOffset at)
    {
        foreach (var take in takes)
        {
            if (take.Amount <= 0 || take.Amount > take.Lot.Remaining) throw new InvalidOperationException("A lot gives at most its remainder.");
            take.Lot.Remaining -= take.Amount;
            take.Lot.Version++;
            if (take.Lot.Remaining == 0)
            {
                take.Lot.State = emptied;
                take.Lot.ClosedAt = at;
            }
            db.LotMovements.Add(new LotMovement
            {
                LotId = take.Lot.Id,
                Lot = take.Lot,
                JournalEntry = entry,
                Kind = kind,
                Amount = -take.Amount,
                RemainingAfter = take.Lot.Remaining,
                At = at,
            });
        }
    }

    /// <summary>The open lots of a member's credits or points, oldest first.</summary>
    public static Task<List<ValueLot>> OpenLotsAsync(AppDbContext db, long memberId, LotKind kind, CancellationToken ct = default) =>
        db.ValueLots.Where(l => l.MemberId == memberId && l.Kind == kind && l.State == LotState.Open)
            .OrderBy(l => l.AcquiredAt).ThenBy(l => l.Id).ToListAsync(ct);

    /// <summary>Every credits or points account whose open lots do not add up to its balance.</summary>
    public static async Task<IReadOnlyList<LotMismatch>> CheckAsync(AppDbContext db, CancellationToken ct = default)
    {
        var lots = await db.ValueLots.Where(l => l.State == LotState.Open).GroupBy(l => l.AccountId)
            .Select(g => new { AccountId = g.Key, Sum = g.Sum(l => l.Remaining) })
            .ToDictionaryAsync(x => x.AccountId, x => x.Sum, ct);
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Kind == AccountKind.Credits || a.Kind == AccountKind.Points)
            .Select(a => new { a.Id, a.Kind, a.MemberId, a.Balance })
            .ToListAsync(ct);
        return accounts.Select(a => new LotMismatch(a.Id, a.Kind, a.MemberId, a.Balance, lots.GetValueOrDefault(a.Id)))
            .Where(m => m.Balance != m.OpenLots)
            .Concat(lots.Keys.Where(id => accounts.All(a => a.Id != id)).Select(id => new LotMismatch(id, AccountKind.Credits, null, 0, lots[id])))
            .ToList();
    }

    private static async Task<LotPosted?> DuplicateAsync(AppDbContext db, JournalRequest request, CancellationToken ct)
    {
        var entry = await db.JournalEntries.Include(e => e.Postings).FirstOrDefaultAsync(e => e.IdempotencyKey == request.IdempotencyKey, ct);
        if (entry is null) return null;
        var takes = await db.LotMovements.Where(m => m.JournalEntryId == entry.Id).Include(m => m.Lot)
            .Select(m => new LotTake(m.Lot!, -m.Amount)).ToListAsync(ct);
        return new LotPosted(entry, takes, WasDuplicate: true);
    }

    private static void RequireTaken(JournalRequest request, long accountId, long amount)
    {
        var taken = -request.Lines.Where(l => l.AccountId == accountId).Sum(l => l.Amount);
        if (taken != amount) throw new InvalidOperationException($"The entry takes {taken} from the account, the lots {amount}.");
    }
}
