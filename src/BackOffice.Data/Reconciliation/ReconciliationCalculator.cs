namespace BackOffice.Data.Reconciliation;

/// <summary>The movements of one account kind on one KST day by one entry type: what was added (대변, positive postings)
/// and what was taken (차변, negative postings, as a positive figure).</summary>
public readonly record struct MovementRow(DateOnly Day, AccountKind Kind, EntryType Type, long Debits, long Credits);

/// <summary>What the database says about one account kind: the postings before the period, the postings after it, and the
/// cached balances of its accounts now.</summary>
public readonly record struct KindBalances(AccountKind Kind, long PostedBefore, long PostedAfter, long CachedNow);

/// <summary>One payout batch as stored, as its items say, and as the ledger paid it.</summary>
public sealed record PayoutBatchFacts(
    string BatchNo, DateTimeOffset CreatedAt, int HeaderCount, long HeaderTotal, int ItemCount, long ItemTotal,
    int Pending, int Paid, int Failed, long PaidTotal, long LedgerPaid, DateTimeOffset? FileDownloadedAt, string? FileSha256);

/// <summary>One account kind over the period: opening + credits − debits = closing, and the closing the cached balances give.</summary>
public sealed record KindLine(AccountKind Kind, long Opening, long Debits, long Credits, long Closing, long ClosingFromBalances,
    IReadOnlyList<TypeLine> ByType)
{
    public long Movement => Credits - Debits;
    /// <summary>Cached balances (rolled back to the period end) less the postings' closing: 0 when they agree.</summary>
    public long Difference => ClosingFromBalances - Closing;
}

public sealed record TypeLine(EntryType Type, long Debits, long Credits);

/// <summary>One KST day: every posting of the day together; debits = credits because every entry sums to zero.</summary>
public sealed record DayLine(DateOnly Day, long Debits, long Credits)
{
    public long Difference => Credits - Debits;
}

public sealed record BatchLine(PayoutBatchFacts Facts, IReadOnlyList<string> Problems)
{
    public bool Matches => Problems.Count == 0;
}

public sealed record ReconciliationReport(DateOnly From, DateOnly To, IReadOnlyList<KindLine> Kinds, IReadOnlyList<DayLine> Days,
    IReadOnlyList<BatchLine> Batches)
{
    public int KindDifferences => Kinds.Count(k => k.Difference != 0);
    public int DayDifferences => Days.Count(d => d.Difference != 0);
    public int BatchDifferences => Batches.Count(b => !b.Matches);
    /// <summary>All kinds together close at zero (the ledger's postings sum to zero); anything else is a difference.</summary>
    public long GrandClosing => Kinds.Sum(k => k.Closing);
    public bool IsBalanced => KindDifferences == 0 && DayDifferences == 0 && BatchDifferences == 0 && GrandClosing == 0;

    public string Summary => (IsBalanced ? "일치: " : "차이: ") + Detail;

    /// <summary>The summary without its verdict word, for screens that show the verdict beside it.</summary>
    public string Detail => IsBalanced
        ? $"{Period}, 계정 종류 {Kinds.Count}개, {Days.Count}일, 지급 배치 {Batches.Count}건"
        : $"{Period}, 잔액 차이 계정 종류 {KindDifferences}개, 차변≠대변 {DayDifferences}일, 불일치 지급 배치 {BatchDifferences}건, 전체 기말 합계 {GrandClosing:N0}원";

    public string Period => From == To ? $"{From:yyyy-MM-dd}" : $"{From:yyyy-MM-dd}~{To:yyyy-MM-dd}";
}

/// <summary>
/// Finance reconciliation (issue 12 item 4), a plain calculation over figures the query reads: per account kind,
/// opening (postings before the period) + credits − debits (postings in it) = closing, compared with the cached
/// balances rolled back by the postings after the period; per KST day, debits = credits; per payout batch, its header
/// (count, total) against its items, and the paid items against the ledger's payout postings. Positive postings are
/// credits (대변, the account grows), negative ones debits (차변): 운영 정책, the ledger's own sign convention.
/// </summary>
public static class ReconciliationCalculator
{
    public static ReconciliationReport Compute(DateOnly from, DateOnly to, IEnumerable<KindBalances> balances, IEnumerable<MovementRow> movements,
        IEnumerable<PayoutBatchFacts> batches)
    {
        if (to < from) throw new BusinessRuleException("기간의 끝이 시작보다 앞설 수 없습니다.");
        var rows = movements.ToList();
        var byKind = balances.ToDictionary(b => b.Kind);
        var kinds = byKind.Keys.Union(rows.Select(r => r.Kind)).Order().Select(kind =>
        {
            var b = byKind.GetValueOrDefault(kind, new KindBalances(kind, 0, 0, 0));
            var mine = rows.Where(r => r.Kind == kind).ToList();
            var debits = mine.Sum(r => r.Debits);
            var credits = mine.Sum(r => r.Credits);
            var types = mine.GroupBy(r => r.Type).OrderBy(g => g.Key)
                .Select(g => new TypeLine(g.Key, g.Sum(r => r.Debits), g.Sum(r => r.Credits))).ToList();
            return new KindLine(kind, b.PostedBefore, debits, credits, b.PostedBefore + credits - debits, b.CachedNow - b.PostedAfter, types);
        }).ToList();
        var days = new List<DayLine>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var d = day;
            var mine = rows.Where(r => r.Day == d).ToList();
            days.Add(new DayLine(d, mine.Sum(r => r.Debits), mine.Sum(r => r.Credits)));
        }
        return new ReconciliationReport(from, to, kinds, days, batches.Select(Check).ToList());
    }

    /// <summary>A payout batch: header = items (count, total); paid + failed + pending = items; paid total = the ledger's payouts.</summary>
    public static BatchLine Check(PayoutBatchFacts b)
    {
        var problems = new List<string>();
        if (b.HeaderCount != b.ItemCount) problems.Add($"건수 불일치: 배치 {b.HeaderCount}건, 항목 {b.ItemCount}건");
        if (b.HeaderTotal != b.ItemTotal) problems.Add($"금액 불일치: 배치 {b.HeaderTotal:N0}원, 항목 합계 {b.ItemTotal:N0}원");
        if (b.Pending + b.Paid + b.Failed != b.ItemCount) problems.Add($"결과 불일치: 대기 {b.Pending} + 지급 {b.Paid} + 실패 {b.Failed} ≠ 항목 {b.ItemCount}건");
        if (b.PaidTotal != b.LedgerPaid) problems.Add($"지급액 불일치: 지급 완료 {b.PaidTotal:N0}원, 원장 지급 기입 {b.LedgerPaid:N0}원");
        if (b.FileDownloadedAt is null && b.Paid + b.Failed > 0) problems.Add("이체 파일을 내려받기 전에 결과가 처리되었습니다");
        return new BatchLine(b, problems);
    }
}
