using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.Reconciliation;

/// <summary>
/// Reconciliation against real postings (issue 12 item 4): one KST day with top-ups, payments and a refund paid through
/// a payout batch balances per account kind and per day and its batch matches its transfer file; a tampered posting, a
/// tampered balance and a tampered batch are flagged; the nightly job stores the result and alerts Finance and
/// Compliance; the workbook and the CSV carry the same figures.
/// </summary>
public class ReconciliationIntegrationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    /// <summary>The test clock's day (2026-11-20 KST).</summary>
    private static readonly DateOnly Day = new(2026, 11, 20);

    private sealed record Scenario(TestCard A, TestCard B, long PaymentEntryB, string BatchNo);

    /// <summary>
    /// Before the day: A tops up 100,000. On the day: A pays 64,000; B tops up 50,000 and pays 20,000; A's remaining
    /// 36,000 is refunded (hold, approval, batch, transfer file, paid).
    /// </summary>
    private static async Task<Scenario> DayAsync(Harness h)
    {
        var a = await NewCardAsync(h);
        var b = await NewCardAsync(h);
        await TopUpAsync(h, a, 100_000, DaysAgo(h, 10));
        await PayAsync(h, a, 64_000, DaysAgo(h, 1.0 / 24));
        await TopUpAsync(h, b, 50_000, DaysAgo(h, 2.0 / 24));
        var paymentB = await PayAsync(h, b, 20_000, DaysAgo(h, 1.0 / 24));

        h.Actor.Current = TestActor.Agent;
        await h.StepUpAsync();
        var filed = await FileAsync(h, a, RefundKind.BalanceRefund);
        var id = (await RequestAsync(h, filed.RequestNo)).Id;
        h.Actor.Current = TestActor.Finance;
        await h.StepUpAsync();
        await h.Get<RefundApprovalService>().ApproveAsync(id, ApprovalStep.Finance);
        var batchNo = await h.Get<PayoutService>().CreateBatchAsync();
        h.Actor.Current = TestActor.Finance2;
        await h.StepUpAsync();
        await h.Get<PayoutService>().TransferFileAsync(batchNo);
        await h.Get<PayoutService>().MarkPaidAsync(id);
        h.Actor.Current = TestActor.Finance;
        return new Scenario(a, b, paymentB, batchNo);
    }

    private static KindLine Kind(ReconciliationReport r, AccountKind kind) => r.Kinds.Single(k => k.Kind == kind);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_day_of_top_ups_payments_and_a_paid_refund_balances_per_kind_per_day_and_per_batch(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var s = await DayAsync(h);

        var r = await h.Get<ReconciliationQueries>().ComputeAsync(Day, Day);

        Assert.True(r.IsBalanced, r.Summary);
        Assert.Equal(Enum.GetValues<AccountKind>(), r.Kinds.Select(k => k.Kind));
        var card = Kind(r, AccountKind.CardBalance);
        Assert.Equal((100_000L, 50_000L, 120_000L, 30_000L, 30_000L), (card.Opening, card.Credits, card.Debits, card.Closing, card.ClosingFromBalances));
        Assert.Equal([(EntryType.TopUp, 0L, 50_000L), (EntryType.Payment, 84_000L, 0L), (EntryType.RefundHold, 36_000L, 0L)],
            card.ByType.Select(t => (t.Type, t.Debits, t.Credits)));
        Assert.Equal((36_000L, 36_000L, 0L), (Kind(r, AccountKind.RefundHold).Credits, Kind(r, AccountKind.RefundHold).Debits, Kind(r, AccountKind.RefundHold).Closing));
        Assert.Equal((36_000L, 36_000L), (Kind(r, AccountKind.RefundPayout).Credits, Kind(r, AccountKind.RefundPayout).Closing));
        Assert.Equal((-100_000L, 50_000L, -150_000L), (Kind(r, AccountKind.FundingClearing).Opening, Kind(r, AccountKind.FundingClearing).Debits, Kind(r, AccountKind.FundingClearing).Closing));
        Assert.Equal(84_000L, Kind(r, AccountKind.MerchantSettlement).Closing);
        Assert.Equal(0, r.GrandClosing);
        var day = Assert.Single(r.Days);
        Assert.Equal((Day, 206_000L, 206_000L), (day.Day, day.Debits, day.Credits));

        var batch = Assert.Single(r.Batches);
        Assert.True(batch.Matches, string.Join("; ", batch.Problems));
        Assert.Equal((s.BatchNo, 1, 1, 36_000L, 1, 0, 36_000L, 36_000L),
            (batch.Facts.BatchNo, batch.Facts.HeaderCount, batch.Facts.ItemCount, batch.Facts.HeaderTotal, batch.Facts.Paid, batch.Facts.Failed, batch.Facts.PaidTotal, batch.Facts.LedgerPaid));
        Assert.Matches("^[0-9a-f]{64}$", batch.Facts.FileSha256);

        // The day before and the day after: nothing moved, the balances still reconcile (opening = closing).
        var before = await h.Get<ReconciliationQueries>().ComputeAsync(Day.AddDays(-1), Day.AddDays(-1));
        Assert.True(before.IsBalanced, before.Summary);
        Assert.Equal(100_000L, Kind(before, AccountKind.CardBalance).Closing);
        Assert.Empty(before.Batches);
        var period = await h.Get<ReconciliationQueries>().ComputeAsync(Day.AddDays(-10), Day.AddDays(1));
        Assert.True(period.IsBalanced, period.Summary);
        Assert.Equal(12, period.Days.Count);
        Assert.Equal((0L, 30_000L), (Kind(period, AccountKind.CardBalance).Opening, Kind(period, AccountKind.CardBalance).Closing));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_tampered_posting_balance_or_batch_is_flagged(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var s = await DayAsync(h);
        var queries = h.Get<ReconciliationQueries>();

        // A posting written behind the ledger's back (no balance update; its entry no longer sums to zero).
        await InsertPostingAsync(h, s.PaymentEntryB, s.B.AccountId, 5_000);
        var r = await queries.ComputeAsync(Day, Day);
        Assert.False(r.IsBalanced);
        Assert.Equal((35_000L, 30_000L, -5_000L), (Kind(r, AccountKind.CardBalance).Closing, Kind(r, AccountKind.CardBalance).ClosingFromBalances, Kind(r, AccountKind.CardBalance).Difference));
        Assert.Equal((1, 1, 5_000L), (r.KindDifferences, r.DayDifferences, r.GrandClosing));
        Assert.Equal(5_000L, Assert.Single(r.Days).Difference);
        await InsertPostingAsync(h, s.PaymentEntryB, s.B.AccountId, -5_000);
        Assert.True((await queries.ComputeAsync(Day, Day)).IsBalanced);

        // A cached balance changed without a posting.
        await using (var db = await h.DbAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Accounts\" SET \"Balance\" = \"Balance\" + 1000 WHERE \"Id\" = {0}", s.B.AccountId);
        r = await queries.ComputeAsync(Day, Day);
        Assert.Equal((false, 1, 0, 1_000L), (r.IsBalanced, r.KindDifferences, r.DayDifferences, Kind(r, AccountKind.CardBalance).Difference));
        await using (var db = await h.DbAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Accounts\" SET \"Balance\" = \"Balance\" - 1000 WHERE \"Id\" = {0}", s.B.AccountId);

        // A batch whose header no longer matches its items.
        await using (var db = await h.DbAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"PayoutBatches\" SET \"Total\" = \"Total\" + 1");
        r = await queries.ComputeAsync(Day, Day);
        Assert.Equal((false, 0, 1), (r.IsBalanced, r.KindDifferences, r.BatchDifferences));
        Assert.Equal(["금액 불일치: 배치 36,001원, 항목 합계 36,000원"], Assert.Single(r.Batches).Problems);
    }

    private static async Task InsertPostingAsync(Harness h, long entryId, long accountId, long amount)
    {
        await using var db = await h.DbAsync();
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Postings\" (\"JournalEntryId\", \"AccountId\", \"Amount\", \"BalanceAfter\") VALUES ({0}, {1}, {2}, {3})", entryId, accountId, amount, 0L);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_nightly_job_stores_the_previous_day_and_alerts_finance_and_compliance_on_a_difference_until_resolved(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var s = await DayAsync(h);
        h.Clock.Advance(TimeSpan.FromDays(1)); // the night after the day

        var clean = await h.RunJobAsync<ReconciliationJob>();
        Assert.Equal(JobOutcome.Succeeded, clean.Outcome);
        Assert.Equal("일치: 2026-11-20, 계정 종류 15개, 1일, 지급 배치 1건", clean.Message);
        await using (var db = await h.DbAsync())
        {
            var run = await db.ReconciliationRuns.SingleAsync();
            Assert.Equal((Day, true, 206_000L, 206_000L, 1), (run.Day, run.IsBalanced, run.Credits, run.Debits, run.Batches));
            Assert.Empty(await db.StaffAlerts.ToListAsync());
        }

        await InsertPostingAsync(h, s.PaymentEntryB, s.B.AccountId, 5_000);
        var bad = await h.RunJobAsync<ReconciliationJob>();
        Assert.StartsWith("차이: 2026-11-20, 잔액 차이 계정 종류 1개, 차변≠대변 1일", bad.Message);
        await using (var db = await h.DbAsync())
        {
            var alert = await db.StaffAlerts.SingleAsync();
            Assert.Equal((ReconciliationJob.AlertSource, Permission.ViewReconciliation, "정산 대사 차이", (DateTimeOffset?)null),
                (alert.Source, alert.Permission, alert.Title, alert.ResolvedAt));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "reconciliation.difference" && a.ActorId == Actor.System.Id));
            Assert.False((await db.ReconciliationRuns.OrderByDescending(r => r.Id).FirstAsync()).IsBalanced);
        }
        foreach (var viewer in new[] { TestActor.Finance, TestActor.Compliance })
        {
            h.Actor.Current = viewer;
            Assert.Equal("정산 대사 차이", Assert.Single((await h.Get<DashboardQueries>().AlertsAsync()).Alerts).Title);
        }
        h.Actor.Current = TestActor.Agent;
        Assert.Empty((await h.Get<DashboardQueries>().AlertsAsync()).Alerts);

        await h.RunJobAsync<ReconciliationJob>(); // a retry: still one open alert
        await InsertPostingAsync(h, s.PaymentEntryB, s.B.AccountId, -5_000);
        h.Clock.Advance(TimeSpan.FromHours(1));
        Assert.StartsWith("일치:", (await h.RunJobAsync<ReconciliationJob>()).Message);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(h.Clock.GetUtcNow(), (await db.StaffAlerts.SingleAsync()).ResolvedAt);
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "reconciliation.difference.resolved"));
            Assert.Equal(4, await db.ReconciliationRuns.CountAsync());
        }
        h.Actor.Current = TestActor.Finance;
        Assert.Equal(4, (await h.Get<ReconciliationQueries>().RunsAsync()).Count);
    }

    private sealed class Progress : IProgress<ExportProgress>
    {
        public List<ExportProgress> Reports { get; } = [];
        public void Report(ExportProgress value) => Reports.Add(value);
    }

    private static IExportKind ExportKind(Harness h, string key) => h.Services.GetServices<IExportKind>().Single(k => k.Key == key);

    private static async Task<byte[]> WriteAsync(Harness h, string key, Actor actor)
    {
        var kind = ExportKind(h, key);
        var parameters = ReconciliationReader.Parameters(Day, Day);
        Assert.Equal(key == ReconciliationQueries.CsvKind ? "정산대사_2026-11-20.csv" : "정산대사_2026-11-20.xlsx", kind.Validate(parameters));
        var progress = new Progress();
        using var output = new MemoryStream();
        await kind.WriteAsync(new ExportJob(parameters, actor, null, progress), output, CancellationToken.None);
        Assert.Equal("완료", progress.Reports[^1].Stage);
        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_workbook_has_its_sheets_with_numbers_as_numbers_text_as_text_and_the_days_totals(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var s = await DayAsync(h);
        await using (var db = await h.DbAsync()) // a batch number a spreadsheet would run as a formula stays text
            await db.Database.ExecuteSqlRawAsync("UPDATE \"PayoutBatches\" SET \"BatchNo\" = {0}", "=HYPERLINK(\"x\")");

        var bytes = await WriteAsync(h, ReconciliationQueries.WorkbookKind, TestActor.Compliance);

        using var book = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = book.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(ReconciliationWorkbook.SheetNames, sheets.Select(x => x.Name!.Value));
        List<List<Cell>> Rows(int sheet) => ((WorksheetPart)part.GetPartById(sheets[sheet].Id!)).Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().ToList()).ToList();
        static string Text(Cell c) => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "";
        static bool IsNumber(Cell c) => c.DataType is null || c.DataType.Value == CellValues.Number;

        var summary = Rows(0);
        Assert.Equal(["기간", "2026-11-20", "결과", "일치"], summary[0].Select(Text));
        Assert.All(summary[0], c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        var cardRow = summary.Single(r => Text(r[0]) == "카드 잔액");
        Assert.All(cardRow.Skip(1), c => Assert.True(IsNumber(c)));
        Assert.Equal(["100000", "120000", "50000", "30000", "30000", "0"], cardRow.Skip(1).Select(Text));
        var total = summary[^1];
        Assert.Equal("합계", Text(total[0]));
        Assert.Equal(["0", "0", "0"], new[] { total[4], total[5], total[6] }.Select(Text)); // all kinds close to zero together

        var days = Rows(2);
        Assert.Equal(["2026-11-20", "206000", "206000", "0"], days[1].Select(Text));
        Assert.Equal(CellValues.InlineString, days[1][0].DataType!.Value);
        Assert.True(IsNumber(days[1][1]));

        var batch = Rows(3)[1];
        Assert.Equal("=HYPERLINK(\"x\")", Text(batch[0]));
        Assert.Equal(CellValues.InlineString, batch[0].DataType!.Value);
        Assert.Null(batch[0].CellFormula);
        Assert.Equal("36000", Text(batch[3]));
        Assert.True(IsNumber(batch[3]));
        Assert.NotEmpty(Rows(1));
        _ = s;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_csv_carries_the_same_figures_and_is_formula_safe(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await DayAsync(h);
        await using (var db = await h.DbAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"PayoutBatches\" SET \"BatchNo\" = {0}", "=HYPERLINK(\"x\")");

        var bytes = await WriteAsync(h, ReconciliationQueries.CsvKind, TestActor.Finance);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ReconciliationCsv.Header), lines[0]);
        Assert.Contains("요약,2026-11-20,카드 잔액,,100000,120000,50000,30000,30000,0,", lines);
        Assert.Contains("요약,2026-11-20,충전 입금,,-100000,50000,0,-150000,-150000,0,", lines);
        Assert.Contains("요약,2026-11-20,합계,,0,206000,206000,0,0,0,일치", lines);
        Assert.Contains("일별,2026-11-20,,,,206000,206000,,,0,", lines);
        var batch = Assert.Single(lines, l => l.StartsWith("지급 배치,", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", batch, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", string.Join("\n", lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_cannot_reconcile_or_export_and_a_bad_period_is_refused_in_korean()
    {
        await using var h = await Harness.StartAsync("sqlite");
        var queries = h.Get<ReconciliationQueries>();
        h.Actor.Current = TestActor.Agent;
        await Assert.ThrowsAsync<ForbiddenException>(() => queries.ComputeAsync(Day, Day));
        await Assert.ThrowsAsync<ForbiddenException>(() => queries.RunsAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => queries.StartExportAsync(Day, Day, csv: false));
        await Assert.ThrowsAsync<ForbiddenException>(() => WriteAsync(h, ReconciliationQueries.WorkbookKind, TestActor.Agent));

        h.Actor.Current = TestActor.Finance;
        Assert.Equal("기간의 끝이 시작보다 앞설 수 없습니다.",
            (await Assert.ThrowsAsync<BusinessRuleException>(() => queries.StartExportAsync(Day, Day.AddDays(-1), csv: true))).Message);
        var kind = ExportKind(h, ReconciliationQueries.CsvKind);
        Assert.Equal("시작일을(를) yyyy-MM-dd 형식으로 입력하세요.",
            Assert.Throws<BusinessRuleException>(() => kind.Validate(new ExportParameters(new Dictionary<string, string> { ["from"] = "2026/11/20" }))).Message);
        Assert.Equal((Permission.ViewReconciliation, false), (kind.Permission, kind.HoldsPersonalData));
    }
}
