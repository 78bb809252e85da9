using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Ledger;

/// <summary>
/// Writes journal entries into the caller's context and transaction. Enforces the ledger's invariants
/// whatever screen or job asked: postings sum to zero, member money never goes negative, a stopped card
/// takes no payment or top-up stamped at or after its stop time, and an idempotency key is used once.
/// </summary>
public static class LedgerPosting
{
    /// <summary>No single posting may move more than this (10 billion won): larger is a typo or an attack.</summary>
    public const long MaxPostingAmount = 10_000_000_000;

    /// <summary>
    /// The only entry types that may touch the payout account (<see cref="AccountKind.RefundPayout"/>): the refund
    /// workflow's payout, written when Finance marks an approved, batched and transferred refund paid. Every other way
    /// money could leave to a bank account (a damaged-card settlement, an adjustment) must file a refund instead, so
    /// no payout skips the hold, the four-eyes approval, the batch and the transfer file (issue 10).
    /// </summary>
    public static readonly IReadOnlySet<EntryType> PayoutEntryTypes = new HashSet<EntryType> { EntryType.RefundPayout };

    public static async Task<PostResult> PostAsync(AppDbContext db, JournalRequest request, DateTimeOffset recordedAt, CancellationToken ct = default)
    {
        Validate(request);

        var existing = await db.JournalEntries.Include(e => e.Postings)
            .FirstOrDefaultAsync(e => e.IdempotencyKey == request.IdempotencyKey, ct);
        if (existing is not null) return new PostResult(existing, WasDuplicate: true);

        var ids = request.Lines.Select(l => l.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.Include(a => a.Card)
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, ct);
        var missing = ids.Where(id => !accounts.ContainsKey(id)).ToList();
        if (missing.Count > 0) throw new LedgerRejectedException($"존재하지 않는 계정입니다: {string.Join(", ", missing)}");

        var entry = Apply(request, accounts, recordedAt);
        db.JournalEntries.Add(entry);
        return new PostResult(entry, WasDuplicate: false);
    }

    /// <summary>
    /// Applies a request to loaded accounts and returns the entry to add. Pure: the database path
    /// (<see cref="PostAsync"/>) and the demo-data generator share it, so both obey the same invariants.
    /// </summary>
    public static JournalEntry Apply(JournalRequest request, IReadOnlyDictionary<long, Account> accounts, DateTimeOffset recordedAt)
    {
        Validate(request);
        foreach (var net in request.Lines.GroupBy(l => l.AccountId, l => l.Amount))
        {
            var account = accounts[net.Key];
            GuardPayout(account, request);
            GuardCard(account, request);
            if (account.IsMemberMoney && account.Balance + net.Sum() < 0)
                throw new LedgerRejectedException($"잔액이 부족합니다 (잔액 {account.Balance:N0}원, 요청 {-net.Sum():N0}원).");
        }

        var entry = new JournalEntry
        {
            Type = request.Type,
            OccurredAt = request.OccurredAt,
            RecordedAt = recordedAt,
            IdempotencyKey = request.IdempotencyKey,
            Actor = request.Actor.Id,
            ActorName = request.Actor.Name,
            Reference = request.Reference,
            Description = request.Description,
            MerchantId = request.MerchantId,
        };
        foreach (var line in request.Lines)
        {
            var account = accounts[line.AccountId];
            account.Balance = checked(account.Balance + line.Amount);
            account.Version++;
            entry.Postings.Add(new Posting { AccountId = account.Id, Amount = line.Amount, BalanceAfter = account.Balance });
        }
        return entry;
    }

    public static void Validate(JournalRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
            throw new LedgerRejectedException("멱등성 키가 없습니다.");
        if (request.Lines.Count < 2)
            throw new LedgerRejectedException("분개에는 두 개 이상의 기입이 필요합니다.");
        foreach (var line in request.Lines)
        {
            if (line.Amount == 0) throw new LedgerRejectedException("0원 기입은 허용되지 않습니다.");
            if (Math.Abs(line.Amount) > MaxPostingAmount)
                throw new LedgerRejectedException($"금액이 한도({MaxPostingAmount:N0}원)를 넘습니다.");
        }
        var sum = request.Lines.Sum(l => l.Amount);
        if (sum != 0) throw new LedgerRejectedException($"분개의 합계가 0이 아닙니다 ({sum:N0}원).");
    }

    private static void GuardPayout(Account account, JournalRequest request)
    {
        var payout = account.Kind == AccountKind.RefundPayout || account.SystemCode == SystemAccounts.CodeOf(AccountKind.RefundPayout);
        if (payout && !PayoutEntryTypes.Contains(request.Type))
            throw new LedgerRejectedException("지급 계정에는 환불 지급만 기입할 수 있습니다. 지급은 환불 요청(보류·재무 승인·배치·이체 파일)을 거쳐야 합니다.");
    }

    private static void GuardCard(Account account, JournalRequest request)
    {
        var card = account.Card;
        if (card?.StoppedAt is null || request.AllowStoppedCard) return;
        if (request.OccurredAt >= card.StoppedAt.Value)
        {
            throw new LedgerRejectedException(
                $"정지된 카드(끝자리 {card.Last4})입니다. 정지 시각 {card.StoppedAt.Value.ToKst():yyyy-MM-dd HH:mm:ss} 이후의 거래는 처리할 수 없습니다.");
        }
    }
}
