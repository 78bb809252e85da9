using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.CardIntake;

public sealed partial class CardIntakeService
{
    public const long MaxPhotoBytes = 5 * 1024 * 1024;
    /// <summary>Open cases, overdue first, then by the next deadline.</summary>
    public async Task<IntakePage> QueueAsync(IntakeStatus? status, bool overdueOnly, int skip, int take, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.CardIntakeCases.AsNoTracking().Where(c => c.Status != IntakeStatus.Closed);
        if (status is { } s) query = query.Where(c => c.Status == s);
        var rows = await query
            .Select(c => new
            {
                c.Id,
                c.CaseNo,
                c.MemberId,
                MemberNo = db.Members.Where(m => m.Id == c.MemberId).Select(m => m.MemberNo).First(),
                Number = c.Card!.Last4,
                c.Status,
                c.ReportedKind,
                c.InspectedKind,
                c.RequestedAt,
                c.BalanceDueBy,
                c.ReplacementDueBy,
                c.OverdueSince,
            })
            .ToListAsync(ct);
        var all = rows
            .Select(r =>
            {
                var next = CardIntakeRules.NextDeadline(r.Status, r.BalanceDueBy, r.ReplacementDueBy);
                var overdue = r.OverdueSince is not null && r.Status is not (IntakeStatus.Settled or IntakeStatus.Rejected); // marked by MarkOverdueIntakeJob
                return new IntakeRow(r.Id, r.CaseNo, r.MemberId, r.MemberNo, CardNumber.Mask(r.Number), r.Status,
                    r.InspectedKind == DefectKind.Unknown ? r.ReportedKind : r.InspectedKind, r.RequestedAt, r.BalanceDueBy, r.ReplacementDueBy, next, overdue);
            })
            .Where(r => !overdueOnly || r.Overdue)
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.NextDue ?? DateOnly.MaxValue).ThenBy(r => r.RequestedAt)
            .ToList();
        return new IntakePage(all.Skip(skip).Take(Math.Clamp(take, 1, 100)).ToList(), all.Count);
    }

    public async Task<IntakeDetail?> GetAsync(string caseNo, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.CardIntakeCases.AsNoTracking().Include(x => x.Photos).Include(x => x.Policy).FirstOrDefaultAsync(x => x.CaseNo == caseNo, ct);
        if (c is null) return null;
        var card = await db.Cards.AsNoTracking().Include(x => x.Program).SingleAsync(x => x.Id == c.CardId, ct);
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == c.MemberId, ct);
        var balance = await db.Accounts.Where(a => a.CardId == c.CardId && a.Kind == AccountKind.CardBalance).Select(a => a.Balance).FirstOrDefaultAsync(ct);
        var replacement = c.ReplacementCardId is null ? null : await db.Cards.AsNoTracking().Where(x => x.Id == c.ReplacementCardId).Select(x => x.Last4).FirstAsync(ct);
        var history = await db.AuditRecords.AsNoTracking().Where(a => a.EntityType == "CardIntakeCase" && a.EntityId == caseNo)
            .OrderBy(a => a.At).Select(a => new IntakeHistory(a.At, a.Action, a.ActorName, a.Reason)).ToListAsync(ct);
        return new IntakeDetail(c.Id, c.CaseNo, c.MemberId, member.MemberNo, PersonalDataMask.Name(member.Name), member.HasOwnNameBankAccount,
            card.Id, card.Masked, card.Program!.Name, card.ProgramId, c.Status, c.ReportedKind, c.InspectedKind, c.RequestedAt, c.RequestedByName,
            c.CardReceivedAt, c.InspectedAt, c.InspectionNotes, c.RejectionReason, c.WithinWarranty, c.WarrantyExplanation, balance, c.VerifiedBalance,
            c.BalanceVerifiedAt, c.BalanceDueBy, c.BalanceDueRule, c.ReplacementDueBy, c.ReplacementDueRule, c.Settlement, c.SettledAt, c.ClosedAt,
            replacement is null ? null : CardNumber.Mask(replacement), c.Policy!.Version,
            c.Photos.OrderBy(p => p.UploadedAt).Select(p => new IntakePhotoInfo(p.Id, p.FileName, p.UploadedAt, p.UploadedByName)).ToList(),
            history.Select(h => h with { Action = AuditActionNames.Of(h.Action) }).ToList())
        {
            Refund = c.RefundRequestId is null ? null : await db.RefundRequests.AsNoTracking().Where(r => r.Id == c.RefundRequestId)
                .Select(r => new IntakeRefundLink(r.Id, r.RequestNo, r.Status, r.Payout)).SingleAsync(ct),
        };
    }

    public async Task<SettlementOptions> SettlementOptionsAsync(long caseId, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.CardIntakeCases.AsNoTracking().Include(x => x.Card).SingleAsync(x => x.Id == caseId, ct);
        var designs = await db.CardDesigns.AsNoTracking().Where(d => d.ProgramId == c.Card!.ProgramId && d.IsActive).OrderBy(d => d.Id)
            .Select(d => new DesignChoice(d.Id, d.Name, d.Stock)).ToListAsync(ct);
        var cards = await db.Cards.AsNoTracking().Where(x => x.MemberId == c.MemberId && x.Id != c.CardId && x.Status == CardStatus.Active)
            .Select(x => new { x.Id, Number = x.Last4 }).ToListAsync(ct);
        return new SettlementOptions(designs, cards.Select(x => (x.Id, CardNumber.Mask(x.Number))).ToList());
    }

    /// <summary>Keeps a photo of the card (number side, damage) in the data folder; only images up to 5 MB.</summary>
    public async Task AddPhotoAsync(long caseId, string fileName, string contentType, Stream content, long size, DatabaseOptions storage, CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        if (size is <= 0 or > MaxPhotoBytes) throw new BusinessRuleException("사진은 5MB 이하여야 합니다.");
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0) throw new BusinessRuleException("사진 파일 이름이 없습니다. 파일을 다시 선택하세요.");
        if (name.Length > 200) throw new BusinessRuleException("사진 파일 이름은 200자 이하여야 합니다. 이름을 줄여 다시 올리세요.");
        // The declared type and size are the browser's word: the bytes decide (signature, real length).
        var (bytes, kind) = await PhotoSignature.ReadAsync(content, MaxPhotoBytes, ct);
        contentType = kind.ContentType;
        size = bytes.Length;
        var folder = Path.Combine(storage.ResolvedDataFolder(), "intake-photos");
        Directory.CreateDirectory(folder);
        var stored = Guid.NewGuid().ToString("N") + kind.Extension;
        var path = Path.Combine(folder, stored);
        await File.WriteAllBytesAsync(path, bytes, ct);
        try
        {
            await writer.ExecuteAsync(async (db, token) =>
            {
                var intake = await db.CardIntakeCases.FirstOrDefaultAsync(c => c.Id == caseId, token) ?? throw new BusinessRuleException("접수 건을 찾을 수 없습니다.");
                if (intake.Status is IntakeStatus.Closed) throw new BusinessRuleException("종결된 접수에는 사진을 추가할 수 없습니다.");
                var now = clock.GetUtcNow();
                db.CardIntakePhotos.Add(new CardIntakePhoto
                {
                    CaseId = intake.Id,
                    FileName = name,
                    ContentType = contentType,
                    StoredName = stored,
                    Size = size,
                    UploadedAt = now,
                    UploadedByName = actor.Name,
                });
                db.Record(actor, now, "card.intake.photo", "CardIntakeCase", intake.CaseNo, after: new { fileName = name, size }, memberId: intake.MemberId);
            }, ct);
        }
        catch
        {
            File.Delete(path); // no orphan files for a refused upload
            throw;
        }
    }

    public async Task<(string Path, string ContentType)?> PhotoFileAsync(long photoId, DatabaseOptions storage, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var photo = await db.CardIntakePhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct);
        return photo is null ? null : (Path.Combine(storage.ResolvedDataFolder(), "intake-photos", photo.StoredName), photo.ContentType);
    }
}
