using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

/// <summary>
/// A card application from the member page (issue 14 item 1): a new card of the chosen program and design, taken from
/// the design's stock, and a <see cref="Shipment"/> (Kind NewCard, Requested, application day = KST today, number
/// <c>S…</c>) to the given address. The welcome card is free once per member and program (000 발급신청); a later card
/// costs the program's <see cref="ProgramPolicy.AdditionalCardFee"/>, charged through the ledger
/// (<see cref="ReissueFeeCharge"/>, <see cref="EntryType.CardDeliveryFee"/>: e-money first, then the card) in the same
/// transaction. The new card is <see cref="CardStatus.Active"/> at once, like a reissued one: the card model has no
/// "on its way" status, the card cannot be used before the member holds it, and delivery is confirmed by registration
/// or by an agent (<see cref="ShipmentService"/>). The same idempotency key returns the same application.
/// </summary>
public sealed class CardApplicationService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, BusinessCalendarSource calendars, NumberKeyRing numbers)
{
    public async Task<CardApplicationPreview> PreviewAsync(long memberId, long? programId = null, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleShipments);
        await using var db = await factory.CreateDbContextAsync(ct);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct) ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
        var programs = await db.Programs.AsNoTracking().Where(p => p.Code != ProgramPresets.Credits).OrderBy(p => p.Id)
            .Select(p => new ProgramChoice(p.Id, p.Code, p.Name)).ToListAsync(ct);
        if (programs.Count == 0) throw new BusinessRuleException("카드 프로그램이 없습니다.");
        var chosen = programId is { } id && programs.Any(p => p.Id == id) ? id : programs[0].Id;
        var program = await db.Programs.AsNoTracking().Include(p => p.Policies).FirstAsync(p => p.Id == chosen, ct);
        var today = clock.TodayKst();
        var policy = PolicySelector.InForce(program.Policies, today);
        var designs = await db.CardDesigns.AsNoTracking().Where(d => d.ProgramId == chosen && d.IsActive).OrderBy(d => d.Id)
            .Select(d => new ApplicationDesignChoice(d.Id, d.Name, d.Stock)).ToListAsync(ct);
        var earlier = await db.Cards.CountAsync(c => c.MemberId == memberId && c.ProgramId == chosen, ct);
        var fee = ShipmentRules.ApplicationFee(policy, earlier);
        var emoney = await db.Accounts.Where(a => a.MemberId == memberId && a.Kind == AccountKind.Emoney && a.CardId == null).SumAsync(a => a.Balance, ct);
        var calendar = await calendars.LoadAsync(ct);
        var problem = MemberProblem(member) ?? (designs.All(d => d.Stock <= 0) ? "이 프로그램의 디자인 재고가 없습니다. 카드 재고 담당자에게 문의하세요." : null)
            ?? (fee.Fee > emoney ? $"추가 카드 수수료 {Fmt.Won(fee.Fee)}를 낼 e음머니 잔액이 없습니다 (e음머니 {Fmt.Won(emoney)}). 충전 후 다시 신청하세요." : null);
        return new CardApplicationPreview(memberId, programs, chosen, designs, fee.Fee, fee.Rule, emoney, today, DeliveryCutoff.Rule(today),
            ShipmentRules.Expected(calendar, policy, today).Rule, problem);
    }

    public async Task<CardApplicationResult> ApplyAsync(CardApplicationCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleShipments);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        if (command.ProgramId <= 0) throw new BusinessRuleException("카드 프로그램을 선택하세요.");
        if (command.DesignId <= 0) throw new BusinessRuleException("카드 디자인을 선택하세요.");
        var address = AddressRules.Normalize(command.Postcode, command.RoadAddress, command.AddressDetail);
        if (AddressRules.Problem(address) is { } addressProblem) throw new BusinessRuleException(addressProblem);

        var number = await writer.ExecuteAsync(async (db, token) =>
        {
            var repeated = await Idempotency.FindAsync(db.Shipments, key, token);
            if (repeated is not null) return repeated.Number;

            var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId, token) ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            if (MemberProblem(member) is { } memberProblem) throw new BusinessRuleException(memberProblem);
            var program = await db.Programs.AsNoTracking().Include(p => p.Policies)
                .FirstOrDefaultAsync(p => p.Id == command.ProgramId && p.Code != ProgramPresets.Credits, token)
                ?? throw new BusinessRuleException("카드 프로그램을 선택하세요.");
            var today = clock.TodayKst();
            var now = clock.GetUtcNow();
            var policy = PolicySelector.InForce(program.Policies, today);
            var designs = await db.CardDesigns.Where(d => d.ProgramId == program.Id).ToListAsync(token);
            var design = designs.FirstOrDefault(d => d.Id == command.DesignId) ?? throw new BusinessRuleException("이 카드 프로그램의 디자인을 선택하세요.");
            if (CardReplacement.OutOfStock(design, designs) is { } stock) throw new BusinessRuleException(stock);

            // Two applications of one member at once would both see "no card yet" and both be free: the member's
            // version makes the second save fail and retry into the fee (or the idempotent repeat).
            member.Version++;
            var earlier = await db.Cards.CountAsync(c => c.MemberId == member.Id && c.ProgramId == program.Id, token);
            var fee = ShipmentRules.ApplicationFee(policy, earlier);
            design.Stock--;
            design.Version++;
            var card = new Card
            {
                ProgramId = program.Id,
                MemberId = member.Id,
                Status = CardStatus.Active,
                IsNamed = true,
                IsMain = !await db.Cards.AnyAsync(c => c.MemberId == member.Id && c.IsMain && c.Status == CardStatus.Active, token),
                Design = design.Name,
                IssuedOn = today,
                ExpiresOn = today.AddYears(policy.CardValidityYears > 0 ? policy.CardValidityYears : 5),
            };
            numbers.SetNumber(card, await CardReplacement.NewNumberAsync(db, numbers, program.Code, token));
            db.Cards.Add(card);
            var calendar = await calendars.LoadAsync(token);
            var expected = ShipmentRules.Expected(calendar, policy, today);
            var shipment = new Shipment
            {
                MemberId = member.Id,
                Address = address.OneLine,
                Method = ShipmentMethod.Ordinary,
                Status = ShipmentStatus.Requested,
                RequestedAt = now,
                DueBy = expected.ExpectedBy,
                DueRule = expected.Rule,
                Kind = ShipmentKind.NewCard,
                Number = await BusinessNumbers.NextNumberAsync(db, CardReplacement.ShipmentNumberSeries, CardReplacement.ShipmentNumberPrefix, today, token),
                ApplicationDay = today,
                Postcode = address.Postcode,
                RoadAddress = address.RoadAddress,
                AddressDetail = address.Detail,
                Design = design.Name,
                Fee = fee.Fee,
                FeeRule = fee.Rule,
                IdempotencyKey = key,
                Card = card,
            };
            db.Shipments.Add(shipment);
            await db.SaveChangesAsync(token);

            if (fee.Fee > 0)
            {
                var postingKey = Idempotency.PostingKey("card-application", shipment.Number, "fee");
                await ReissueFeeCharge.ChargeAsync(db, member.Id, card.Id, fee.Fee, postingKey, shipment.Number,
                    $"추가 카드 발급 수수료 (*{card.Last4})", actor, now, token, EntryType.CardDeliveryFee);
                await db.SaveChangesAsync(token); // the entry gets its id
                shipment.FeeEntryId = await db.JournalEntries.Where(e => e.IdempotencyKey == postingKey).Select(e => (long?)e.Id).FirstOrDefaultAsync(token);
            }
            db.Set<ShipmentEvent>().Add(new ShipmentEvent
            {
                ShipmentId = shipment.Id,
                At = now,
                From = null,
                To = ShipmentStatus.Requested,
                ActorId = actor.Id,
                ActorName = actor.Name,
                Text = $"카드 신청: {program.Name} {design.Name} *{card.Last4}, 수수료 {Fmt.Won(fee.Fee)} ({fee.Rule})",
                Source = "staff",
            });
            db.Record(actor, now, "shipment.apply", "Shipment", shipment.Number,
                after: new { kind = shipment.Kind.ToString(), program = program.Code, design = design.Name, card = card.Last4, fee = fee.Fee, feeRule = fee.Rule, address = address.Masked },
                memberId: member.Id);
            return shipment.Number;
        }, ct);

        await using var read = await factory.CreateDbContextAsync(ct);
        var saved = await read.Shipments.AsNoTracking().Include(s => s.Card).SingleAsync(s => s.Number == number && s.Kind == ShipmentKind.NewCard, ct);
        return new CardApplicationResult(saved.Number, saved.Card!.Masked, saved.Fee, saved.FeeRule, saved.ApplicationDay, DeliveryCutoff.Rule(saved.ApplicationDay),
            saved.DueBy, saved.DueRule);
    }

    private static string? MemberProblem(Member member) => member.Status switch
    {
        MemberStatus.Withdrawn => "탈퇴한 회원은 카드를 신청할 수 없습니다.",
        MemberStatus.Suspended => "자격 정지 중인 회원은 카드를 신청할 수 없습니다 (003 하나로 제25조①).",
        _ => null,
    };
}
