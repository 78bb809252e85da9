using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Reconciliation;

/// <summary>Reads the figures of a reconciliation from the ledger and the payout batches (no permission check: the query
/// service, the nightly job and the export kinds check theirs) and hands them to <see cref="ReconciliationCalculator"/>.</summary>
public static class ReconciliationReader
{
    /// <summary>The longest period one reconciliation covers (운영 정책: one year).</summary>
    public const int MaxDays = 366;

    public static async Task<ReconciliationReport> ReadAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        Validate(from, to);
        var start = KoreanTime.StartOfDay(from);
        var end = KoreanTime.StartOfDay(to.AddDays(1));

        var before = await SumByKindAsync(db.Postings.Where(p => p.JournalEntry!.OccurredAt < start), ct);
        var after = await SumByKindAsync(db.Postings.Where(p => p.JournalEntry!.OccurredAt >= end), ct);
        var cached = await db.Accounts.AsNoTracking().GroupBy(a => a.Kind).Select(g => new { g.Key, Sum = g.Sum(a => a.Balance) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var balances = Enum.GetValues<AccountKind>()
            .Select(k => new KindBalances(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k), cached.GetValueOrDefault(k)));

        // Movements: streamed and summed per (KST day, kind, entry type), so a long period never sits in memory.
        var sums = new Dictionary<(DateOnly, AccountKind, EntryType), (long Debits, long Credits)>();
        var postings = db.Postings.AsNoTracking().Where(p => p.JournalEntry!.OccurredAt >= start && p.JournalEntry.OccurredAt < end)
            .Select(p => new { p.JournalEntry!.OccurredAt, p.Account!.Kind, p.JournalEntry.Type, p.Amount }).AsAsyncEnumerable();
        await foreach (var p in postings.WithCancellation(ct))
        {
            var key = (DateOnly.FromDateTime(p.OccurredAt.ToKst().DateTime), p.Kind, p.Type);
            var (debits, credits) = sums.GetValueOrDefault(key);
            sums[key] = p.Amount < 0 ? (debits - p.Amount, credits) : (debits, credits + p.Amount);
        }
        var movements = sums.Select(s => new MovementRow(s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Value.Debits, s.Value.Credits));

        return ReconciliationCalculator.Compute(from, to, balances, movements, await BatchesAsync(db, start, end, ct));
    }

    /// <summary>Korean refusal for a period the reconciliation does not cover.</summary>
    public static void Validate(DateOnly from, DateOnly to)
    {
        if (to < from) throw new BusinessRuleException("기간의 끝이 시작보다 앞설 수 없습니다.");
        if (to.DayNumber - from.DayNumber + 1 > MaxDays) throw new BusinessRuleException($"한 번에 대사할 수 있는 기간은 {MaxDays}일까지입니다.");
    }

    /// <summary>Parses the <c>from</c>/<c>to</c> export parameters (yyyy-MM-dd).</summary>
    public static (DateOnly From, DateOnly To) Period(ExportParameters parameters)
    {
        var (from, to) = parameters.Period();
        Validate(from, to);
        return (from, to);
    }

    public static ExportParameters Parameters(DateOnly from, DateOnly to) => ExportParameters.ForPeriod(from, to);

    private static async Task<Dictionary<AccountKind, long>> SumByKindAsync(IQueryable<Posting> postings, CancellationToken ct) =>
        await postings.GroupBy(p => p.Account!.Kind).Select(g => new { g.Key, Sum = g.Sum(p => p.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);

    private static async Task<List<PayoutBatchFacts>> BatchesAsync(AppDbContext db, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var batches = await db.PayoutBatches.AsNoTracking().Where(b => b.CreatedAt >= start && b.CreatedAt < end).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.BatchNo, b.CreatedAt, b.ItemCount, b.Total, b.FirstDownloadedAt, b.TransferFileSha256 }).ToListAsync(ct);
        if (batches.Count == 0) return [];
        var ids = batches.Select(b => (long?)b.Id).ToList();
        var items = await db.RefundRequests.AsNoTracking().Where(r => ids.Contains(r.BatchId))
            .Select(r => new { BatchId = r.BatchId!.Value, r.RequestNo, r.Payout, r.Status }).ToListAsync(ct);
        var requestNos = items.Select(i => i.RequestNo).ToList();
        var paidInLedger = (await db.Postings.AsNoTracking()
                .Where(p => p.JournalEntry!.Type == EntryType.RefundPayout && p.Account!.Kind == AccountKind.RefundPayout && requestNos.Contains(p.JournalEntry.Reference))
                .Select(p => new { p.JournalEntry!.Reference, p.Amount }).ToListAsync(ct))
            .GroupBy(p => p.Reference).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        return batches.Select(b =>
        {
            var mine = items.Where(i => i.BatchId == b.Id).ToList();
            var paid = mine.Where(i => i.Status == RefundStatus.Paid).ToList();
            return new PayoutBatchFacts(b.BatchNo, b.CreatedAt, b.ItemCount, b.Total, mine.Count, mine.Sum(i => i.Payout),
                mine.Count(i => i.Status == RefundStatus.InPayout), paid.Count, mine.Count(i => i.Status == RefundStatus.PayoutFailed),
                paid.Sum(i => i.Payout), mine.Sum(i => paidInLedger.GetValueOrDefault(i.RequestNo)), b.FirstDownloadedAt, b.TransferFileSha256);
        }).ToList();
    }
}

/// <summary>Korean names of the account kinds as reconciliation shows them.</summary>
public static class ReconciliationNames
{
    public static string Of(AccountKind kind) => kind switch
    {
        AccountKind.CardBalance => "카드 잔액",
        AccountKind.Emoney => "e음머니",
        AccountKind.Cashback => "캐시백",
        AccountKind.RefundHold => "환불 보류",
        AccountKind.FundingClearing => "충전 입금",
        AccountKind.MerchantSettlement => "가맹점 정산",
        AccountKind.CashbackFunding => "캐시백 재원",
        AccountKind.RefundPayout => "환불 지급",
        AccountKind.FeeIncome => "수수료 수입",
        AccountKind.Forfeited => "소멸",
        AccountKind.Credits => "크레딧",
        AccountKind.Points => "포인트",
        AccountKind.PointFunding => "포인트 재원",
        AccountKind.DonationPayable => "기부 예정금",
        AccountKind.ServiceRevenue => "서비스 매출",
        _ => kind.ToString(),
    };
}
