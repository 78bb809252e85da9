using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using static BackOffice.Tests.Refunds.RefundScenario;

namespace BackOffice.Tests.BadInput;

/// <summary>
/// One portal with something of every kind for the bad-input table to aim at (issue 16 item 7): cards with balances, a filed
/// refund, an open case and one with a proposed adjustment, a reported card, credits, points, a virtual-account top-up,
/// a shipment. Built once per provider and shared by every row (each row is refused, so none changes it; a row that is
/// not refused fails and names the tables it changed).
/// </summary>
public sealed class BadInputWorld
{
    /// <summary>Every role at once, stepped up: a row is refused for its input, never for a missing permission.</summary>
    public static readonly Actor Everyone = TestActor.Make("badinput-id", "오입력", [.. StaffRoles.All]);

    public const string RefundKey = "bad-input-refund";
    public const string AdjustmentKey = "bad-input-adjustment";
    public const string LostKey = "bad-input-lost";
    public const string CreditUseKey = "bad-input-credit-use";
    public const string PointEarnKey = "bad-input-point-earn";
    public const string PointUseKey = "bad-input-point-use";
    public const string TopUpKey = "bad-input-topup";
    public const string CaseKey = "bad-input-case";

    public required Harness H { get; init; }
    public required TestCard Card { get; init; }
    public required TestCard RefundCard { get; init; }
    public required TestCard LostCard { get; init; }
    public required string RefundNo { get; init; }
    public required long RefundId { get; init; }
    public required long OpenCaseId { get; init; }
    public required string OpenCaseNo { get; init; }
    public required string PendingCaseNo { get; init; }
    /// <summary>A complaint (its clock may be paused, an error correction's may not).</summary>
    public required long ComplaintCaseId { get; init; }
    public required string PaperCaseNo { get; init; }
    public required long AdjustmentId { get; init; }
    public required long CreditMemberId { get; init; }
    public required long PointLotId { get; init; }
    public required string TopUpNo { get; init; }
    public required long DesignId { get; init; }
    public required long ProgramId { get; init; }
    public required long ShipmentId { get; init; }

    public T Get<T>() where T : notnull => H.Get<T>();

    public static async Task<BadInputWorld> CreateAsync(string provider)
    {
        var h = await Harness.StartAsync(provider, demoMembers: 12);
        var card = await NewCardAsync(h);
        await TopUpAsync(h, card, 10_000, DaysAgo(h, 5));
        var refundCard = await NewCardAsync(h);
        await TopUpAsync(h, refundCard, 20_000, DaysAgo(h, 5));
        var lostCard = await NewCardAsync(h);
        await TopUpAsync(h, lostCard, 5_000, DaysAgo(h, 5));

        h.Actor.Current = TestActor.Agent;
        var filed = await h.Get<RefundService>().FileAsync(new FileRefundCommand(
            new RefundTarget(refundCard.MemberId, refundCard.CardId, RefundKind.BalanceRefund, null), "잔액 환불 신청", RefundKey));
        var cases = h.Get<CaseService>();
        var open = await cases.OpenAsync(new OpenCaseCommand(card.MemberId, CaseType.ErrorCorrection, CaseChannel.Phone, h.Clock.GetUtcNow().AddHours(-1),
            "오류 정정 테스트", "회원 요청", [card.CardId], [], CaseKey));
        var pending = await cases.OpenAsync(new OpenCaseCommand(card.MemberId, CaseType.ErrorCorrection, CaseChannel.Phone, h.Clock.GetUtcNow().AddHours(-1),
            "오류 정정 승인 대기", "회원 요청", [card.CardId], [], CaseKey + "-2"));
        var complaint = await cases.OpenAsync(new OpenCaseCommand(card.MemberId, CaseType.Complaint, CaseChannel.Phone, h.Clock.GetUtcNow().AddHours(-1),
            "민원 테스트", "회원 요청", [card.CardId], [], CaseKey + "-3"));
        var paper = await cases.OpenAsync(new OpenCaseCommand(card.MemberId, CaseType.PaperStatement, CaseChannel.Phone, h.Clock.GetUtcNow().AddHours(-1),
            "거래내역 서면 교부", "회원 요청", [card.CardId], [], CaseKey + "-4"));
        var adjustmentId = await h.Get<CaseAdjustmentService>().ProposeAsync(new ProposeAdjustmentCommand(
            pending.Number, AccountKind.CardBalance, card.CardId, 1_000, "이중 결제 정정 (가맹점 확인)", AdjustmentKey));
        await h.Get<LostCardService>().ReportAsync(new LostCardCommand(lostCard.CardId, LossKind.Lost, ReportChannel.Phone, "", LostKey));

        var creditMember = await Credits.TopUpTestData.MemberAsync(h);
        await Credits.CreditTestData.TopUpAsync(h, creditMember, 50_000, h.Clock.GetUtcNow().AddDays(-1));
        await h.Get<CreditService>().UseAsync(creditMember, 1_000, "테스트 사용", CreditUseKey);
        var points = h.Get<PointService>();
        var earned = await points.EarnAsync(creditMember, 5_000, h.Clock.GetUtcNow().AddDays(-1), "테스트 적립", PointEarnKey);
        await points.UseAsync(creditMember, 500, "테스트 사용", PointUseKey);
        var topUpNo = await h.Get<TopUpService>().OpenVirtualAccountAsync(creditMember, 10_000, "신한은행", TopUpKey);

        long designId, programId, shipmentId;
        await using (var db = await h.DbAsync())
        {
            programId = await db.Cards.Where(c => c.Id == card.CardId).Select(c => c.ProgramId).SingleAsync();
            designId = await db.CardDesigns.Where(d => d.ProgramId == programId && d.Stock > 0).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            shipmentId = await db.Shipments.OrderBy(s => s.Id).Select(s => s.Id).FirstOrDefaultAsync();
        }

        h.Actor.Current = Everyone;
        await h.StepUpAsync();
        return new BadInputWorld
        {
            H = h,
            Card = card,
            RefundCard = refundCard,
            LostCard = lostCard,
            RefundNo = filed.RequestNo,
            RefundId = (await RequestAsync(h, filed.RequestNo)).Id,
            OpenCaseId = open.Id,
            OpenCaseNo = open.Number,
            PendingCaseNo = pending.Number,
            ComplaintCaseId = complaint.Id,
            PaperCaseNo = paper.Number,
            AdjustmentId = adjustmentId,
            CreditMemberId = creditMember,
            PointLotId = earned.LotId,
            TopUpNo = topUpNo,
            DesignId = designId,
            ProgramId = programId,
            ShipmentId = shipmentId,
        };
    }

    /// <summary>
    /// What "no change" compares: every table of the EF model (row count and a hash of every row's values, so an update
    /// shows as well as an insert) and the ledger's totals per account kind (balances and postings).
    /// </summary>
    public async Task<SortedDictionary<string, string>> FingerprintAsync()
    {
        await using var db = await H.DbAsync();
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var balances = await db.Accounts.GroupBy(a => a.Kind).Select(g => new { g.Key, Sum = g.Sum(a => a.Balance) }).ToListAsync();
        var postings = await db.Postings.Join(db.Accounts, p => p.AccountId, a => a.Id, (p, a) => new { a.Kind, p.Amount })
            .GroupBy(x => x.Kind).Select(g => new { g.Key, Sum = g.Sum(x => x.Amount) }).ToListAsync();
        foreach (var b in balances) result[$"ledger balance {b.Key}"] = b.Sum.ToString(CultureInfo.InvariantCulture);
        foreach (var p in postings) result[$"ledger postings {p.Key}"] = p.Sum.ToString(CultureInfo.InvariantCulture);

        var sqlServer = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true;
        string Quote(string name) => sqlServer ? $"[{name}]" : $"\"{name}\"";
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .Select(e => (Schema: e.GetSchema(), Table: e.GetTableName()!))
            .Distinct().OrderBy(t => t.Table, StringComparer.Ordinal).ToList();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        foreach (var (schema, table) in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {(schema is null ? "" : Quote(schema) + ".")}{Quote(table)}";
            var rows = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                    rows.Add(string.Join('\u001f', values.Select(v => v switch
                    {
                        byte[] bytes => Convert.ToHexString(bytes),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => v.ToString(),
                    })));
                }
            }
            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16];
            result[$"table {table}"] = $"{rows.Count} rows {hash}";
        }
        return result;
    }
}

/// <summary>The worlds of one test class, one per provider, built on first use and disposed with the class.</summary>
public sealed class BadInputWorlds : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<BadInputWorld>>> _worlds = new();

    public Task<BadInputWorld> ForAsync(string provider) =>
        _worlds.GetOrAdd(provider, p => new Lazy<Task<BadInputWorld>>(() => BadInputWorld.CreateAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var world in _worlds.Values.Where(w => w.IsValueCreated && w.Value.IsCompletedSuccessfully))
            await world.Value.Result.H.DisposeAsync();
    }
}
