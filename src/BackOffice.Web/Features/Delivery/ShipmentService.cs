using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

/// <summary>
/// Where a member's cards are (issue 14 items 4 and 6): the member page's delivery tab, delivery confirmed by an agent
/// after a call or by the card's registration, the audited unmasking of a shipment's address, and the overdue queue.
/// </summary>
public sealed class ShipmentService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, BusinessCalendarSource calendars)
{
    public const int MinNoteLength = 2;

    /// <summary>Every shipment of the member, newest first, each with its whole history.</summary>
    public async Task<IReadOnlyList<MemberShipmentView>> ForMemberAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var shipments = await db.Shipments.AsNoTracking().Where(s => s.MemberId == memberId)
            .Include(s => s.Card!).ThenInclude(c => c.Program!).ThenInclude(p => p.Policies)
            .OrderByDescending(s => s.RequestedAt).ThenByDescending(s => s.Id).ToListAsync(ct);
        if (shipments.Count == 0) return [];
        var ids = shipments.Select(s => s.Id).ToList();
        var events = (await db.ShipmentEvents.AsNoTracking().Where(e => ids.Contains(e.ShipmentId)).ToListAsync(ct))
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToLookup(e => e.ShipmentId);
        var batchIds = shipments.Where(s => s.MailingBatchId != null).Select(s => s.MailingBatchId!.Value).Distinct().ToList();
        var batches = await db.MailingBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => (b.Number, b.BusinessDay), ct);
        var calendar = await calendars.LoadAsync(ct);
        var now = clock.GetUtcNow();
        var today = clock.TodayKst();
        return shipments.Select(s =>
        {
            var policy = PolicySelector.InForce(s.Card!.Program!.Policies, today);
            var applicationDay = ApplicationDayOf(s);
            var expected = ShipmentRules.Expected(calendar, policy, applicationDay);
            var batch = s.MailingBatchId is { } b && batches.TryGetValue(b, out var found) ? found : default((string Number, DateOnly BusinessDay)?);
            var start = StartOf(s, batch?.BusinessDay);
            var overdue = ShipmentRules.OnTheWay.Contains(s.Status) && ShipmentRules.IsOverdue(calendar, start.Day, today, policy.DeliveryBusinessDays);
            return new MemberShipmentView(s.Id, s.Number.Length > 0 ? s.Number : $"#{s.Id}", s.Kind, s.Status, s.Card.Program.Name, s.Card.Masked,
                s.Design.Length > 0 ? s.Design : s.Card.Design, s.Method, AddressChangeService.AddressOf(s).Masked, applicationDay, batch?.Number, s.TrackingNumber,
                expected.ExpectedBy, expected.Rule, s.Fee, s.FeeRule, s.RequestedAt, s.DispatchedAt, s.DeliveredAt, s.ReturnedAt, s.ReturnReason,
                DeliveryCutoff.Rule(applicationDay), DeliveryCutoff.Problem(s, now), overdue,
                events[s.Id].Select(e => new ShipmentHistoryLine(e.At, e.From, e.To, e.ActorName, e.Text, e.Source)).ToList());
        }).ToList();
    }

    /// <summary>Delivery confirmed by an agent after a call with the member (history, audit).</summary>
    public async Task ConfirmDeliveryAsync(long shipmentId, string? note, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleShipments);
        var text = (note ?? "").Trim();
        if (text.Length < MinNoteLength) throw new BusinessRuleException("통화로 확인한 내용을 입력하세요 (예: 회원 본인 수령 확인).");
        if (text.Length > 300) throw new BusinessRuleException("확인 내용은 300자 이하로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var s = await db.Shipments.FirstOrDefaultAsync(x => x.Id == shipmentId, token) ?? throw new BusinessRuleException("배송을 찾을 수 없습니다.");
            var now = clock.GetUtcNow();
            if (s.Status == ShipmentStatus.Requested)
                throw new BusinessRuleException("아직 발송되지 않은 신청입니다 (발송 묶음 전). 수령 확인은 발송 후에 할 수 있습니다.");
            var from = s.Status;
            ShipmentLog.Move(db, s, ShipmentStatus.Delivered, actor, now, $"수령 확인 (상담원 통화): {text}");
            s.DeliveredAt = now;
            db.Record(actor, now, "shipment.delivered", "Shipment", s.Number, before: new { status = from.ToString() },
                after: new { status = s.Status.ToString(), by = "call" }, reason: text, memberId: s.MemberId);
        }, ct);
    }

    /// <summary>
    /// Delivery confirmed because the member registered the card (000 배송: "카드 등록 시 수령 확인"). The portal has no
    /// registration path of its own (registration happens in the member app); whatever records a registration calls this
    /// with the card. The card's latest shipment on its way (or returned) becomes 수령 확인 with source <c>member-app</c>;
    /// a shipment already confirmed, or one not yet sent, is left alone. Returns whether a shipment changed.
    /// </summary>
    public async Task<bool> ConfirmByRegistrationAsync(long cardId, CancellationToken ct = default) =>
        await writer.ExecuteAsync(async (db, token) =>
        {
            var s = await db.Shipments.Where(x => x.CardId == cardId).OrderByDescending(x => x.Id).FirstOrDefaultAsync(token);
            if (s is null || s.Status is ShipmentStatus.Requested || !ShipmentLog.CanMove(s.Status, ShipmentStatus.Delivered)) return false;
            var now = clock.GetUtcNow();
            var from = s.Status;
            ShipmentLog.Move(db, s, ShipmentStatus.Delivered, Actor.System, now, "수령 확인: 회원이 카드를 등록함", "member-app");
            s.DeliveredAt = now;
            db.Record(Actor.System, now, "shipment.delivered", "Shipment", s.Number, before: new { status = from.ToString() },
                after: new { status = s.Status.ToString(), by = "registration" }, memberId: s.MemberId);
            return true;
        }, ct);

    /// <summary>The shipment's address in clear, with a reason; the read and its reason are audited in the same transaction.</summary>
    public async Task<string> UnmaskAddressAsync(long shipmentId, string reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.UnmaskPersonalData);
        if (PersonalDataService.ReasonProblem(reason) is { } problem) throw new BusinessRuleException(problem);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var s = await db.Shipments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == shipmentId, token) ?? throw new BusinessRuleException("배송을 찾을 수 없습니다.");
            db.Record(actor, clock.GetUtcNow(), "shipment.unmask", "Shipment", s.Number.Length > 0 ? s.Number : s.Id.ToString(KoreanTime.Culture),
                after: new { field = "Address" }, reason: reason.Trim(), memberId: s.MemberId);
            return AddressChangeService.AddressOf(s).OneLine;
        }, ct);
    }

    /// <summary>
    /// Cards not delivered after the program's <see cref="ProgramPolicy.DeliveryBusinessDays"/> business days from the
    /// dispatch (or the batch, or the application: <see cref="ShipmentRules"/>), oldest first, paged.
    /// </summary>
    public async Task<OverdueShipmentPage> OverdueAsync(int page, int pageSize, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.HandleShipments);
        if (pageSize is < 1 or > 200) pageSize = 25;
        page = Math.Max(0, page);
        await using var db = await factory.CreateDbContextAsync(ct);
        var calendar = await calendars.LoadAsync(ct);
        var today = clock.TodayKst();
        var programs = await db.Programs.AsNoTracking().Include(p => p.Policies).ToListAsync(ct);
        if (programs.Count == 0) return new OverdueShipmentPage([], 0);
        var days = programs.ToDictionary(p => p.Id, p => PolicySelector.InForce(p.Policies, today).DeliveryBusinessDays);
        // The database narrows to shipments late under the most lenient program; the exact per-program rule follows.
        var latest = ShipmentRules.OverdueIfStartedOnOrBefore(calendar, today, days.Values.Min());
        var latestEnd = KoreanTime.StartOfDay(latest.AddDays(1));
        var onTheWay = ShipmentRules.OnTheWay;
        var candidates = await (
            from s in db.Shipments.AsNoTracking()
            where onTheWay.Contains(s.Status)
            join b in db.MailingBatches on s.MailingBatchId equals b.Id into bs
            from b in bs.DefaultIfEmpty()
            where s.DispatchedAt != null ? s.DispatchedAt < latestEnd
                : b != null ? b.BusinessDay <= latest
                : s.RequestedAt < latestEnd
            join m in db.Members on s.MemberId equals m.Id
            select new { s.Id, s.Number, s.MemberId, m.MemberNo, m.Name, s.Card!.Last4, s.Card.ProgramId, s.Kind, s.Status, s.DispatchedAt, BatchDay = (DateOnly?)b!.BusinessDay, s.RequestedAt, s.ApplicationDay, s.TrackingNumber })
            .ToListAsync(ct);
        var rows = candidates.Select(c =>
        {
            var (basis, start) = c.DispatchedAt is { } d ? ("발송", DateOnly.FromDateTime(d.ToKst().DateTime))
                : c.BatchDay is { } day ? ("발송 묶음", day)
                : ("신청", c.ApplicationDay > DateOnly.MinValue ? c.ApplicationDay : DateOnly.FromDateTime(c.RequestedAt.ToKst().DateTime));
            var n = days[c.ProgramId];
            var expected = calendar.AddBusinessDays(start, n);
            return new OverdueShipmentRow(c.Id, c.Number.Length > 0 ? c.Number : $"#{c.Id}", c.MemberId, c.MemberNo, PersonalDataMask.Name(c.Name), CardNumber.Mask(c.Last4),
                c.Kind, c.Status, $"{basis} {start:yyyy-MM-dd} + {n}영업일 ({ShipmentRules.WelcomeCitation})", start, expected,
                calendar.CountBusinessDays(expected, today), c.TrackingNumber);
        }).Where(r => r.ExpectedBy < today).OrderBy(r => r.ExpectedBy).ThenBy(r => r.Id).ToList();
        return new OverdueShipmentPage(rows.Skip(page * pageSize).Take(pageSize).ToList(), rows.Count);
    }

    private static DateOnly ApplicationDayOf(Shipment s) =>
        s.ApplicationDay > DateOnly.MinValue ? s.ApplicationDay : DateOnly.FromDateTime(s.RequestedAt.ToKst().DateTime);

    private static (string Basis, DateOnly Day) StartOf(Shipment s, DateOnly? batchDay) =>
        s.DispatchedAt is { } d ? ("발송", DateOnly.FromDateTime(d.ToKst().DateTime))
        : batchDay is { } b ? ("발송 묶음", b)
        : ("신청", ApplicationDayOf(s));
}
