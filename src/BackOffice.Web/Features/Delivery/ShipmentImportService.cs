using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

/// <summary>The outcome of an import: counts, the refused rows with their reasons, and whether the file was already imported.</summary>
public sealed record ShipmentImportResult(
    long ImportId, ShipmentImportKind Kind, string FileName, string Sha256, bool AlreadyImported, DateTimeOffset ImportedAt, string ImportedByName,
    int RowCount, int Applied, int Unchanged, int Rejected, IReadOnlyList<string> RejectedRows)
{
    public string Summary => AlreadyImported
        ? $"이미 가져온 파일입니다 ({Fmt.DateTime(ImportedAt)}, {ImportedByName}). 아무것도 바뀌지 않았습니다."
        : $"{RowCount:#,0}행 중 반영 {Applied:#,0}, 변경 없음 {Unchanged:#,0}, 거부 {Rejected:#,0}";
}

public sealed record ShipmentImportRow(
    long Id, ShipmentImportKind Kind, string FileName, string Sha256, DateTimeOffset ImportedAt, string ImportedByName,
    int RowCount, int Applied, int Unchanged, int Rejected);

/// <summary>
/// Status files from outside (issue 14 item 4): the card vendor's dispatch confirmations (→ 우체국 접수 / 배송 중) and the
/// post office's returned-mail list (→ 반송). The file is checked as a whole (<see cref="ShipmentFile"/>), then each row
/// against the shipment it names and the life cycle (<see cref="ShipmentLog.Allowed"/>); the good rows are applied in
/// one transaction with their history lines (source <c>import:{file}</c>), audit records and notices, the bad rows are
/// listed with their line number and reason and nothing of them is applied. The same file (SHA-256, per kind) imported
/// again changes nothing and says so.
/// </summary>
public sealed class ShipmentImportService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    public const int MaxFileName = 200;

    public async Task<ShipmentImportResult> ImportAsync(ShipmentImportKind kind, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageMailing);
        if (!Enum.IsDefined(kind)) throw new BusinessRuleException("가져올 파일 종류를 선택하세요.");
        var name = Path.GetFileName((fileName ?? "").Trim());
        if (name.Length == 0) throw new BusinessRuleException("파일 이름이 없습니다.");
        if (name.Length > MaxFileName) throw new BusinessRuleException($"파일 이름은 {MaxFileName}자 이하여야 합니다.");
        if (bytes.Length > ShipmentFile.MaxBytes) throw new BusinessRuleException($"파일이 너무 큽니다. 최대 {ShipmentFile.MaxBytes / 1024 / 1024}MB까지 가져올 수 있습니다.");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        // A repeat is answered before the file is read: the same bytes were checked (and applied) the first time.
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await db.ShipmentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Kind == kind && i.Sha256 == sha, ct) is { } earlier)
                return Result(earlier, alreadyImported: true);
        }

        var now = clock.GetUtcNow();
        var today = clock.TodayKst();
        var dispatch = kind == ShipmentImportKind.Dispatch ? ShipmentFile.ReadDispatch(bytes, now) : null;
        var returned = kind == ShipmentImportKind.Returned ? ShipmentFile.ReadReturned(bytes, today) : null;
        var source = $"import:{name}";
        if (source.Length > 200) source = source[..200];

        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await db.ShipmentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Kind == kind && i.Sha256 == sha, token) is { } earlier)
                return Result(earlier, alreadyImported: true);

            var numbers = dispatch is not null ? dispatch.Rows.Select(r => r.ShipmentNumber) : returned!.Rows.Select(r => r.ShipmentNumber);
            var list = numbers.ToList();
            var shipments = await db.Shipments.Where(s => list.Contains(s.Number)).ToListAsync(token);
            var byNumber = shipments.GroupBy(s => s.Number).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var cardIds = shipments.Select(s => s.CardId).Distinct().ToList();
            var cards = await db.Cards.AsNoTracking().Where(c => cardIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Masked, token);

            var rejected = new List<RejectedRow>(dispatch?.Rejected ?? returned!.Rejected);
            int applied = 0, unchanged = 0;
            if (dispatch is not null)
            {
                foreach (var row in dispatch.Rows)
                {
                    if (!byNumber.TryGetValue(row.ShipmentNumber, out var s))
                    {
                        rejected.Add(new RejectedRow(row.Line, row.ShipmentNumber, $"배송번호 {row.ShipmentNumber}을(를) 찾을 수 없습니다."));
                        continue;
                    }
                    if (s.Status == row.Status && s.TrackingNumber == row.TrackingNumber)
                    {
                        unchanged++;
                        continue;
                    }
                    if (!ShipmentLog.CanMove(s.Status, row.Status))
                    {
                        rejected.Add(new RejectedRow(row.Line, row.ShipmentNumber,
                            $"{row.ShipmentNumber}: 현재 상태 '{ShipmentLog.Name(s.Status)}'에서 '{ShipmentLog.Name(row.Status)}'(으)로 바꿀 수 없습니다."));
                        continue;
                    }
                    var first = s.DispatchedAt is null;
                    var before = new { s.Status, s.TrackingNumber };
                    ShipmentLog.Move(db, s, row.Status, actor, now,
                        $"{ShipmentLog.Name(row.Status)}: 등기번호 {row.TrackingNumber}, 발송 {row.DispatchedAt:yyyy-MM-dd HH:mm}", source);
                    s.DispatchedAt ??= row.DispatchedAt;
                    s.TrackingNumber = row.TrackingNumber;
                    db.Record(actor, now, "delivery.dispatch", "Shipment", s.Number, before, new { s.Status, s.TrackingNumber, s.DispatchedAt },
                        reason: source, memberId: s.MemberId);
                    if (first) await DeliveryNotices.SentAsync(db, s, cards.GetValueOrDefault(s.CardId, ""), now, token);
                    applied++;
                }
            }
            else
            {
                foreach (var row in returned!.Rows)
                {
                    if (!byNumber.TryGetValue(row.ShipmentNumber, out var s))
                    {
                        rejected.Add(new RejectedRow(row.Line, row.ShipmentNumber, $"배송번호 {row.ShipmentNumber}을(를) 찾을 수 없습니다."));
                        continue;
                    }
                    // Already returned, or already re-sent as a new shipment: the row was applied before (counted, not an error).
                    if (s.Status is ShipmentStatus.Returned or ShipmentStatus.Resent || s.ResentAsShipmentId is not null)
                    {
                        unchanged++;
                        continue;
                    }
                    if (!ShipmentLog.CanMove(s.Status, ShipmentStatus.Returned))
                    {
                        rejected.Add(new RejectedRow(row.Line, row.ShipmentNumber,
                            $"{row.ShipmentNumber}: 현재 상태 '{ShipmentLog.Name(s.Status)}'에서 '반송'(으)로 바꿀 수 없습니다 (발송 전인 배송은 반송될 수 없습니다)."));
                        continue;
                    }
                    var before = new { s.Status };
                    ShipmentLog.Move(db, s, ShipmentStatus.Returned, actor, now, $"반송: {row.Reason} (반송일 {row.ReturnedOn:yyyy-MM-dd})", source);
                    s.ReturnedAt = KoreanTime.StartOfDay(row.ReturnedOn);
                    s.ReturnReason = row.Reason;
                    db.Record(actor, now, "delivery.returned", "Shipment", s.Number, before, new { s.Status, s.ReturnReason, returnedOn = row.ReturnedOn },
                        reason: source, memberId: s.MemberId);
                    await DeliveryNotices.ReturnedAsync(db, s, cards.GetValueOrDefault(s.CardId, ""), now, token);
                    applied++;
                }
            }

            var lines = rejected.OrderBy(r => r.Line).Select(r => r.ToString()).ToList();
            var record = new ShipmentImport
            {
                Kind = kind,
                FileName = name,
                Sha256 = sha,
                ImportedAt = now,
                ImportedById = actor.Id,
                ImportedByName = actor.Name,
                RowCount = dispatch?.RowCount ?? returned!.RowCount,
                AppliedCount = applied,
                UnchangedCount = unchanged,
                RejectedCount = lines.Count,
                RejectedRows = Clip(string.Join('\n', lines), 20_000),
            };
            db.ShipmentImports.Add(record);
            await db.SaveChangesAsync(token);
            db.Record(actor, now, "delivery.import", "ShipmentImport", record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), after: new
            {
                record.Kind,
                record.FileName,
                record.Sha256,
                record.RowCount,
                record.AppliedCount,
                record.UnchangedCount,
                record.RejectedCount,
            }, reason: ShipmentFile.KindName(kind));
            return Result(record, alreadyImported: false) with { RejectedRows = lines };
        }, ct);
    }

    public async Task<(IReadOnlyList<ShipmentImportRow> Rows, int Total)> ListAsync(int page, int pageSize, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ManageMailing);
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.ShipmentImports.CountAsync(ct);
        var rows = await db.ShipmentImports.AsNoTracking().OrderByDescending(i => i.Id).Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(i => new ShipmentImportRow(i.Id, i.Kind, i.FileName, i.Sha256, i.ImportedAt, i.ImportedByName, i.RowCount, i.AppliedCount, i.UnchangedCount, i.RejectedCount))
            .ToListAsync(ct);
        return (rows, total);
    }

    public async Task<ShipmentImportResult> GetAsync(long id, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ManageMailing);
        await using var db = await factory.CreateDbContextAsync(ct);
        var record = await db.ShipmentImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new BusinessRuleException("가져오기 기록을 찾을 수 없습니다.");
        return Result(record, alreadyImported: false);
    }

    private static ShipmentImportResult Result(ShipmentImport i, bool alreadyImported) =>
        new(i.Id, i.Kind, i.FileName, i.Sha256, alreadyImported, i.ImportedAt, i.ImportedByName, i.RowCount, i.AppliedCount, i.UnchangedCount,
            i.RejectedCount, i.RejectedRows.Length == 0 ? [] : i.RejectedRows.Split('\n'));

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
