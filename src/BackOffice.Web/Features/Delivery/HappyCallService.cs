using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

public sealed record HappyCallCommand(long ShipmentId, HappyCallOutcome Outcome, string? Note, DateTimeOffset? NextTryAt);

public sealed record HappyCallRecorded(int Number, HappyCallOutcome Outcome, int UnsuccessfulAttempts, bool UnreachedNoticeSent);

/// <summary>A returned shipment waiting for the happy call, in one row.</summary>
public sealed record ReturnedShipmentRow(
    long ShipmentId, string Number, long MemberId, string MemberNo, string MemberName, string CardMasked, ShipmentKind Kind,
    DateTimeOffset? ReturnedAt, string ReturnReason, int Attempts, HappyCallOutcome? LastOutcome, DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextTryAt, DateTimeOffset? UnreachedNoticeAt, string AddressMasked);

public sealed record HappyCallAttemptRow(int Number, DateTimeOffset At, string ActorName, HappyCallOutcome Outcome, string Note, DateTimeOffset? NextTryAt);

/// <summary>
/// The happy-call queue of returned cards (000 배송 "카드가 반송된 경우 고객센터 해피콜을 통해 재발송 여부를 확인"): returned
/// shipments not yet re-sent and not declined, the attempts with time, outcome, note and next try, and after the third
/// unsuccessful attempt (부재, 결번) one notice to the member (<see cref="ResendRules.UnreachedAfterAttempts"/>, 운영 정책).
/// A reached member's confirmed address goes to <see cref="ResendService"/>.
/// </summary>
public sealed class HappyCallService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    public async Task<(IReadOnlyList<ReturnedShipmentRow> Rows, int Total)> QueueAsync(int page, int pageSize, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleShipments);
        pageSize = Math.Clamp(pageSize, 1, 100);
        await using var db = await factory.CreateDbContextAsync(ct);
        var waiting = db.Shipments.AsNoTracking()
            .Where(s => s.Status == ShipmentStatus.Returned && s.ResentAsShipmentId == null)
            .Where(s => db.HappyCallAttempts.Where(a => a.ShipmentId == s.Id).OrderByDescending(a => a.Number)
                .Select(a => (HappyCallOutcome?)a.Outcome).FirstOrDefault() != HappyCallOutcome.Declined);
        var total = await waiting.CountAsync(ct);
        var rows = await waiting
            .Select(s => new
            {
                s.Id,
                s.Number,
                s.MemberId,
                // Scalar subqueries, not an object with First(): that becomes a ROW_NUMBER over every member (issue 16).
                MemberNo = db.Members.Where(m => m.Id == s.MemberId).Select(m => m.MemberNo).First(),
                MemberName = db.Members.Where(m => m.Id == s.MemberId).Select(m => m.Name).First(),
                s.Card!.Last4,
                s.Kind,
                s.ReturnedAt,
                s.ReturnReason,
                Attempts = db.HappyCallAttempts.Count(a => a.ShipmentId == s.Id),
                Last = db.HappyCallAttempts.Where(a => a.ShipmentId == s.Id).OrderByDescending(a => a.Number)
                    .Select(a => new { a.Outcome, a.At, a.NextTryAt }).FirstOrDefault(),
                s.UnreachedNoticeAt,
                s.RoadAddress,
                s.Address,
            })
            .ToListAsync(ct);
        // Next try first (due ones on top), then the oldest returns; ordered here because the "last attempt" is a subquery.
        var ordered = rows
            .OrderBy(r => r.Last?.NextTryAt ?? r.ReturnedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(r => new ReturnedShipmentRow(r.Id, r.Number, r.MemberId, r.MemberNo, PersonalDataMask.Name(r.MemberName), CardNumber.Mask(r.Last4),
                r.Kind, r.ReturnedAt, r.ReturnReason ?? "", r.Attempts, r.Last?.Outcome, r.Last?.At, r.Last?.NextTryAt, r.UnreachedNoticeAt,
                PersonalDataMask.Address(r.RoadAddress.Length > 0 ? r.RoadAddress : r.Address)))
            .ToList();
        return (ordered, total);
    }

    public async Task<IReadOnlyList<HappyCallAttemptRow>> AttemptsAsync(long shipmentId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleShipments);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.HappyCallAttempts.AsNoTracking().Where(a => a.ShipmentId == shipmentId).OrderBy(a => a.Number)
            .Select(a => new HappyCallAttemptRow(a.Number, a.At, a.ActorName, a.Outcome, a.Note, a.NextTryAt)).ToListAsync(ct);
    }

    public async Task<HappyCallRecorded> RecordAttemptAsync(HappyCallCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleShipments);
        if (!Enum.IsDefined(command.Outcome)) throw new BusinessRuleException("통화 결과를 선택하세요.");
        var note = command.Note?.Trim() ?? "";
        if (note.Length > ResendRules.MaxNote) throw new BusinessRuleException($"통화 메모는 {ResendRules.MaxNote}자 이하로 입력하세요.");
        var now = clock.GetUtcNow();
        var unsuccessful = ResendRules.IsUnsuccessful(command.Outcome);
        if (command.NextTryAt is { } next && next <= now) throw new BusinessRuleException("다음 통화 시각은 지금 이후여야 합니다.");
        if (!unsuccessful && command.NextTryAt is not null) throw new BusinessRuleException("다음 통화 시각은 연락하지 못한 경우에만 정합니다.");

        return await writer.ExecuteAsync(async (db, token) =>
        {
            var shipment = await db.Shipments.FirstOrDefaultAsync(s => s.Id == command.ShipmentId, token)
                ?? throw new BusinessRuleException("배송을 찾을 수 없습니다.");
            if (shipment.Status != ShipmentStatus.Returned || shipment.ResentAsShipmentId is not null)
                throw new BusinessRuleException($"반송 상태인 배송만 해피콜을 기록할 수 있습니다 (현재 {ShipmentLog.Name(shipment.Status)}).");
            var earlier = await db.HappyCallAttempts.Where(a => a.ShipmentId == shipment.Id).Select(a => a.Outcome).ToListAsync(token);
            var attempt = new HappyCallAttempt
            {
                ShipmentId = shipment.Id,
                Number = earlier.Count + 1,
                At = now,
                ActorId = actor.Id,
                ActorName = actor.Name,
                Outcome = command.Outcome,
                Note = note,
                NextTryAt = command.NextTryAt,
            };
            db.HappyCallAttempts.Add(attempt);
            var failures = earlier.Count(ResendRules.IsUnsuccessful) + (unsuccessful ? 1 : 0);
            var text = $"해피콜 {attempt.Number}회: {ResendRules.OutcomeName(command.Outcome)}"
                + (command.NextTryAt is { } n ? $", 다음 통화 {Fmt.DateTime(n)}" : "");
            ShipmentLog.Note(db, shipment, actor, now, text); // bumps Version: two agents recording at once retry into numbers 1 and 2
            var notice = unsuccessful && ResendRules.SendsUnreachedNotice(failures, shipment.UnreachedNoticeAt is not null);
            if (notice)
            {
                var card = await db.Cards.AsNoTracking().Where(c => c.Id == shipment.CardId).Select(c => c.Last4).FirstAsync(token);
                await DeliveryNotices.UnreachedAsync(db, shipment, CardNumber.Mask(card), failures, now, token);
                shipment.UnreachedNoticeAt = now;
                ShipmentLog.Note(db, shipment, actor, now, $"미연락 안내 발송 ({failures}회 연락 실패, 운영 정책 {ResendRules.UnreachedAfterAttempts}회)");
            }
            db.Record(actor, now, "delivery.happy-call", "Shipment", shipment.Number, after: new
            {
                attempt.Number,
                attempt.Outcome,
                attempt.NextTryAt,
                unreachedNotice = notice,
            }, reason: ResendRules.OutcomeName(command.Outcome), memberId: shipment.MemberId); // the note stays in the attempt: it may hold an address
            return new HappyCallRecorded(attempt.Number, attempt.Outcome, failures, notice);
        }, ct);
    }
}
