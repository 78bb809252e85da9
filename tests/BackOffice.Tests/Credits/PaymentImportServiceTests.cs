using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Credits;

/// <summary>The payment files of credit top-ups (issue 15 item 2, 001 §2.2) through the real service on a real database.</summary>
public class PaymentImportServiceTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    private const string GatewayHeader = "거래번호,회원번호,결제수단,금액,상태,상태일시,카드사,승인번호,사유";
    private const string DepositHeader = "거래번호,가상계좌번호,입금액,입금일시,입금은행";

    private static byte[] Csv(string header, params string[] rows) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(header + "\r\n" + string.Concat(rows.Select(r => r + "\r\n")))).ToArray();

    private static string Card(string tx, string memberNo, long amount, string status, string at = "2026-11-20 09:00:00", string approval = "", string reason = "") =>
        $"{tx},{memberNo},신용카드,{amount},{status},{at},BC카드,{approval},{reason}";

    private static Task<PaymentImportResult> ImportAsync(Harness h, PaymentImportKind kind, string name, byte[] file) =>
        h.Get<PaymentImportService>().ImportAsync(kind, name, file);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_card_top_up_is_credited_at_approval_and_the_same_file_twice_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var member = await PaymentTestData.MemberAsync(h, "M77000001");
        var file = Csv(GatewayHeader,
            Card("PG-A1", "M77000001", 10_000, "승인요청", "2026-11-20 08:59:00"),
            Card("PG-A1", "M77000001", 10_000, "승인완료", "2026-11-20 09:00:00", approval: "30001234"));
        h.Actor.Current = TestActor.Finance;

        var first = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "settle-1120.csv", file);

        Assert.False(first.AlreadyImported);
        Assert.Equal((2, 2, 0, 0), (first.RowCount, first.Applied, first.Unchanged, first.Rejected));
        await using (var db = await h.DbAsync())
        {
            var topUp = await db.CreditTopUps.SingleAsync(t => t.GatewayTransactionId == "PG-A1");
            Assert.Equal((member.Id, TopUpMethod.Card, 10_000L, TopUpStatus.Approved, "30001234", "BC카드"),
                (topUp.MemberId, topUp.Method, topUp.Amount, topUp.Status, topUp.ApprovalNumber, topUp.Institution));
            Assert.StartsWith("T20261120-", topUp.Number, StringComparison.Ordinal);
            Assert.Equal(new DateTimeOffset(2026, 11, 19, 23, 59, 0, TimeSpan.Zero), topUp.RequestedAt);
            Assert.NotNull(topUp.CreditEntryId);
            var lot = await db.ValueLots.SingleAsync(l => l.Id == topUp.LotId);
            Assert.Equal((LotKind.Credit, 10_000L, 10_000L, LotState.Open, topUp.Number), (lot.Kind, lot.Amount, lot.Remaining, lot.State, lot.Source));
            Assert.Equal(10_000, await PaymentTestData.CreditsAsync(db, member.Id));
            var history = await db.TopUpEvents.Where(e => e.TopUpId == topUp.Id).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal([TopUpStatus.ApprovalRequested, TopUpStatus.Approved], history.Select(e => e.To));
            Assert.All(history, e => Assert.Equal(("gateway:settle-1120.csv", TestActor.Finance.Id), (e.Source, e.ActorId)));
            Assert.Contains("승인번호 30001234", history[1].Text, StringComparison.Ordinal);
            Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Action == PaymentImportService.ImportAction));
            Assert.Equal(2, await db.AuditRecords.CountAsync(r => r.Action == PaymentImportService.RowAction && r.MemberId == member.Id));
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
        }

        var again = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "renamed.csv", file);

        Assert.True(again.AlreadyImported);
        Assert.Equal(first.ImportId, again.ImportId);
        Assert.StartsWith("이미 반영된 파일입니다 (2026-11-20 10:00 최재무 반영)", again.Summary, StringComparison.Ordinal);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(1, await db.CreditTopUps.CountAsync());
            Assert.Equal(2, await db.TopUpEvents.CountAsync());
            Assert.Equal(1, await db.PaymentImports.CountAsync());
            Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Action == PaymentImportService.ImportAction));
            Assert.Equal(10_000, await PaymentTestData.CreditsAsync(db, member.Id));
        }

        // The next day's file carries the purchase; the approval rows sent again count as unchanged.
        h.Clock.Advance(TimeSpan.FromDays(1));
        var next = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "settle-1121.csv", Csv(GatewayHeader,
            Card("PG-A1", "M77000001", 10_000, "승인완료", "2026-11-20 09:00:00", approval: "30001234"),
            Card("PG-A1", "M77000001", 10_000, "매입대기", "2026-11-20 18:00:00"),
            Card("PG-A1", "M77000001", 10_000, "매입요청", "2026-11-21 02:00:00"),
            Card("PG-A1", "M77000001", 10_000, "매입완료", "2026-11-21 06:00:00")));
        Assert.Equal((4, 3, 1, 0), (next.RowCount, next.Applied, next.Unchanged, next.Rejected));
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(TopUpStatus.Purchased, (await db.CreditTopUps.SingleAsync()).Status);
            Assert.Equal(10_000, await PaymentTestData.CreditsAsync(db, member.Id));
            Assert.Empty(await LotLedger.CheckAsync(db));
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_purchase_takes_the_credits_back(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var member = await PaymentTestData.MemberAsync(h, "M77000002");
        h.Actor.Current = TestActor.Finance;
        await ImportAsync(h, PaymentImportKind.GatewaySettlement, "a.csv", Csv(GatewayHeader,
            Card("PG-B1", "M77000002", 20_000, "승인완료", approval: "1"),
            Card("PG-B1", "M77000002", 20_000, "매입요청", "2026-11-20 09:30:00")));
        await using (var db = await h.DbAsync()) Assert.Equal(20_000, await PaymentTestData.CreditsAsync(db, member.Id));

        var failed = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "b.csv", Csv(GatewayHeader,
            Card("PG-B1", "M77000002", 20_000, "매입실패", "2026-11-20 09:50:00", reason: "카드사 매입 거절")));

        Assert.Equal((1, 1, 0, 0), (failed.RowCount, failed.Applied, failed.Unchanged, failed.Rejected));
        await using var check = await h.DbAsync();
        var topUp = await check.CreditTopUps.SingleAsync();
        Assert.Equal((TopUpStatus.PurchaseFailed, "카드사 매입 거절"), (topUp.Status, topUp.ReturnReason));
        Assert.NotNull(topUp.ReversalEntryId);
        Assert.Equal(LotState.Reversed, (await check.ValueLots.SingleAsync()).State);
        Assert.Equal(0, await PaymentTestData.CreditsAsync(check, member.Id));
        Assert.Empty(await LotLedger.CheckAsync(check));
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_returned_purchase_keeps_its_reason_as_text_and_is_requested_again(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var member = await PaymentTestData.MemberAsync(h, "M77000003");
        h.Actor.Current = TestActor.Finance;
        // A reason that looks like a spreadsheet formula is stored as written, never evaluated.
        const string reason = "=HYPERLINK(\"\"http://x\"\",\"\"전표\"\")";
        var returned = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "r1.csv", Csv(GatewayHeader,
            Card("PG-C1", "M77000003", 5_000, "승인완료", "2026-11-20 08:00:00", approval: "77"),
            Card("PG-C1", "M77000003", 5_000, "매입요청", "2026-11-20 08:30:00"),
            Card("PG-C1", "M77000003", 5_000, "매입반송", "2026-11-20 09:00:00", reason: $"\"{reason}\"")));
        Assert.Equal((3, 3, 0, 0), (returned.RowCount, returned.Applied, returned.Unchanged, returned.Rejected));
        await using (var db = await h.DbAsync())
        {
            var topUp = await db.CreditTopUps.SingleAsync();
            Assert.Equal((TopUpStatus.PurchaseReturned, "=HYPERLINK(\"http://x\",\"전표\")"), (topUp.Status, topUp.ReturnReason));
            Assert.Equal(5_000, await PaymentTestData.CreditsAsync(db, member.Id)); // 매입반송 keeps the credits (TopUpLog.Credited)
        }

        var again = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "r2.csv", Csv(GatewayHeader,
            Card("PG-C1", "M77000003", 5_000, "매입요청", "2026-11-20 09:40:00")));
        Assert.Equal((1, 1, 0, 0), (again.RowCount, again.Applied, again.Unchanged, again.Rejected));
        await using (var db = await h.DbAsync())
        {
            var topUp = await db.CreditTopUps.SingleAsync();
            Assert.Equal((TopUpStatus.PurchaseRequested, "=HYPERLINK(\"http://x\",\"전표\")"), (topUp.Status, topUp.ReturnReason));
            var steps = await db.TopUpEvents.Where(e => e.TopUpId == topUp.Id).OrderBy(e => e.Id).Select(e => e.To).ToListAsync();
            Assert.Equal([TopUpStatus.ApprovalRequested, TopUpStatus.Approved, TopUpStatus.PurchaseRequested, TopUpStatus.PurchaseReturned, TopUpStatus.PurchaseRequested], steps);
        }

        var done = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "r3.csv", Csv(GatewayHeader,
            Card("PG-C1", "M77000003", 5_000, "매입완료", "2026-11-20 09:50:00")));
        Assert.Equal(1, done.Applied);
        await using var check = await h.DbAsync();
        Assert.Equal(TopUpStatus.Purchased, (await check.CreditTopUps.SingleAsync()).Status);
        Assert.True((await LedgerConsistencyCheck.RunAsync(check)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_rows_are_listed_with_their_line_and_reason_and_nothing_of_them_is_applied(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var member = await PaymentTestData.MemberAsync(h, "M77000004");
        await PaymentTestData.MemberAsync(h, "M77000005", status: MemberStatus.Withdrawn);
        await PaymentTestData.MemberAsync(h, "M77000006", corporate: true);
        var waiting = await PaymentTestData.VirtualAccountAsync(h, member.Id, "VA-D1", "5620000001", 30_000, lastDay: new DateOnly(2026, 11, 23));
        h.Actor.Current = TestActor.Finance;
        await ImportAsync(h, PaymentImportKind.GatewaySettlement, "setup.csv", Csv(GatewayHeader,
            Card("PG-D2", "M77000004", 10_000, "승인완료", approval: "1")));

        var result = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "mixed.csv", Csv(GatewayHeader,
            Card("PG-D1", "M77000004", 3_000, "승인완료", approval: "2"),        // 2: applied (new top-up, credited)
            Card("PG-X1", "M99999999", 3_000, "승인완료"),                       // 3: unknown member
            Card("PG-X2", "M77000005", 3_000, "승인완료"),                       // 4: withdrawn member
            Card("PG-X3", "M77000006", 3_000, "승인완료"),                       // 5: corporate minimum 5,000 C (001 §2.1)
            Card("PG-X4", "M77000004", 3_000, "매입완료"),                       // 6: unknown transaction, not an approval
            Card("PG-D2", "M77000004", 10_000, "매입완료"),                      // 7: 승인완료 → 매입완료 skips 매입요청
            Card("PG-D2", "M77000004", 12_000, "매입대기"),                      // 8: amount differs
            Card("PG-D2", "M77000006", 10_000, "승인 취소"),                     // 9: another member
            Card("VA-D1", "M77000004", 30_000, "승인완료"),                      // 10: a virtual account in the card file
            "PG-X5,M77000004,신용카드,3000,매입반송,2026-11-20 09:00:00,BC카드,,", // 11: 매입반송 without its reason
            Card("PG-D2", "M77000004", 10_000, "매입요청")));                     // 12: applied
        Assert.Equal((11, 2, 0, 9), (result.RowCount, result.Applied, result.Unchanged, result.Rejected));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11], result.RejectedRows.Select(r => int.Parse(r[..r.IndexOf('행', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.StartsWith("3행: 회원번호 M99999999을(를) 찾을 수 없습니다", result.RejectedRows[0], StringComparison.Ordinal);
        Assert.Contains("탈퇴 상태라 크레딧을 충전할 수 없습니다", result.RejectedRows[1], StringComparison.Ordinal);
        Assert.Contains("법인회원 최소 5,000 C (001 §2.1", result.RejectedRows[2], StringComparison.Ordinal);
        Assert.Contains("충전 건을 찾을 수 없습니다", result.RejectedRows[3], StringComparison.Ordinal);
        Assert.Contains("현재 상태 '승인완료'에서 '매입완료'(으)로 바꿀 수 없습니다", result.RejectedRows[4], StringComparison.Ordinal);
        Assert.Contains("금액 12,000원이 충전", result.RejectedRows[5], StringComparison.Ordinal);
        Assert.Contains("회원번호 M77000006이(가) 충전", result.RejectedRows[6], StringComparison.Ordinal);
        Assert.Contains("가상계좌 충전", result.RejectedRows[7], StringComparison.Ordinal);
        Assert.Contains("'매입반송' 행에는 사유가 필요합니다", result.RejectedRows[8], StringComparison.Ordinal);

        await using var db = await h.DbAsync();
        Assert.Equal(["PG-D1", "PG-D2", "VA-D1"], (await db.CreditTopUps.Select(t => t.GatewayTransactionId).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(TopUpStatus.PurchaseRequested, (await db.CreditTopUps.SingleAsync(t => t.GatewayTransactionId == "PG-D2")).Status);
        Assert.Equal(TopUpStatus.AwaitingDeposit, (await db.CreditTopUps.SingleAsync(t => t.Id == waiting.Id)).Status);
        Assert.Equal(13_000, await PaymentTestData.CreditsAsync(db, member.Id));
        var stored = await db.PaymentImports.SingleAsync(i => i.FileName == "mixed.csv");
        Assert.Equal((11, 2, 0, 9), (stored.Rows, stored.Applied, stored.Unchanged, stored.Rejected));
        Assert.Equal(result.RejectedRows, stored.RejectedRows.Split('\n'));
        Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deposit_pays_its_waiting_virtual_account_in_time_and_a_late_or_wrong_one_is_refused(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        var member = await PaymentTestData.MemberAsync(h, "M77000007");
        // Deadline 2026-11-19: cancels at 2026-11-20 00:00 KST (001 §2.2.2); the job has not run yet.
        var late = await PaymentTestData.VirtualAccountAsync(h, member.Id, "VA-E1", "5620000011", 30_000, lastDay: new DateOnly(2026, 11, 19));
        var onTime = await PaymentTestData.VirtualAccountAsync(h, member.Id, "VA-E2", "5620000012", 30_000, lastDay: new DateOnly(2026, 11, 19));
        var cancelled = await PaymentTestData.VirtualAccountAsync(h, member.Id, "VA-E3", "5620000013", 10_000, lastDay: new DateOnly(2026, 11, 18), status: TopUpStatus.DepositCancelled);
        var other = await PaymentTestData.VirtualAccountAsync(h, member.Id, "VA-E4", "5620000014", 10_000, lastDay: new DateOnly(2026, 11, 23));
        h.Actor.Current = TestActor.Finance;

        var result = await ImportAsync(h, PaymentImportKind.VirtualAccountDeposit, "deposit-1120.csv", Csv(DepositHeader,
            "VA-E1,5620000011,30000,2026-11-20 00:00:00,신한은행",  // 2: at the cancel instant: too late
            "VA-E2,5620000012,30000,2026-11-19 23:59:59,신한은행",  // 3: the last second of the last day: paid
            "VA-E3,5620000013,10000,2026-11-18 10:00:00,신한은행",  // 4: already cancelled
            "VA-E4,5620000014,9000,2026-11-20 09:00:00,신한은행",   // 5: not the amount
            "VA-E4,5620000099,10000,2026-11-20 09:00:00,신한은행",  // 6: the same transaction twice in the file
            "VA-E9,5620000099,10000,2026-11-20 09:00:00,신한은행")); // 7: unknown

        Assert.Equal((6, 1, 0, 5), (result.RowCount, result.Applied, result.Unchanged, result.Rejected));
        Assert.StartsWith("2행: 입금일시 2026-11-20 00:00:00이(가) 입금 기한을 지났습니다 (입금 기한 2026-11-19까지, 2026-11-20 00:00 자동 취소)", result.RejectedRows[0], StringComparison.Ordinal);
        Assert.StartsWith("4행: 충전 ", result.RejectedRows[1], StringComparison.Ordinal);
        Assert.Contains("입금취소되었습니다", result.RejectedRows[1], StringComparison.Ordinal);
        Assert.Contains("입금액 9,000원이 충전", result.RejectedRows[2], StringComparison.Ordinal);
        Assert.StartsWith("6행: 거래번호 VA-E4이(가) 파일에 두 번 이상", result.RejectedRows[3], StringComparison.Ordinal);
        Assert.StartsWith("7행: 거래번호 VA-E9의 가상계좌 충전을 찾을 수 없습니다", result.RejectedRows[4], StringComparison.Ordinal);

        await using (var db = await h.DbAsync())
        {
            var paid = await db.CreditTopUps.SingleAsync(t => t.Id == onTime.Id);
            Assert.Equal((TopUpStatus.Paid, new DateTimeOffset(2026, 11, 19, 14, 59, 59, TimeSpan.Zero)), (paid.Status, paid.PaidAt));
            Assert.NotNull(paid.LotId);
            Assert.Equal(30_000, await PaymentTestData.CreditsAsync(db, member.Id));
            Assert.Equal(TopUpStatus.AwaitingDeposit, (await db.CreditTopUps.SingleAsync(t => t.Id == late.Id)).Status);
            Assert.Equal(TopUpStatus.DepositCancelled, (await db.CreditTopUps.SingleAsync(t => t.Id == cancelled.Id)).Status);
            Assert.Equal(TopUpStatus.AwaitingDeposit, (await db.CreditTopUps.SingleAsync(t => t.Id == other.Id)).Status);
            var step = await db.TopUpEvents.SingleAsync(e => e.TopUpId == onTime.Id);
            Assert.Equal((TopUpStatus.AwaitingDeposit, TopUpStatus.Paid, "deposit:deposit-1120.csv"), (step.From, step.To, step.Source));
            Assert.Contains("신한은행 입금 30,000원", step.Text, StringComparison.Ordinal);
            Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Action == PaymentImportService.RowAction && r.MemberId == member.Id));
            Assert.True((await LedgerConsistencyCheck.RunAsync(db)).IsConsistent);
        }

        // The bank sends the day again with one more deposit: the paid one is unchanged, the new one applies.
        var more = await ImportAsync(h, PaymentImportKind.VirtualAccountDeposit, "deposit-1120-v2.csv", Csv(DepositHeader,
            "VA-E2,5620000012,30000,2026-11-19 23:59:59,신한은행",
            "VA-E4,5620000014,10000,2026-11-20 09:30:00,국민은행"));
        Assert.Equal((2, 1, 1, 0), (more.RowCount, more.Applied, more.Unchanged, more.Rejected));
        await using var check = await h.DbAsync();
        Assert.Equal(40_000, await PaymentTestData.CreditsAsync(check, member.Id));
        Assert.Empty(await LotLedger.CheckAsync(check));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_finance_imports_and_a_file_of_the_wrong_kind_changes_nothing(string provider)
    {
        await using var h = await Harness.StartAsync(provider);
        await PaymentTestData.MemberAsync(h, "M77000008");
        var file = Csv(GatewayHeader, Card("PG-F1", "M77000008", 10_000, "승인완료", approval: "1"));
        foreach (var actor in new[] { TestActor.Agent, TestActor.Supervisor, TestActor.Compliance, TestActor.Admin })
        {
            h.Actor.Current = actor;
            await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(h, PaymentImportKind.GatewaySettlement, "f.csv", file));
            await Assert.ThrowsAsync<ForbiddenException>(() => h.Get<PaymentImportService>().ListAsync(0, 10));
        }

        h.Actor.Current = TestActor.Finance;
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => ImportAsync(h, PaymentImportKind.VirtualAccountDeposit, "f.csv", file));
        Assert.StartsWith("첫 줄에 머리글이 필요합니다: 거래번호,가상계좌번호,입금액,입금일시,입금은행", refused.Message, StringComparison.Ordinal);
        await using (var db = await h.DbAsync())
        {
            Assert.Equal(0, await db.PaymentImports.CountAsync());
            Assert.Equal(0, await db.CreditTopUps.CountAsync());
        }

        var applied = await ImportAsync(h, PaymentImportKind.GatewaySettlement, "f.csv", file);
        var (rows, total) = await h.Get<PaymentImportService>().ListAsync(0, 10);
        Assert.Equal(1, total);
        Assert.Equal((applied.ImportId, "f.csv", 1), (rows[0].Id, rows[0].FileName, rows[0].Applied));
        Assert.Equal(applied.Summary, (await h.Get<PaymentImportService>().GetAsync(applied.ImportId)).Summary);
    }
}

/// <summary>Members and virtual-account top-ups written directly, as the member app would leave them.</summary>
internal static class PaymentTestData
{
    public static async Task<Member> MemberAsync(Harness h, string memberNo, MemberStatus status = MemberStatus.Active, bool corporate = false)
    {
        await using var db = await h.DbAsync();
        var member = new Member
        {
            MemberNo = memberNo,
            Name = "한결제",
            Phone = "01012345678",
            BirthDate = new DateOnly(1990, 1, 1),
            Email = "pay@example.com",
            Address = "서울특별시 중구 세종대로 110",
            IsCorporate = corporate,
            Status = status,
            JoinedAt = h.Clock.GetUtcNow().AddDays(-100),
        };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    public static async Task<CreditTopUp> VirtualAccountAsync(Harness h, long memberId, string tx, string account, long amount, DateOnly lastDay,
        TopUpStatus status = TopUpStatus.AwaitingDeposit)
    {
        await using var db = await h.DbAsync();
        var program = await db.Programs.Include(p => p.Policies).SingleAsync(p => p.Code == ProgramPresets.Credits);
        var topUp = new CreditTopUp
        {
            Number = $"T20261118-9{account[^5..]}",
            MemberId = memberId,
            ProgramId = program.Id,
            PolicyVersion = program.Policies.Max(p => p.Version),
            Method = TopUpMethod.VirtualAccount,
            Amount = amount,
            Status = status,
            RequestedAt = KoreanTime.StartOfDay(lastDay.AddDays(-2)).AddHours(10),
            GatewayTransactionId = tx,
            Institution = "신한은행",
            VirtualAccountNumber = account,
            DepositDeadline = lastDay,
            CancelsAt = KoreanTime.StartOfDay(lastDay.AddDays(1)),
            DeadlineRule = "테스트",
            IdempotencyKey = $"test:{tx}",
        };
        db.CreditTopUps.Add(topUp);
        await db.SaveChangesAsync();
        return topUp;
    }

    public static async Task<long> CreditsAsync(AppDbContext db, long memberId) =>
        await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == AccountKind.Credits).SumAsync(a => (long?)a.Balance) ?? 0;
}
