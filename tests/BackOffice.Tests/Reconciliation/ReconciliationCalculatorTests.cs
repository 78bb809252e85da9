namespace BackOffice.Tests.Reconciliation;

/// <summary>
/// The reconciliation arithmetic (issue 12 item 4: "opening balance + movements = closing balance, debits = credits for
/// every day, the payout batches against their transfer files and results"). Positive postings are credits, negative
/// ones debits: 운영 정책 (the ledger's sign convention). Each row names the rule it pins.
/// </summary>
public class ReconciliationCalculatorTests
{
    private static readonly DateOnly Day = new(2026, 11, 19);

    public static TheoryData<string, long, long, long, long, long, long, long, long> KindRows => new()
    {
        // rule, posted before, credits, debits, posted after, cached now → closing, closing from balances, difference
        { "issue 12 ④ 기초 + 대변 − 차변 = 기말", 100_000, 50_000, 120_000, 0, 30_000, 30_000, 30_000, 0 },
        { "issue 12 ④ 기간 뒤 기입은 잔액에서 되돌림", 100_000, 50_000, 120_000, 7_000, 37_000, 30_000, 30_000, 0 },
        { "issue 12 ④ 저장 잔액이 기입과 다르면 차이", 100_000, 50_000, 120_000, 0, 31_000, 30_000, 31_000, 1_000 },
        { "issue 12 ④ 운영 계정은 음수 잔액도 정상", -100_000, 0, 50_000, 0, -150_000, -150_000, -150_000, 0 },
        { "운영 정책 기간에 기입이 없으면 기초 = 기말", 5_000, 0, 0, 0, 5_000, 5_000, 5_000, 0 },
    };

    [Theory]
    [MemberData(nameof(KindRows))]
    public void Each_account_kind_closes_at_opening_plus_credits_less_debits_and_is_compared_with_its_balances(
        string rule, long before, long credits, long debits, long after, long cached, long closing, long fromBalances, long difference)
    {
        var report = ReconciliationCalculator.Compute(Day, Day, [new KindBalances(AccountKind.CardBalance, before, after, cached)],
            [new MovementRow(Day, AccountKind.CardBalance, EntryType.TopUp, 0, credits), new MovementRow(Day, AccountKind.CardBalance, EntryType.Payment, debits, 0)], []);
        var line = Assert.Single(report.Kinds);
        Assert.True((closing, fromBalances, difference) == (line.Closing, line.ClosingFromBalances, line.Difference), rule);
        Assert.Equal(before, line.Opening);
        Assert.Equal(credits - debits, line.Movement);
        Assert.Equal([(EntryType.TopUp, 0L, credits), (EntryType.Payment, debits, 0L)], line.ByType.Select(t => (t.Type, t.Debits, t.Credits)));
    }

    [Theory]
    [InlineData("issue 12 ④ 날마다 차변 = 대변", 206_000, 206_000, 0, true)]
    [InlineData("issue 12 ④ 합계가 0이 아닌 분개는 그날의 차이", 206_000, 211_000, 1, false)]
    public void Every_day_debits_equal_credits(string rule, long debits, long credits, int dayDifferences, bool balanced)
    {
        var report = ReconciliationCalculator.Compute(Day, Day,
            [new KindBalances(AccountKind.CardBalance, 0, 0, credits), new KindBalances(AccountKind.FundingClearing, 0, 0, -debits)],
            [new MovementRow(Day, AccountKind.CardBalance, EntryType.TopUp, 0, credits), new MovementRow(Day, AccountKind.FundingClearing, EntryType.TopUp, debits, 0)], []);
        Assert.True((dayDifferences, balanced) == (report.DayDifferences, report.IsBalanced), rule);
        Assert.Equal(credits - debits, Assert.Single(report.Days).Difference);
        Assert.Equal((0, credits - debits), (report.KindDifferences, report.GrandClosing));
    }

    [Fact]
    public void A_period_lists_every_day_even_without_postings_and_kinds_close_to_zero_together()
    {
        var report = ReconciliationCalculator.Compute(Day, Day.AddDays(2),
            [new KindBalances(AccountKind.CardBalance, 10_000, 0, 10_000), new KindBalances(AccountKind.FundingClearing, -10_000, 0, -10_000)], [], []);
        Assert.Equal([Day, Day.AddDays(1), Day.AddDays(2)], report.Days.Select(d => d.Day));
        Assert.Equal(0, report.GrandClosing);
        Assert.True(report.IsBalanced);
        Assert.Equal("일치: 2026-11-19~2026-11-21, 계정 종류 2개, 3일, 지급 배치 0건", report.Summary);
    }

    [Fact]
    public void Kinds_that_do_not_close_to_zero_together_are_a_difference()
    {
        var report = ReconciliationCalculator.Compute(Day, Day, [new KindBalances(AccountKind.CardBalance, 5_000, 0, 5_000)], [], []);
        Assert.Equal(5_000, report.GrandClosing);
        Assert.False(report.IsBalanced);
        Assert.StartsWith("차이: 2026-11-19, 잔액 차이 계정 종류 0개, 차변≠대변 0일, 불일치 지급 배치 0건, 전체 기말 합계 5,000원", report.Summary);
    }

    private static readonly DateTimeOffset Created = new(2026, 11, 19, 10, 0, 0, TimeSpan.FromHours(9));

    private static PayoutBatchFacts Batch(int headerCount = 3, long headerTotal = 108_000, int items = 3, long itemTotal = 108_000, int pending = 0,
        int paid = 2, int failed = 1, long paidTotal = 72_000, long ledgerPaid = 72_000, bool downloaded = true) =>
        new("P20261119-0001", Created, headerCount, headerTotal, items, itemTotal, pending, paid, failed, paidTotal, ledgerPaid,
            downloaded ? Created.AddHours(1) : null, downloaded ? new string('a', 64) : null);

    public static TheoryData<string, PayoutBatchFacts, string?> BatchRows => new()
    {
        { "issue 12 ④ 배치와 항목, 결과, 원장이 일치", Batch(), null },
        { "issue 12 ④ 이체 파일 건수 = 항목 건수", Batch(headerCount: 4), "건수 불일치: 배치 4건, 항목 3건" },
        { "issue 12 ④ 이체 파일 합계 = 항목 합계", Batch(headerTotal: 108_001), "금액 불일치: 배치 108,001원, 항목 합계 108,000원" },
        { "issue 12 ④ 결과(지급·실패·대기)가 항목 수와 같다", Batch(failed: 0), "결과 불일치: 대기 0 + 지급 2 + 실패 0 ≠ 항목 3건" },
        { "issue 12 ④ 지급 완료 = 원장 지급 기입", Batch(ledgerPaid: 36_000), "지급액 불일치: 지급 완료 72,000원, 원장 지급 기입 36,000원" },
        { "issue 10 이체 파일을 내려받은 뒤에만 결과 처리", Batch(downloaded: false), "이체 파일을 내려받기 전에 결과가 처리되었습니다" },
        { "issue 12 ④ 결과 대기 중인 배치도 일치", Batch(pending: 3, paid: 0, failed: 0, paidTotal: 0, ledgerPaid: 0, downloaded: false), null },
    };

    [Theory]
    [MemberData(nameof(BatchRows))]
    public void Payout_batches_are_checked_against_their_items_results_and_the_ledger(string rule, PayoutBatchFacts facts, string? problem)
    {
        var line = ReconciliationCalculator.Check(facts);
        Assert.True(problem is null ? line.Matches : line.Problems.SequenceEqual([problem]), $"{rule}: {string.Join("; ", line.Problems)}");
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_or_spans_more_than_a_year_is_refused_in_korean()
    {
        Assert.Equal("기간의 끝이 시작보다 앞설 수 없습니다.",
            Assert.Throws<BusinessRuleException>(() => ReconciliationCalculator.Compute(Day, Day.AddDays(-1), [], [], [])).Message);
        Assert.Equal("한 번에 대사할 수 있는 기간은 366일까지입니다.",
            Assert.Throws<BusinessRuleException>(() => ReconciliationReader.Validate(Day, Day.AddDays(366))).Message);
        ReconciliationReader.Validate(Day, Day.AddDays(365));
    }
}
