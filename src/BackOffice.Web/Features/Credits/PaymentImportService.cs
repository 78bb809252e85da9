using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Credits;

/// <summary>The outcome of an import: counts, the refused rows with their reasons, and whether the file was already applied.</summary>
public sealed record PaymentImportResult(
    long ImportId, PaymentImportKind Kind, string FileName, string Sha256, bool AlreadyImported, DateTimeOffset ImportedAt, string ImportedByName,
    int RowCount, int Applied, int Unchanged, int Rejected, IReadOnlyList<string> RejectedRows)
{
    public string Summary => AlreadyImported
        ? $"이미 반영된 파일입니다 ({Fmt.DateTime(ImportedAt)} {ImportedByName} 반영). 아무것도 바뀌지 않았습니다."
        : $"{RowCount:#,0}행 중 반영 {Applied:#,0}, 변경 없음 {Unchanged:#,0}, 거부 {Rejected:#,0}";
}

public sealed record PaymentImportRow(
    long Id, PaymentImportKind Kind, string FileName, string Sha256, DateTimeOffset ImportedAt, string ImportedByName,
    int RowCount, int Applied, int Unchanged, int Rejected);

/// <summary>
/// The payment gateway's card settlement file and the virtual-account deposit file (issue 15 item 2, seed 001 §2.2).
/// The file is checked as a whole (<see cref="PaymentFiles"/>), then each row against the top-up it names and the payment
/// states (<see cref="TopUpLog.Allowed"/>); the good rows are applied together in one transaction through
/// <see cref="TopUpSteps.ApplyAsync"/> (the credits at 승인완료/결제완료, taken back at 매입실패/승인 취소), each with its
/// history line (source <c>gateway:{file}</c> or <c>deposit:{file}</c>) and an audit record on the member; the bad rows
/// are listed with their line and reason and nothing of them is applied. The same bytes again (kind + SHA-256) change
/// nothing and say so.
/// </summary>
public sealed class PaymentImportService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    public const int MaxFileName = 200;
    public const string ImportAction = "payment.import";
    public const string RowAction = "payment.import.row";
    public const string TopUpSeries = "credit-topup";

    public async Task<PaymentImportResult> ImportAsync(PaymentImportKind kind, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ImportPayments);
        if (!Enum.IsDefined(kind)) throw new BusinessRuleException("반영할 파일 종류를 선택하세요.");
        var name = Path.GetFileName((fileName ?? "").Trim());
        if (name.Length == 0) throw new BusinessRuleException("파일 이름이 없습니다.");
        if (name.Length > MaxFileName) throw new BusinessRuleException($"파일 이름은 {MaxFileName}자 이하여야 합니다.");
        if (bytes is null || bytes.Length == 0) throw new BusinessRuleException("빈 파일입니다.");
        if (bytes.Length > PaymentFiles.MaxBytes) throw new BusinessRuleException($"파일이 너무 큽니다. 최대 {PaymentFiles.MaxBytes / 1024 / 1024}MB까지 반영할 수 있습니다.");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        // A repeat is answered before the file is read: the same bytes were checked (and applied) the first time.
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await db.PaymentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Kind == kind && i.Sha256 == sha, ct) is { } earlier)
                return Result(earlier, alreadyImported: true);
        }

        var now = clock.GetUtcNow();
        var gateway = kind == PaymentImportKind.GatewaySettlement ? PaymentFiles.ReadGateway(bytes, now) : null;
        var deposits = kind == PaymentImportKind.VirtualAccountDeposit ? PaymentFiles.ReadDeposits(bytes, now) : null;
        var source = Clip($"{(gateway is not null ? "gateway" : "deposit")}:{name}", 200);

        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await db.PaymentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Kind == kind && i.Sha256 == sha, token) is { } earlier)
                return Result(earlier, alreadyImported: true);

            var rejected = new List<PaymentRejectedRow>(gateway?.Rejected ?? deposits!.Rejected);
            var counts = new Counts();
            if (gateway is not null) await ApplyGatewayAsync(db, gateway.Rows, actor, now, source, rejected, counts, token);
            else await ApplyDepositsAsync(db, deposits!.Rows, actor, now, source, rejected, counts, token);

            var lines = rejected.OrderBy(r => r.Line).Select(r => r.ToString()).ToList();
            var record = new PaymentImport
            {
                Kind = kind,
                FileName = name,
                Sha256 = sha,
                ImportedAt = now,
                ImportedById = actor.Id,
                ImportedByName = actor.Name,
                Rows = gateway?.RowCount ?? deposits!.RowCount,
                Applied = counts.Applied,
                Unchanged = counts.Unchanged,
                Rejected = lines.Count,
                RejectedRows = Clip(string.Join('\n', lines), 20_000),
            };
            db.PaymentImports.Add(record);
            await db.SaveChangesAsync(token);
            db.Record(actor, now, ImportAction, nameof(PaymentImport), record.Id.ToString(CultureInfo.InvariantCulture), after: new
            {
                record.Kind,
                record.FileName,
                record.Sha256,
                record.Rows,
                record.Applied,
                record.Unchanged,
                record.Rejected,
            }, reason: PaymentFiles.KindName(kind));
            return Result(record, alreadyImported: false) with { RejectedRows = lines };
        }, ct);
    }

    public async Task<(IReadOnlyList<PaymentImportRow> Rows, int Total)> ListAsync(int page, int pageSize, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ImportPayments);
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.PaymentImports.CountAsync(ct);
        var rows = await db.PaymentImports.AsNoTracking().OrderByDescending(i => i.Id).Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(i => new PaymentImportRow(i.Id, i.Kind, i.FileName, i.Sha256, i.ImportedAt, i.ImportedByName, i.Rows, i.Applied, i.Unchanged, i.Rejected))
            .ToListAsync(ct);
        return (rows, total);
    }

    public async Task<PaymentImportResult> GetAsync(long id, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ImportPayments);
        await using var db = await factory.CreateDbContextAsync(ct);
        var record = await db.PaymentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new BusinessRuleException("파일 반영 기록을 찾을 수 없습니다.");
        return Result(record, alreadyImported: false);
    }

    private sealed class Counts
    {
        public int Applied { get; set; }
        public int Unchanged { get; set; }
    }

    /// <summary>Settlement rows in line order: a row may create its top-up (승인요청/승인완료) or move it one step.</summary>
    private static async Task ApplyGatewayAsync(AppDbContext db, IReadOnlyList<GatewayRow> rows, Actor actor, DateTimeOffset now, string source,
        List<PaymentRejectedRow> rejected, Counts counts, CancellationToken ct)
    {
        var ids = rows.Select(r => r.TransactionId).Distinct().ToList();
        var topUps = (await db.CreditTopUps.Where(t => ids.Contains(t.GatewayTransactionId)).ToListAsync(ct))
            .ToDictionary(t => t.GatewayTransactionId, StringComparer.Ordinal);
        var memberNos = rows.Select(r => r.MemberNo).Distinct().ToList();
        var topUpMemberIds = topUps.Values.Select(t => t.MemberId).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => memberNos.Contains(m.MemberNo) || topUpMemberIds.Contains(m.Id)).ToListAsync(ct);
        var byNo = members.ToDictionary(m => m.MemberNo, StringComparer.Ordinal);
        var byId = members.ToDictionary(m => m.Id);
        var reachedIds = topUps.Values.Select(t => t.Id).ToList();
        var reached = (await db.TopUpEvents.AsNoTracking().Where(e => reachedIds.Contains(e.TopUpId)).Select(e => new { e.TopUpId, e.To }).ToListAsync(ct))
            .Select(e => (e.TopUpId, e.To)).ToHashSet();
        CardProgram? program = null;

        foreach (var row in rows)
        {
            var text = $"PG 정산 파일 {row.Line}행: {TopUpLog.Name(row.Status)} ({row.At:yyyy-MM-dd HH:mm:ss})"
                + (row.ApprovalNumber.Length > 0 ? $", 승인번호 {row.ApprovalNumber}" : "")
                + (row.Reason.Length > 0 ? $", 사유 {row.Reason}" : "");
            if (!topUps.TryGetValue(row.TransactionId, out var topUp))
            {
                // A transaction the portal has not seen: only its approval request or approval opens a top-up.
                if (row.Status is not (TopUpStatus.ApprovalRequested or TopUpStatus.Approved))
                {
                    Reject(row.Line, row.TransactionId, $"거래번호 {row.TransactionId}의 충전 건을 찾을 수 없습니다 (새 충전은 승인요청·승인완료 행으로만 만들어집니다).");
                    continue;
                }
                if (!byNo.TryGetValue(row.MemberNo, out var member))
                {
                    Reject(row.Line, row.TransactionId, $"회원번호 {row.MemberNo}을(를) 찾을 수 없습니다.");
                    continue;
                }
                if (member.Status != MemberStatus.Active)
                {
                    Reject(row.Line, row.TransactionId, $"회원 {member.MemberNo}은(는) {(member.Status == MemberStatus.Withdrawn ? "탈퇴" : "자격 정지")} 상태라 크레딧을 충전할 수 없습니다.");
                    continue;
                }
                program ??= await db.Programs.AsNoTracking().Include(p => p.Policies).SingleAsync(p => p.Code == ProgramPresets.Credits, ct);
                var policy = PolicySelector.InForce(program.Policies, now.ToKstDate());
                try
                {
                    CreditRules.ValidateTopUp(policy, member.IsCorporate, row.Amount);
                }
                catch (BusinessRuleException ex)
                {
                    Reject(row.Line, row.TransactionId, ex.Message);
                    continue;
                }
                topUp = new CreditTopUp
                {
                    Number = await BusinessNumbers.NextNumberAsync(db, TopUpSeries, "T", now.ToKstDate(), ct),
                    MemberId = member.Id,
                    ProgramId = program.Id,
                    PolicyVersion = policy.Version,
                    Method = TopUpMethod.Card,
                    Amount = row.Amount,
                    Status = TopUpStatus.ApprovalRequested,
                    RequestedAt = row.At,
                    GatewayTransactionId = row.TransactionId,
                    Institution = row.Institution,
                    ApprovalNumber = row.ApprovalNumber,
                    IdempotencyKey = $"gateway:{row.TransactionId}",
                };
                db.CreditTopUps.Add(topUp);
                await db.SaveChangesAsync(ct);
                TopUpLog.Note(db, topUp, actor, now, $"PG 정산 파일로 충전 접수: 승인요청 ({row.At:yyyy-MM-dd HH:mm:ss})", source);
                reached.Add((topUp.Id, TopUpStatus.ApprovalRequested));
                topUps[row.TransactionId] = topUp;
                byId[member.Id] = member;
                if (row.Status == TopUpStatus.Approved) await StepAsync(db, topUp, row, actor, now, text, source, ct);
                db.Record(actor, now, RowAction, nameof(CreditTopUp), topUp.Number, after: new { topUp.Status, topUp.Amount, topUp.GatewayTransactionId },
                    reason: source, memberId: topUp.MemberId);
                reached.Add((topUp.Id, topUp.Status));
                counts.Applied++;
                continue;
            }

            if (topUp.Method != TopUpMethod.Card)
            {
                Reject(row.Line, row.TransactionId, $"거래번호 {row.TransactionId}은(는) 가상계좌 충전 {topUp.Number}입니다 (가상계좌 입금 파일로 반영하세요).");
                continue;
            }
            var owner = byId.GetValueOrDefault(topUp.MemberId)?.MemberNo ?? "";
            if (owner != row.MemberNo)
            {
                Reject(row.Line, row.TransactionId, $"회원번호 {row.MemberNo}이(가) 충전 {topUp.Number}의 회원과 다릅니다.");
                continue;
            }
            if (topUp.Amount != row.Amount)
            {
                Reject(row.Line, row.TransactionId, $"금액 {row.Amount:N0}원이 충전 {topUp.Number}의 금액 {topUp.Amount:N0} C와 다릅니다.");
                continue;
            }
            if (topUp.Status == row.Status)
            {
                counts.Unchanged++;
                continue;
            }
            if (!TopUpLog.CanMove(topUp.Status, row.Status))
            {
                // A state the top-up went through before (an older row sent again in a new file) changes nothing.
                if (reached.Contains((topUp.Id, row.Status)))
                {
                    counts.Unchanged++;
                    continue;
                }
                Reject(row.Line, row.TransactionId,
                    $"충전 {topUp.Number}: 현재 상태 '{TopUpLog.Name(topUp.Status)}'에서 '{TopUpLog.Name(row.Status)}'(으)로 바꿀 수 없습니다 (001 §2.2.1).");
                continue;
            }
            var before = new { topUp.Status, topUp.ReturnReason };
            await StepAsync(db, topUp, row, actor, now, text, source, ct);
            db.Record(actor, now, RowAction, nameof(CreditTopUp), topUp.Number, before, new { topUp.Status, topUp.ReturnReason },
                reason: source, memberId: topUp.MemberId);
            reached.Add((topUp.Id, topUp.Status));
            counts.Applied++;
        }

        void Reject(int line, string id, string reason) => rejected.Add(new PaymentRejectedRow(line, id, reason));
    }

    private static async Task StepAsync(AppDbContext db, CreditTopUp topUp, GatewayRow row, Actor actor, DateTimeOffset now, string text, string source, CancellationToken ct)
    {
        if (row.Status == TopUpStatus.Approved)
        {
            if (topUp.ApprovalNumber.Length == 0) topUp.ApprovalNumber = row.ApprovalNumber;
            if (topUp.Institution.Length == 0) topUp.Institution = row.Institution;
        }
        var reason = row.Reason.Length > 0 ? row.Reason : row.Status == TopUpStatus.ApprovalCancelled ? "PG 승인 취소" : "";
        await ApplyRowAsync(db, topUp, row.Status, actor, now, text, source, reason, row.Line, ct);
    }

    /// <summary>Deposit rows: each pays its waiting virtual account (→ 결제완료, the credits given) if it came in time and in full.</summary>
    private static async Task ApplyDepositsAsync(AppDbContext db, IReadOnlyList<DepositRow> rows, Actor actor, DateTimeOffset now, string source,
        List<PaymentRejectedRow> rejected, Counts counts, CancellationToken ct)
    {
        var ids = rows.Select(r => r.TransactionId).ToList();
        var topUps = (await db.CreditTopUps.Where(t => ids.Contains(t.GatewayTransactionId)).ToListAsync(ct))
            .ToDictionary(t => t.GatewayTransactionId, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!topUps.TryGetValue(row.TransactionId, out var topUp))
            {
                Reject(row, $"거래번호 {row.TransactionId}의 가상계좌 충전을 찾을 수 없습니다.");
                continue;
            }
            if (topUp.Method != TopUpMethod.VirtualAccount)
            {
                Reject(row, $"거래번호 {row.TransactionId}은(는) 신용카드 충전 {topUp.Number}입니다 (PG 카드 정산 파일로 반영하세요).");
                continue;
            }
            if (topUp.VirtualAccountNumber != row.AccountNumber)
            {
                Reject(row, $"가상계좌번호 {row.AccountNumber}이(가) 충전 {topUp.Number}의 가상계좌와 다릅니다.");
                continue;
            }
            if (topUp.PaidAt is not null || topUp.Status == TopUpStatus.Paid)
            {
                counts.Unchanged++;
                continue;
            }
            if (topUp.Status == TopUpStatus.DepositCancelled)
            {
                Reject(row, $"충전 {topUp.Number}의 가상계좌는 입금취소되었습니다{Deadline(topUp)}. 입금된 돈은 고객 지원에서 환불 처리하세요.");
                continue;
            }
            if (topUp.Status != TopUpStatus.AwaitingDeposit)
            {
                Reject(row, $"충전 {topUp.Number}: 현재 상태 '{TopUpLog.Name(topUp.Status)}'에서 '결제완료'(으)로 바꿀 수 없습니다 (001 §2.2.2).");
                continue;
            }
            if (topUp.Amount != row.Amount)
            {
                Reject(row, $"입금액 {row.Amount:N0}원이 충전 {topUp.Number}의 금액 {topUp.Amount:N0} C와 다릅니다.");
                continue;
            }
            if (topUp.CancelsAt is { } cancelsAt && row.DepositedAt >= cancelsAt)
            {
                Reject(row, $"입금일시 {row.DepositedAt.ToKst():yyyy-MM-dd HH:mm:ss}이(가) 입금 기한을 지났습니다{Deadline(topUp)} (001 §2.2.2).");
                continue;
            }
            var before = new { topUp.Status };
            await ApplyRowAsync(db, topUp, TopUpStatus.Paid, actor, now,
                $"가상계좌 입금 파일 {row.Line}행: {row.DepositedAt.ToKst():yyyy-MM-dd HH:mm:ss} {row.Bank} 입금 {row.Amount:N0}원", source, "", row.Line, ct);
            topUp.PaidAt = row.DepositedAt;
            db.Record(actor, now, RowAction, nameof(CreditTopUp), topUp.Number, before, new { topUp.Status, topUp.PaidAt, row.Bank },
                reason: source, memberId: topUp.MemberId);
            counts.Applied++;
        }

        void Reject(DepositRow row, string reason) => rejected.Add(new PaymentRejectedRow(row.Line, row.TransactionId, reason));
    }

    private static string Deadline(CreditTopUp topUp) =>
        topUp.DepositDeadline is { } last ? $" (입금 기한 {last:yyyy-MM-dd}까지, {(topUp.CancelsAt is { } at ? Fmt.DateTime(at) : "")} 자동 취소)" : "";

    /// <summary>
    /// One row's step through <see cref="TopUpSteps.ApplyAsync"/>. The row was checked before; should the ledger still refuse,
    /// the whole file is refused (one transaction), so no row is left half applied.
    /// </summary>
    private static async Task ApplyRowAsync(AppDbContext db, CreditTopUp topUp, TopUpStatus to, Actor actor, DateTimeOffset now, string text, string source,
        string reason, int line, CancellationToken ct)
    {
        try
        {
            await TopUpSteps.ApplyAsync(db, topUp, to, actor, now, Clip(text, 500), source, Clip(reason, 300), ct);
        }
        catch (CommandRefusedException ex)
        {
            throw new BusinessRuleException($"{line}행을 반영할 수 없어 파일 전체를 반영하지 않았습니다: {ex.Message}");
        }
    }

    private static PaymentImportResult Result(PaymentImport i, bool alreadyImported) =>
        new(i.Id, i.Kind, i.FileName, i.Sha256, alreadyImported, i.ImportedAt, i.ImportedByName, i.Rows, i.Applied, i.Unchanged,
            i.Rejected, i.RejectedRows.Length == 0 ? [] : i.RejectedRows.Split('\n'));

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
