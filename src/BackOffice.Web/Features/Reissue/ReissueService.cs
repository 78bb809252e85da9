using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Reissue;

/// <summary>
/// Card reissue: the fee by reason from the policy, design stock, the new card replacing the old one (CardReplacement),
/// the fee taken from e-money or the new card, and a Supervisor's approval for a fee waiver. One transaction per
/// command with its ledger entries and audit record; the same idempotency key returns the same request.
/// </summary>
public sealed class ReissueService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, BusinessCalendarSource calendars, NumberKeyRing numbers)
{
    public const int MinWaiverReason = 5;

    private static void RequireDefined(ReissueReason reason)
    {
        if (!Enum.IsDefined(reason)) throw new BusinessRuleException("재발급 사유를 선택하세요.");
    }

    public async Task<ReissuePreview> PreviewAsync(long cardId, ReissueReason reason, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ReissueCard);
        RequireDefined(reason);
        await using var db = await factory.CreateDbContextAsync(ct);
        var card = await LoadCardAsync(db, cardId, tracked: false, ct);
        var today = clock.TodayKst();
        var policy = PolicySelector.InForce(card.Program!.Policies, today);
        var fee = ReissueRules.Fee(policy, reason, today, card.IssuedOn, card.FirstUsedOn, await FreeResendsAsync(db, card.Id, ct));
        var report = await db.LostCardReports.AsNoTracking().Where(r => r.CardId == card.Id).OrderByDescending(r => r.Id).Select(r => (LostCardBalanceHandling?)r.Handling).FirstOrDefaultAsync(ct);
        var balance = await db.Accounts.Where(a => a.CardId == card.Id).Select(a => a.Balance).FirstOrDefaultAsync(ct);
        var emoney = await db.Accounts.Where(a => a.MemberId == card.MemberId && a.Kind == AccountKind.Emoney && a.CardId == null).SumAsync(a => a.Balance, ct);
        var designs = await db.CardDesigns.AsNoTracking().Where(d => d.ProgramId == card.ProgramId && d.IsActive).OrderBy(d => d.Id)
            .Select(d => new DesignChoice(d.Id, d.Name, d.Stock)).ToListAsync(ct);
        var refusal = ReissueRules.PolicyProblem(policy, reason, balance, card.ExpiresOn, today);
        var validity = CardReplacement.Validity(policy, card.ExpiresOn, reason == ReissueReason.Expired, today);
        return new ReissuePreview(card.Id, card.Masked, card.Program.Name, balance, ReissueRules.CarriesBalance(reason, report), designs,
            fee.Fee, fee.Explanation, ReissueRules.StateProblem(reason, card.Status, card.ExpiresOn, today) ?? refusal?.Message, emoney)
        {
            OpenIntakeInstead = refusal?.OpenIntakeInstead == true,
            NewExpiresOn = validity.ExpiresOn,
            ValidityRule = validity.Rule,
        };
    }

    public async Task<ReissueResult> RequestAsync(ReissueCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ReissueCard);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        RequireDefined(command.Reason);
        if (command.DesignId <= 0) throw new BusinessRuleException("이 카드 프로그램의 디자인을 선택하세요.");
        if (command.WaiverRequested && (command.WaiverReason?.Trim().Length ?? 0) < MinWaiverReason)
            throw new BusinessRuleException($"수수료 면제 사유를 {MinWaiverReason}자 이상 입력하세요.");

        var calendar = await calendars.LoadAsync(ct);
        var requestNo = await writer.ExecuteAsync(async (db, token) =>
        {
            var repeated = await Idempotency.FindAsync(db.ReissueRequests, key, token);
            if (repeated is not null) return repeated.RequestNo;

            var card = await LoadCardAsync(db, command.CardId, tracked: true, token);
            var open = await db.ReissueRequests.AsNoTracking()
                .FirstOrDefaultAsync(r => r.OldCardId == card.Id && (r.Status == ReissueStatus.Issued || r.Status == ReissueStatus.AwaitingWaiverApproval), token);
            if (open is not null)
                throw new BusinessRuleException($"이 카드는 이미 재발급 요청이 있습니다 (요청번호 {open.RequestNo}, {StatusName(open.Status)}).");
            var today = clock.TodayKst();
            if (ReissueRules.StateProblem(command.Reason, card.Status, card.ExpiresOn, today) is { } problem) throw new BusinessRuleException(problem);
            var policyInForce = PolicySelector.InForce(card.Program!.Policies, today);
            var balance = await db.Accounts.Where(a => a.CardId == card.Id && a.Kind == AccountKind.CardBalance).Select(a => a.Balance).FirstOrDefaultAsync(token);
            if (ReissueRules.PolicyProblem(policyInForce, command.Reason, balance, card.ExpiresOn, today) is { } refusal) throw new BusinessRuleException(refusal.Message);
            var designs = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId).ToListAsync(token);
            var design = designs.FirstOrDefault(d => d.Id == command.DesignId) ?? throw new BusinessRuleException("이 카드 프로그램의 디자인을 선택하세요.");
            if (CardReplacement.OutOfStock(design, designs) is { } stock) throw new BusinessRuleException(stock);

            var policy = PolicySelector.InForce(card.Program!.Policies, today);
            var fee = ReissueRules.Fee(policy, command.Reason, today, card.IssuedOn, card.FirstUsedOn, await FreeResendsAsync(db, card.Id, token));
            var now = clock.GetUtcNow();
            var request = new ReissueRequest
            {
                RequestNo = await BusinessNumbers.NextNumberAsync(db, "reissue-request", "R", today, token),
                OldCardId = card.Id,
                MemberId = card.MemberId!.Value,
                Reason = command.Reason,
                DesignId = design.Id,
                PolicyId = policy.Id,
                Fee = fee.Fee,
                FeeCharged = fee.Fee,
                FeeExplanation = fee.Explanation,
                WaiverRequested = command.WaiverRequested && fee.Fee > 0,
                WaiverReason = command.WaiverRequested ? command.WaiverReason!.Trim() : null,
                RequestedAt = now,
                RequestedById = actor.Id,
                RequestedByName = actor.Name,
                IdempotencyKey = key,
                Status = command.WaiverRequested && fee.Fee > 0 ? ReissueStatus.AwaitingWaiverApproval : ReissueStatus.Issued,
            };
            db.ReissueRequests.Add(request);
            card.Version++; // two requests for one card at once: the second one's save fails and retries into the refusal above
            await db.SaveChangesAsync(token);

            if (request.Status == ReissueStatus.Issued) await IssueAsync(db, request, card, design, calendar, actor, now, today, token);
            db.Record(actor, now, request.Status == ReissueStatus.Issued ? "card.reissue" : "card.reissue.waiver-requested", "ReissueRequest",
                request.RequestNo, before: new { oldCard = card.Last4, card.Status },
                after: new { request.Reason, design = design.Name, request.Fee, request.FeeCharged, newCard = request.NewCardId, request.Status },
                reason: request.WaiverReason ?? ReissueRules.Name(request.Reason), memberId: request.MemberId);
            return request.RequestNo;
        }, ct);
        return await ResultAsync(requestNo, ct);
    }

    public async Task<IReadOnlyList<WaiverRow>> AwaitingWaiversAsync(CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ApproveFeeWaiver);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.ReissueRequests.AsNoTracking().Where(r => r.Status == ReissueStatus.AwaitingWaiverApproval)
            .OrderBy(r => r.RequestedAt)
            .Select(r => new
            {
                r.Id,
                r.RequestNo,
                r.MemberId,
                MemberNo = db.Members.Where(m => m.Id == r.MemberId).Select(m => m.MemberNo).First(),
                Number = r.OldCard!.Last4,
                r.Reason,
                r.Fee,
                r.FeeExplanation,
                r.WaiverReason,
                r.RequestedByName,
                r.RequestedById,
                r.RequestedAt,
            })
            .ToListAsync(ct);
        return rows.Select(r => new WaiverRow(r.Id, r.RequestNo, r.MemberId, r.MemberNo, CardNumber.Mask(r.Number), r.Reason, r.Fee,
            r.FeeExplanation, r.WaiverReason ?? "", r.RequestedByName, r.RequestedById, r.RequestedAt)).ToList();
    }

    /// <summary>A Supervisor who did not file the request approves (the card is issued free) or rejects the waiver.</summary>
    public async Task<ReissueResult> DecideWaiverAsync(long requestId, bool approve, string note, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ApproveFeeWaiver);
        if ((note?.Trim().Length ?? 0) < 2) throw new BusinessRuleException("승인·반려 의견을 입력하세요.");
        if (note!.Trim().Length > 500) throw new BusinessRuleException("승인·반려 의견은 500자 이하로 입력하세요.");
        var calendar = await calendars.LoadAsync(ct);
        var requestNo = await writer.ExecuteAsync(async (db, token) =>
        {
            var request = await db.ReissueRequests.FirstOrDefaultAsync(r => r.Id == requestId, token)
                ?? throw new BusinessRuleException("재발급 요청을 찾을 수 없습니다.");
            var transition = approve ? ReissueTransitions.ApproveWaiver : ReissueTransitions.RejectWaiver;
            ReissueTransitions.Table.Check(transition, request, actor);
            if (request.RequestedById == actor.Id) throw new ForbiddenException("본인이 요청한 수수료 면제는 승인할 수 없습니다. 다른 관리자가 처리해야 합니다.");

            var now = clock.GetUtcNow();
            await ReissueTransitions.Table.ApplyAsync(db, transition, request, actor, now, async () =>
            {
                request.WaiverDecidedById = actor.Id;
                request.WaiverDecidedByName = actor.Name;
                request.WaiverDecidedAt = now;
                request.WaiverDecisionNote = note!.Trim();
                // Nothing is charged either way: approval waives the fee, rejection ends the request without a card.
                request.FeeCharged = 0;
                if (approve)
                {
                    request.FeeExplanation += $" → 면제 승인 ({actor.Name})";
                    var card = await LoadCardAsync(db, request.OldCardId, tracked: true, token);
                    var designs = await db.CardDesigns.Where(d => d.ProgramId == card.ProgramId).ToListAsync(token);
                    var design = designs.First(d => d.Id == request.DesignId);
                    if (CardReplacement.OutOfStock(design, designs) is { } stock) throw new BusinessRuleException(stock);
                    await IssueAsync(db, request, card, design, calendar, actor, now, clock.TodayKst(), token);
                }
                return request.WaiverDecisionNote;
            }, after: () => new { request.Status, request.FeeCharged, request.NewCardId });
            return request.RequestNo;
        }, ct);
        return await ResultAsync(requestNo, ct);
    }

    private async Task IssueAsync(AppDbContext db, ReissueRequest request, Card card, CardDesign design,
        BusinessCalendar calendar, Actor actor, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var policy = PolicySelector.InForce(card.Program!.Policies, today);
        var report = await db.LostCardReports.AsNoTracking().Where(r => r.CardId == card.Id).OrderByDescending(r => r.Id).Select(r => (LostCardBalanceHandling?)r.Handling).FirstOrDefaultAsync(ct);
        var due = calendar.AddBusinessDays(today, policy.ReplacementShipBusinessDays);
        var skipped = calendar.SkippedDays(today, due);
        var rule = $"접수 {today:yyyy-MM-dd} + {policy.ReplacementShipBusinessDays}영업일 = {due:yyyy-MM-dd}"
            + (skipped.Count > 0 ? $" (제외: {string.Join(", ", skipped)})" : "") + " (000 재발급)";
        var address = await db.Members.Where(m => m.Id == request.MemberId).Select(m => m.Address).FirstAsync(ct);
        var result = await CardReplacement.IssueAsync(db, numbers, new ReplacementOrder(card, design, ReissueRules.CarriesBalance(request.Reason, report),
            request.Reason == ReissueReason.Broken ? ShipmentMethod.Registered : ShipmentMethod.Ordinary, due, rule, address,
            Idempotency.PostingPrefix("reissue", request.RequestNo), actor, now, today, request.Id,
            CardReplacement.Validity(policy, card.ExpiresOn, request.Reason == ReissueReason.Expired, today)), ct);
        request.NewCardId = result.NewCard.Id;
        request.CarriedBalance = result.CarriedBalance;
        request.IssuedAt = now;
        await db.SaveChangesAsync(ct);
        if (request.FeeCharged > 0)
        {
            await ReissueFeeCharge.ChargeAsync(db, request.MemberId, result.NewCard.Id, request.FeeCharged, Idempotency.PostingKey("reissue", request.RequestNo, "fee"),
                request.RequestNo, $"재발급 수수료 ({ReissueRules.Name(request.Reason)})", actor, now, ct);
        }
    }

    private async Task<ReissueResult> ResultAsync(string requestNo, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.ReissueRequests.AsNoTracking().SingleAsync(x => x.RequestNo == requestNo, ct);
        var card = r.NewCardId is null ? null : await db.Cards.AsNoTracking().SingleAsync(c => c.Id == r.NewCardId, ct);
        var shipment = r.NewCardId is null ? null : await db.Shipments.AsNoTracking().FirstOrDefaultAsync(s => s.CardId == r.NewCardId, ct);
        return new ReissueResult(r.RequestNo, r.Status, card?.Masked, r.Fee, r.FeeCharged, r.FeeExplanation, r.CarriedBalance, shipment?.DueBy, shipment?.DueRule)
        {
            NewCardExpiresOn = card?.ExpiresOn,
        };
    }

    private static async Task<Card> LoadCardAsync(AppDbContext db, long cardId, bool tracked, CancellationToken ct)
    {
        var cards = tracked ? db.Cards : db.Cards.AsNoTracking();
        var card = await cards.Include(c => c.Program!).ThenInclude(p => p.Policies).FirstOrDefaultAsync(c => c.Id == cardId, ct)
            ?? throw new BusinessRuleException("카드를 찾을 수 없습니다.");
        return card.MemberId is null ? throw new BusinessRuleException("회원에게 등록되지 않은 카드는 재발급할 수 없습니다.") : card;
    }

    private static Task<int> FreeResendsAsync(AppDbContext db, long cardId, CancellationToken ct) =>
        db.ReissueRequests.CountAsync(r => r.OldCardId == cardId && r.Reason == ReissueReason.ReturnedMail && r.Status == ReissueStatus.Issued && r.FeeCharged == 0, ct);

    public static string StatusName(ReissueStatus status) => ReissueTransitions.StatusName(status);
}
