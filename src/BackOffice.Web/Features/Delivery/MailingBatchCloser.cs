using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

/// <summary>What a close did: the batch of <see cref="BusinessDay"/> (made now, or found already closed).</summary>
public sealed record MailingCloseResult(string Number, DateOnly BusinessDay, int ShipmentCount, bool Created)
{
    public string Summary => Created
        ? $"{BusinessDay:yyyy-MM-dd} 우편 발송 묶음 {Number} 마감: {ShipmentCount:N0}건"
        : $"{BusinessDay:yyyy-MM-dd} 우편 발송 묶음은 이미 마감되었습니다 ({Number}, {ShipmentCount:N0}건). 변경 없음";
}

/// <summary>
/// Closes the due mailing batch (<see cref="MailingSchedule"/>): the waiting applications past their cut-off move to
/// 발송 준비 (<see cref="ShipmentLog.Move"/>, source <c>batch:{number}</c>), join the batch and have their address
/// locked; the vendor's production file and the post office's mailing list are written and their SHA-256 stored; one
/// audit record <c>mailing.batch</c>. One batch per business day (unique index): a second run, by the job or by
/// hand, finds the batch and changes nothing. Callers authorize (the job runs as the system; the page's
/// <see cref="MailingBatchService.CloseNowAsync"/> requires <see cref="Permission.ManageMailing"/>).
/// </summary>
public sealed class MailingBatchCloser(DbWriter writer, TimeProvider clock, BusinessCalendarSource calendars)
{
    public const string NumberSeries = "mailing-batch";
    public const string NumberPrefix = "M";

    public async Task<MailingCloseResult> CloseDueAsync(Actor actor, CancellationToken ct = default)
    {
        var calendar = await calendars.LoadAsync(ct);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.ToKst().DateTime);
            var day = MailingSchedule.DueBatchDay(today, calendar);
            var existing = await db.MailingBatches.AsNoTracking().FirstOrDefaultAsync(b => b.BusinessDay == day, token);
            if (existing is not null) return new MailingCloseResult(existing.Number, day, existing.ShipmentCount, Created: false);

            // Legacy shipments (before issue 14) have no number and no application day: they are not mailed from here.
            var waiting = await db.Shipments
                .Where(s => s.Status == ShipmentStatus.Requested && s.MailingBatchId == null && s.Number != "" && s.ApplicationDay < today)
                .ToListAsync(token);
            var taken = waiting.Where(s => MailingSchedule.Joins(s.ApplicationDay, day, today, calendar))
                .OrderBy(s => s.ApplicationDay).ThenBy(s => s.Number, StringComparer.Ordinal).ToList();

            var batch = new MailingBatch
            {
                Number = await BusinessNumbers.NextNumberAsync(db, NumberSeries, NumberPrefix, day, token),
                BusinessDay = day,
                ClosedAt = now,
                ClosedById = actor.Id,
                ClosedByName = actor.Name,
                ShipmentCount = taken.Count,
            };
            db.MailingBatches.Add(batch);
            await db.SaveChangesAsync(token); // the batch's id for the shipments; a second closer of the same day fails here

            var ids = taken.Select(s => s.Id).ToList();
            var cards = await db.Shipments.AsNoTracking().Where(s => ids.Contains(s.Id))
                .Select(s => new { s.Id, s.CardId, s.Card!.Last4, Program = s.Card.Program!.Code, CardDesign = s.Card.Design })
                .ToDictionaryAsync(s => s.Id, token);
            var memberIds = taken.Select(s => s.MemberId).Distinct().ToList();
            var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
                .Select(m => new { m.Id, m.Name, m.Phone }).ToDictionaryAsync(m => m.Id, token);

            var production = new List<MailingProductionLine>(taken.Count);
            var mailing = new List<MailingListLine>(taken.Count);
            foreach (var s in taken)
            {
                var card = cards[s.Id];
                var member = members.GetValueOrDefault(s.MemberId);
                production.Add(new MailingProductionLine(s.Number, s.CardId, card.Last4, card.Program,
                    s.Design.Length > 0 ? s.Design : card.CardDesign, s.Kind, s.Method));
                mailing.Add(new MailingListLine(s.Number, member?.Name ?? "", s.Postcode,
                    s.RoadAddress.Length > 0 ? s.RoadAddress : s.Address, s.AddressDetail, member?.Phone ?? "", s.Method));
                ShipmentLog.Move(db, s, ShipmentStatus.Preparing, actor, now, $"우편 발송 묶음 {batch.Number} 마감: 배송지 확정 (이후 변경 불가)", $"batch:{batch.Number}");
                s.MailingBatchId = batch.Id;
                s.AddressLockedAt = now;
            }
            batch.ProductionFile = MailingFiles.Production(production);
            batch.ProductionFileSha256 = MailingFiles.Sha256(batch.ProductionFile);
            batch.MailingList = MailingFiles.MailingList(mailing);
            batch.MailingListSha256 = MailingFiles.Sha256(batch.MailingList);
            db.Record(actor, now, "mailing.batch", nameof(MailingBatch), batch.Number,
                after: new { batch.BusinessDay, batch.ShipmentCount, batch.ProductionFileSha256, batch.MailingListSha256 });
            return new MailingCloseResult(batch.Number, day, batch.ShipmentCount, Created: true);
        }, ct);
    }
}
