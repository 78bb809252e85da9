using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

/// <summary>
/// A re-send: of a returned shipment (<see cref="WrongCard"/> false), or of a delivered one whose member received a card
/// other than the one applied for (<see cref="WrongCard"/> true, in the design <see cref="DesignId"/>). The card goes to
/// the same address (<see cref="SameAddress"/>) or to the address the member confirmed on the happy call.
/// </summary>
public sealed record ResendCommand(
    long ShipmentId, bool WrongCard, long? DesignId, bool SameAddress, string? Postcode, string? RoadAddress, string? AddressDetail, string IdempotencyKey);

public sealed record ResendResult(long ShipmentId, string Number, long OldShipmentId, string OldNumber, ShipmentKind Kind, string Design, long Fee, string FeeRule, long? FeeEntryId);

public sealed record ResendPreview(
    long ShipmentId, string Number, ShipmentStatus Status, string CardMasked, string AddressMasked, string CurrentDesign, long Fee, string FeeRule,
    IReadOnlyList<DesignChoice> Designs, string? Problem);

/// <summary>
/// Re-sends a card (issue 14 item 5, 000 배송): a new shipment (Kind Resend or WrongCardResend, 신청, today's application
/// day, <see cref="Shipment.ResendOfShipmentId"/>) joins the next mailing batch; a returned shipment moves to 재발송됨 with
/// <see cref="Shipment.ResentAsShipmentId"/>. The fee by <see cref="ResendRules.Fee"/>: the first re-send of the card free,
/// later ones the program's <c>CardResendFee</c> through the ledger (<see cref="ReissueFeeCharge"/>, <see cref="EntryType.CardDeliveryFee"/>),
/// a wrong card free (one blank of the chosen design taken from stock; the card's design becomes the chosen one).
/// One transaction with the history lines, the audit record and the "re-sent" notice; the same key returns the same re-send.
/// </summary>
public sealed class ResendService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, BusinessCalendarSource calendars)
{
    public async Task<ResendPreview> PreviewAsync(long shipmentId, bool wrongCard, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleShipments);
        await using var db = await factory.CreateDbContextAsync(ct);
        var old = await db.Shipments.AsNoTracking().Include(s => s.Card!).ThenInclude(c => c.Program!).ThenInclude(p => p.Policies)
            .FirstOrDefaultAsync(s => s.Id == shipmentId, ct) ?? throw new BusinessRuleException("배송을 찾을 수 없습니다.");
        var policy = PolicySelector.InForce(old.Card!.Program!.Policies, clock.TodayKst());
        var fee = ResendRules.Fee(wrongCard ? ShipmentKind.WrongCardResend : ShipmentKind.Resend, await EarlierResendsAsync(db, old.CardId, ct), policy.CardResendFee);
        var designs = await db.CardDesigns.AsNoTracking().Where(d => d.ProgramId == old.Card.ProgramId && d.IsActive).OrderBy(d => d.Id)
            .Select(d => new DesignChoice(d.Id, d.Name, d.Stock)).ToListAsync(ct);
        return new ResendPreview(old.Id, old.Number, old.Status, old.Card.Masked, PersonalDataMask.Address(old.RoadAddress.Length > 0 ? old.RoadAddress : old.Address),
            old.Design.Length > 0 ? old.Design : old.Card.Design, fee.Fee, fee.Rule, designs, StateProblem(old, wrongCard));
    }

    public async Task<ResendResult> ResendAsync(ResendCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleShipments);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        if (!command.SameAddress && ResendRules.AddressProblem(command.Postcode, command.RoadAddress, command.AddressDetail) is { } problem)
            throw new BusinessRuleException(problem);
        if (command.WrongCard && command.DesignId is null or <= 0) throw new BusinessRuleException("재발송할 카드 디자인을 선택하세요.");
        var calendar = await calendars.LoadAsync(ct);

        var number = await writer.ExecuteAsync(async (db, token) =>
        {
            if (await Idempotency.FindAsync(db.Shipments, key, token) is { } repeated) return repeated.Number;

            var old = await db.Shipments.FirstOrDefaultAsync(s => s.Id == command.ShipmentId, token) ?? throw new BusinessRuleException("배송을 찾을 수 없습니다.");
            if (StateProblem(old, command.WrongCard) is { } state) throw new BusinessRuleException(state);
            var card = await db.Cards.Include(c => c.Program!).ThenInclude(p => p.Policies).FirstAsync(c => c.Id == old.CardId, token);
            var today = clock.TodayKst();
            var now = clock.GetUtcNow();
            var policy = PolicySelector.InForce(card.Program!.Policies, today);
            var kind = command.WrongCard ? ShipmentKind.WrongCardResend : ShipmentKind.Resend;
            var fee = ResendRules.Fee(kind, await EarlierResendsAsync(db, card.Id, token), policy.CardResendFee);

            var design = old.Design.Length > 0 ? old.Design : card.Design;
            if (command.WrongCard)
            {
                var designs = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId).ToListAsync(token);
                var chosen = designs.FirstOrDefault(d => d.Id == command.DesignId) ?? throw new BusinessRuleException("이 카드 프로그램의 디자인을 선택하세요.");
                if (CardReplacement.OutOfStock(chosen, designs) is { } stock) throw new BusinessRuleException(stock);
                chosen.Stock--;
                chosen.Version++;
                design = chosen.Name;
                card.Design = chosen.Name;
                card.Version++;
            }

            var (postcode, road, detail) = command.SameAddress
                ? (old.Postcode, old.RoadAddress, old.AddressDetail)
                : (command.Postcode!.Trim(), command.RoadAddress!.Trim(), command.AddressDetail?.Trim() ?? "");
            var legacy = command.SameAddress ? old.Address : $"({postcode}) {road} {detail}".Trim();
            if (legacy.Length > 200) legacy = legacy[..200];
            var due = calendar.AddBusinessDays(today, policy.DeliveryBusinessDays);
            var resend = new Shipment
            {
                CardId = card.Id,
                MemberId = old.MemberId,
                Address = legacy,
                Method = old.Method,
                Status = ShipmentStatus.Requested,
                RequestedAt = now,
                DueBy = due,
                DueRule = $"신청 {today:yyyy-MM-dd} + {policy.DeliveryBusinessDays}영업일 = {due:yyyy-MM-dd} ({policy.CitationOf(nameof(ProgramPolicy.DeliveryBusinessDays))})",
                Kind = kind,
                Number = await BusinessNumbers.NextNumberAsync(db, CardReplacement.ShipmentNumberSeries, CardReplacement.ShipmentNumberPrefix, today, token),
                ApplicationDay = today,
                Postcode = postcode,
                RoadAddress = road,
                AddressDetail = detail,
                Design = design,
                Fee = fee.Fee,
                FeeRule = fee.Rule,
                ResendOfShipmentId = old.Id,
                IdempotencyKey = key,
            };
            db.Shipments.Add(resend);
            await db.SaveChangesAsync(token);
            db.ShipmentEvents.Add(new ShipmentEvent
            {
                ShipmentId = resend.Id,
                At = now,
                To = ShipmentStatus.Requested,
                ActorId = actor.Id,
                ActorName = actor.Name,
                Text = $"{ShipmentLog.Name(kind)} 신청 (원 배송 {old.Number}{(command.SameAddress ? ", 같은 주소" : ", 확인한 새 주소")}, {(fee.Fee == 0 ? "무료" : Fmt.Won(fee.Fee))})",
                Source = "staff",
            });

            var before = new { old.Status, old.ResentAsShipmentId };
            if (command.WrongCard)
                ShipmentLog.Note(db, old, actor, now, $"다른 카드 수령 신고: '{design}' 디자인으로 재발송 {resend.Number}");
            else
                ShipmentLog.Move(db, old, ShipmentStatus.Resent, actor, now, $"재발송 {resend.Number} ({(fee.Fee == 0 ? "무료" : Fmt.Won(fee.Fee))})");
            old.ResentAsShipmentId = resend.Id;

            if (fee.Fee > 0)
            {
                var postingKey = Idempotency.PostingKey("resend", resend.Number, "fee");
                await ReissueFeeCharge.ChargeAsync(db, resend.MemberId, card.Id, fee.Fee, postingKey, resend.Number, "카드 재발송 수수료", actor, now, token,
                    type: EntryType.CardDeliveryFee);
                await db.SaveChangesAsync(token);
                resend.FeeEntryId = await db.JournalEntries.Where(e => e.IdempotencyKey == postingKey).Select(e => (long?)e.Id).FirstOrDefaultAsync(token);
            }

            await DeliveryNotices.ResentAsync(db, resend, card.Masked, now, token);
            db.Record(actor, now, command.WrongCard ? "delivery.wrong-card-resend" : "delivery.resend", "Shipment", resend.Number,
                before: new { oldShipment = old.Number, before.Status },
                after: new
                {
                    resend.Kind,
                    resend.Design,
                    resend.Fee,
                    resend.FeeRule,
                    resend.FeeEntryId,
                    address = PersonalDataMask.Address(road),
                    sameAddress = command.SameAddress,
                    oldStatus = old.Status,
                },
                reason: fee.Rule, memberId: resend.MemberId);
            return resend.Number;
        }, ct);

        await using var read = await factory.CreateDbContextAsync(ct);
        var r = await read.Shipments.AsNoTracking().FirstAsync(s => s.Number == number, ct);
        var oldNumber = await read.Shipments.Where(s => s.Id == r.ResendOfShipmentId).Select(s => s.Number).FirstAsync(ct);
        return new ResendResult(r.Id, r.Number, r.ResendOfShipmentId!.Value, oldNumber, r.Kind, r.Design, r.Fee, r.FeeRule, r.FeeEntryId);
    }

    /// <summary>Why this shipment cannot be re-sent this way, or null.</summary>
    public static string? StateProblem(Shipment old, bool wrongCard)
    {
        if (old.ResentAsShipmentId is not null) return $"배송 {old.Number}은(는) 이미 재발송했습니다.";
        if (wrongCard)
            return old.Status == ShipmentStatus.Delivered ? null : $"다른 카드 수령 재발송은 수령 확인된 배송에서만 할 수 있습니다 (현재 {ShipmentLog.Name(old.Status)}).";
        return old.Status == ShipmentStatus.Returned ? null : $"반송된 배송만 재발송할 수 있습니다 (현재 {ShipmentLog.Name(old.Status)}).";
    }

    /// <summary>The card's earlier returned-mail re-sends (the first one is free, 000 배송).</summary>
    private static Task<int> EarlierResendsAsync(AppDbContext db, long cardId, CancellationToken ct) =>
        db.Shipments.CountAsync(s => s.CardId == cardId && s.Kind == ShipmentKind.Resend && s.Status != ShipmentStatus.Cancelled, ct);
}
