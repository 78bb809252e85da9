using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Prescription;

/// <summary>What one prescription run did.</summary>
public sealed record PrescriptionRunSummary(string Number, int Listed, int Notified, int BecameDue, int Withdrawn, long ListedAmount)
{
    public string Summary => $"{Number}: 신규 대상 {Listed}건 ({KoreanWon.Format(ListedAmount)}), 통지 {Notified}건, 기부 가능 전환 {BecameDue}건, 대상 제외 {Withdrawn}건";
}

/// <summary>
/// Prescribed card balances (004 제5조, issue 15): the run that lists them and tells the members, the objections, and
/// the four-eyes donation. Every member-facing step is audited with the member's id (the member timeline shows it).
/// </summary>
public sealed class PrescriptionService(DbWriter writer, CurrentActor currentActor, TimeProvider clock, StepUp stepUp)
{
    public const string Workflow = "prescription";
    public const int MinNote = 5;
    public const int MaxNote = 500;
    public const int MaxProposal = 200;

    /// <summary>"지금 점검" (ManagePrescription).</summary>
    public async Task<PrescriptionRunSummary> RunAsync(CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManagePrescription);
        return await RunAsync(actor, ct);
    }

    /// <summary>
    /// One run as of now: (1) drops open items whose card balance changed since the listing (Withdrawn); (2) lists every
    /// card balance above 0 whose prescription is complete and that has no open item, telling its member
    /// (<see cref="PrescriptionRules.Notice"/>) or, without a member, making it due at once; (3) moves notified items
    /// whose objection window and notice period are over to Due (004 제5조③). Works from stored state: a second run
    /// the same day changes nothing; racing runs list a card once (the card's version is bumped with its listing).
    /// </summary>
    public Task<PrescriptionRunSummary> RunAsync(Actor actor, CancellationToken ct = default) =>
        writer.ExecuteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var today = now.ToKstDate();
            var (withdrawn, listed, notified, becameDue, listedAmount) = (0, 0, 0, 0, 0L);
            var run = new PrescriptionRun
            {
                Number = await BusinessNumbers.NextNumberAsync(db, "prescription-run", "P", today, token),
                AsOf = today,
                RanAt = now,
                RanById = actor.Id,
                RanByName = actor.Name,
            };
            db.PrescriptionRuns.Add(run);
            await db.SaveChangesAsync(token);

            // (1) balances that moved since the listing: the member used or was refunded; the prescription starts again.
            var open = await db.PrescriptionItems
                .Where(i => i.Status == PrescriptionItemStatus.Listed || i.Status == PrescriptionItemStatus.Notified
                    || i.Status == PrescriptionItemStatus.Objected || i.Status == PrescriptionItemStatus.Due)
                .ToListAsync(token);
            var openAccountIds = open.Select(i => i.AccountId).Distinct().ToList();
            var balances = await db.Accounts.Where(a => openAccountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Balance, token);
            foreach (var item in open.Where(i => balances[i.AccountId] != i.Amount))
            {
                var before = item.Status;
                item.Status = PrescriptionItemStatus.Withdrawn;
                item.Version++;
                withdrawn++;
                db.Record(actor, now, "prescription.withdrawn", "PrescriptionItem", item.Id.ToString(CultureInfo.InvariantCulture),
                    before: new { Status = before, item.Amount }, after: new { item.Status, balance = balances[item.AccountId] },
                    reason: $"카드 잔액 변동 ({KoreanWon.Format(item.Amount)} → {KoreanWon.Format(balances[item.AccountId])})", memberId: item.MemberId);
            }

            // (3) before listing new ones, so an item listed today is not judged today.
            foreach (var item in open.Where(i => i.Status == PrescriptionItemStatus.Notified && i.ObjectionDeadline is { } d
                && i.PlannedDonationOn is { } p && PrescriptionRules.IsDue(today, d, p, objected: false)))
            {
                item.Status = PrescriptionItemStatus.Due;
                item.Version++;
                becameDue++;
                db.Record(actor, now, "prescription.due", "PrescriptionItem", item.Id.ToString(CultureInfo.InvariantCulture),
                    before: new { Status = PrescriptionItemStatus.Notified }, after: new { item.Status },
                    reason: $"이의 기한 {item.ObjectionDeadline:yyyy-MM-dd} 경과, 이의 없음 → 기부 동의 간주 (004 제5조③)", memberId: item.MemberId);
            }

            // (2) new listings.
            var stillOpen = await db.PrescriptionItems.Where(i => i.Status == PrescriptionItemStatus.Listed || i.Status == PrescriptionItemStatus.Notified
                    || i.Status == PrescriptionItemStatus.Objected || i.Status == PrescriptionItemStatus.Due || i.Status == PrescriptionItemStatus.Proposed)
                .Select(i => i.CardId).ToListAsync(token);
            var openCards = stillOpen.ToHashSet();
            openCards.UnionWith(open.Where(i => i.Status != PrescriptionItemStatus.Withdrawn).Select(i => i.CardId));
            var candidates = await db.Accounts.AsNoTracking()
                .Where(a => a.Kind == AccountKind.CardBalance && a.CardId != null && a.Balance > 0)
                .Select(a => new { a.Id, CardId = a.CardId!.Value, a.Balance })
                .ToListAsync(token);
            candidates = [.. candidates.Where(c => !openCards.Contains(c.CardId))];
            if (candidates.Count > 0)
            {
                var accountIds = candidates.Select(c => c.Id).ToList();
                var lastPayments = (await db.Postings.AsNoTracking()
                        .Where(p => accountIds.Contains(p.AccountId) && p.JournalEntry!.Type == EntryType.Payment)
                        .Select(p => new { p.AccountId, p.JournalEntry!.OccurredAt }).ToListAsync(token))
                    .GroupBy(p => p.AccountId).ToDictionary(g => g.Key, g => g.Max(p => p.OccurredAt));
                var firstTopUps = (await db.Postings.AsNoTracking()
                        .Where(p => accountIds.Contains(p.AccountId) && p.JournalEntry!.Type == EntryType.TopUp)
                        .Select(p => new { p.AccountId, p.JournalEntry!.OccurredAt }).ToListAsync(token))
                    .GroupBy(p => p.AccountId).ToDictionary(g => g.Key, g => g.Min(p => p.OccurredAt));
                var policies = (await db.ProgramPolicies.AsNoTracking().ToListAsync(token)).GroupBy(p => p.ProgramId).ToDictionary(g => g.Key, g => g.ToList());

                foreach (var c in candidates)
                {
                    var card = await db.Cards.FirstAsync(x => x.Id == c.CardId, token);
                    var neverUsed = !lastPayments.TryGetValue(c.Id, out var lastUse);
                    var from = neverUsed
                        ? firstTopUps.TryGetValue(c.Id, out var topUp) ? topUp : KoreanTime.StartOfDay(card.IssuedOn)
                        : lastUse;
                    if (!policies.TryGetValue(card.ProgramId, out var versions)) continue;
                    var policy = PolicySelector.InForce(versions, today);
                    if (policy.PrescriptionYears <= 0) continue;
                    var (prescribedFrom, derivation) = PrescriptionRules.Prescribed(from, neverUsed, policy.PrescriptionYears);
                    if (!PrescriptionRules.IsPrescribed(today, prescribedFrom)) continue;

                    var notice = PrescriptionRules.Notice(card.IsNamed, card.MemberId, c.Balance, policy);
                    var item = new PrescriptionItem
                    {
                        RunId = run.Id,
                        CardId = card.Id,
                        AccountId = c.Id,
                        MemberId = card.MemberId,
                        ProgramId = card.ProgramId,
                        PolicyVersion = policy.Version,
                        Amount = c.Balance,
                        LastUseOrSaleAt = from,
                        NeverUsed = neverUsed,
                        PrescribedFrom = prescribedFrom,
                        Derivation = derivation,
                        NoticeRequired = notice.Required,
                        NoticeRule = notice.Rule,
                        Status = PrescriptionItemStatus.Due,
                        PlannedDonationOn = today,
                    };
                    if (notice.Send)
                    {
                        item.Status = PrescriptionItemStatus.Notified;
                        item.NoticeSentAt = now;
                        item.ObjectionDeadline = PrescriptionRules.ObjectionDeadline(today, policy.DonationObjectionDays);
                        item.PlannedDonationOn = PrescriptionRules.PlannedDonation(today, policy.DonationNoticeLeadMonths, policy.DonationObjectionDays);
                    }
                    card.Version++; // two racing runs touch the same card row: the second runs again and finds this item
                    db.PrescriptionItems.Add(item);
                    await db.SaveChangesAsync(token);
                    listed++;
                    listedAmount += item.Amount;
                    if (notice.Send)
                    {
                        notified++;
                        await NoticeOutbox.EnqueueAsync(db, item.MemberId!.Value, PrescriptionNoticeKeys.DonationNotice, ItemRef(item), new Dictionary<string, string>
                        {
                            ["card"] = card.Masked,
                            ["amount"] = Fmt.Won(item.Amount),
                            ["plannedOn"] = Fmt.Date(item.PlannedDonationOn!.Value),
                            ["deadline"] = Fmt.Date(item.ObjectionDeadline!.Value),
                            ["recipient"] = PrescriptionRules.Recipient,
                            ["derivation"] = item.Derivation,
                        }, now, token);
                    }
                    db.Record(actor, now, notice.Send ? "prescription.notified" : "prescription.listed", "PrescriptionItem", item.Id.ToString(CultureInfo.InvariantCulture),
                        after: new { item.Status, item.Amount, card = card.Masked, item.PrescribedFrom, item.ObjectionDeadline, item.PlannedDonationOn },
                        reason: $"{item.Derivation} · {item.NoticeRule}", memberId: item.MemberId);
                }
            }

            (run.Listed, run.Notified, run.BecameDue, run.Withdrawn, run.ListedAmount) = (listed, notified, becameDue, withdrawn, listedAmount);
            var summary = new PrescriptionRunSummary(run.Number, listed, notified, becameDue, withdrawn, listedAmount);
            db.Record(actor, now, "prescription.run", "PrescriptionRun", run.Number, after: new { run.AsOf, listed, notified, becameDue, withdrawn, listedAmount });
            return summary;
        }, ct);

    /// <summary>The member objects (RecordDonationObjection): only while notified and on or before the deadline (004 제5조③).</summary>
    public async Task RecordObjectionAsync(long itemId, string note, string key, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.RecordDonationObjection);
        key = Idempotency.RequireClientKey(key);
        note = RequireNote(note, "이의 내용");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var today = now.ToKstDate();
            var item = await db.PrescriptionItems.FirstOrDefaultAsync(i => i.Id == itemId, token)
                ?? throw new BusinessRuleException("소멸시효 대상 항목을 찾을 수 없습니다.");
            if (item.Status == PrescriptionItemStatus.Objected)
                throw new BusinessRuleException($"이미 {item.ObjectedAt!.Value.ToKstDate():yyyy-MM-dd}에 이의가 접수된 항목입니다.");
            if (item.Status != PrescriptionItemStatus.Notified || item.ObjectionDeadline is not { } deadline)
                throw new BusinessRuleException($"이의는 통지 후 이의 기간 중인 항목에만 접수할 수 있습니다 (현재 상태: {PrescriptionRules.Name(item.Status)}).");
            if (today > deadline)
                throw new BusinessRuleException($"이의 제기 기한({deadline:yyyy-MM-dd})이 지났습니다. 30일 안에 이의가 없어 기부에 동의한 것으로 봅니다 (004 제5조③).");
            item.Status = PrescriptionItemStatus.Objected;
            item.ObjectedAt = now;
            item.ObjectionNote = note;
            item.ObjectionRecordedById = actor.Id;
            item.ObjectionRecordedByName = actor.Name;
            item.Version++;
            var card = await db.Cards.AsNoTracking().FirstAsync(c => c.Id == item.CardId, token);
            if (item.MemberId is { } memberId)
            {
                await NoticeOutbox.EnqueueAsync(db, memberId, PrescriptionNoticeKeys.ObjectionReceived, ItemRef(item), new Dictionary<string, string>
                {
                    ["card"] = card.Masked,
                    ["amount"] = Fmt.Won(item.Amount),
                    ["objectedOn"] = Fmt.Date(today),
                }, now, token);
            }
            db.Record(actor, now, "prescription.objection", "PrescriptionItem", item.Id.ToString(CultureInfo.InvariantCulture),
                before: new { Status = PrescriptionItemStatus.Notified }, after: new { item.Status, key }, reason: note, memberId: item.MemberId);
        }, ct);
    }

    /// <summary>Finance proposes due items for donation (ManagePrescription); a second person decides.</summary>
    public async Task<string> ProposeAsync(IReadOnlyCollection<long> itemIds, string key, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManagePrescription);
        key = Idempotency.RequireClientKey(key);
        var ids = (itemIds ?? []).Distinct().ToList();
        if (ids.Count == 0) throw new BusinessRuleException("기부 상신할 항목을 선택하세요.");
        if (ids.Count > MaxProposal) throw new BusinessRuleException($"한 번에 {MaxProposal}건까지 상신할 수 있습니다.");
        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await Idempotency.FindAsync(db.DonationBatches, key, token) is { } earlier) return earlier.Number;
            var now = clock.GetUtcNow();
            var items = await db.PrescriptionItems.Where(i => ids.Contains(i.Id)).ToListAsync(token);
            if (items.Count != ids.Count) throw new BusinessRuleException("선택한 항목 중 찾을 수 없는 것이 있습니다. 화면을 새로 고친 뒤 다시 선택하세요.");
            if (items.FirstOrDefault(i => i.Status != PrescriptionItemStatus.Due) is { } notDue)
                throw new BusinessRuleException($"기부 가능 상태의 항목만 상신할 수 있습니다 (항목 {notDue.Id}: {PrescriptionRules.Name(notDue.Status)}).");
            var batch = new DonationBatch
            {
                Number = await BusinessNumbers.NextNumberAsync(db, "donation-batch", "G", now.ToKstDate(), token),
                Recipient = PrescriptionRules.Recipient,
                Items = items.Count,
                Total = items.Sum(i => i.Amount),
                Status = DonationBatchStatus.Proposed,
                ProposedAt = now,
                ProposedById = actor.Id,
                ProposedByName = actor.Name,
                IdempotencyKey = key,
            };
            db.DonationBatches.Add(batch);
            await db.SaveChangesAsync(token);
            foreach (var item in items)
            {
                item.Status = PrescriptionItemStatus.Proposed;
                item.DonationBatchId = batch.Id;
                item.Version++;
                db.Record(actor, now, "prescription.proposed", "PrescriptionItem", item.Id.ToString(CultureInfo.InvariantCulture),
                    before: new { Status = PrescriptionItemStatus.Due }, after: new { item.Status, batch = batch.Number }, memberId: item.MemberId);
            }
            db.Record(actor, now, "donation.proposed", "DonationBatch", batch.Number, after: new { batch.Items, batch.Total, batch.Recipient });
            return batch.Number;
        }, ct);
    }

    /// <summary>
    /// A second person approves or refuses a proposed batch (ApproveDonation + step-up; never the proposer). Approval
    /// posts ONE ledger entry taking each card's listed amount to the donation account (refused if a balance moved);
    /// refusal sends the items back to Due. Two approvers racing: the batch's version lets one through.
    /// </summary>
    public async Task DecideAsync(string batchNumber, bool approve, string? note, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ApproveDonation);
        await stepUp.RequireAsync(actor, approve ? "소멸시효 잔액 기부 승인" : "기부 상신 반려");
        note = (note ?? "").Trim();
        if (!approve) note = RequireNote(note, "반려 사유");
        else if (note.Length > MaxNote) throw new BusinessRuleException($"메모는 {MaxNote}자 이하로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var batch = await db.DonationBatches.FirstOrDefaultAsync(b => b.Number == batchNumber, token)
                ?? throw new BusinessRuleException("기부 상신을 찾을 수 없습니다.");
            if (batch.Status != DonationBatchStatus.Proposed)
                throw new BusinessRuleException($"이미 처리된 기부 상신입니다 ({PrescriptionRules.Name(batch.Status)}, {batch.DecidedByName}).");
            if (batch.ProposedById == actor.Id)
                throw new ForbiddenException(OwnBatchRefusal);
            var items = await db.PrescriptionItems.Where(i => i.DonationBatchId == batch.Id).OrderBy(i => i.Id).ToListAsync(token);
            (batch.DecidedAt, batch.DecidedById, batch.DecidedByName, batch.DecisionNote) = (now, actor.Id, actor.Name, note);
            batch.Version++;
            // Claim the batch before touching money: a second person deciding at the same moment fails here on the version
            // (not later on the balances the first one already took), and the retry finds the batch decided.
            await db.SaveChangesAsync(token);
            if (!approve)
            {
                batch.Status = DonationBatchStatus.Refused;
                foreach (var item in items)
                {
                    item.Status = PrescriptionItemStatus.Due;
                    item.DonationBatchId = null;
                    item.Version++;
                }
                db.Record(actor, now, "donation.refused", "DonationBatch", batch.Number, before: new { Status = DonationBatchStatus.Proposed },
                    after: new { batch.Status }, reason: note);
                return;
            }

            var accountIds = items.Select(i => i.AccountId).ToList();
            var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, token);
            var cards = await db.Cards.AsNoTracking().Where(c => items.Select(i => i.CardId).Contains(c.Id)).ToDictionaryAsync(c => c.Id, token);
            if (items.FirstOrDefault(i => accounts[i.AccountId].Balance != i.Amount) is { } moved)
                throw new BusinessRuleException(
                    $"카드({cards[moved.CardId].Masked})의 잔액이 점검 때와 다릅니다 (점검 {KoreanWon.Format(moved.Amount)}, 현재 {KoreanWon.Format(accounts[moved.AccountId].Balance)}). 반려한 뒤 다시 점검하세요.");
            var donation = await SystemAccounts.IdAsync(db, AccountKind.DonationPayable, token);
            var posted = await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.PrescriptionDonation,
                Idempotency.PostingKey(Workflow, batch.Number, "donation"), now, actor, batch.Number,
                $"소멸시효 완성 잔액 기부 {items.Count}건 → {PrescriptionRules.Recipient} (004 제5조②)",
                [.. items.Select(i => new PostingLine(i.AccountId, -i.Amount)), new PostingLine(donation, batch.Total)],
                AllowStoppedCard: true), now, token);
            await db.SaveChangesAsync(token);
            batch.Status = DonationBatchStatus.Donated;
            batch.EntryId = posted.Entry.Id;
            foreach (var item in items)
            {
                item.Status = PrescriptionItemStatus.Donated;
                item.DonationEntryId = posted.Entry.Id;
                item.Version++;
                db.Record(actor, now, "prescription.donated", "PrescriptionItem", item.Id.ToString(CultureInfo.InvariantCulture),
                    before: new { Status = PrescriptionItemStatus.Proposed }, after: new { item.Status, item.Amount, batch = batch.Number, entry = posted.Entry.Id },
                    memberId: item.MemberId);
                if (item.MemberId is { } memberId)
                {
                    await NoticeOutbox.EnqueueAsync(db, memberId, PrescriptionNoticeKeys.Donated, ItemRef(item), new Dictionary<string, string>
                    {
                        ["card"] = cards[item.CardId].Masked,
                        ["amount"] = Fmt.Won(item.Amount),
                        ["donatedOn"] = Fmt.Date(now.ToKstDate()),
                        ["recipient"] = PrescriptionRules.Recipient,
                    }, now, token);
                }
            }
            db.Record(actor, now, "donation.approved", "DonationBatch", batch.Number, before: new { Status = DonationBatchStatus.Proposed },
                after: new { batch.Status, batch.Total, entry = posted.Entry.Id }, reason: note.Length > 0 ? note : null);
        }, ct);
    }

    public const string OwnBatchRefusal = "직접 상신한 기부는 승인·반려할 수 없습니다. 다른 승인권자가 결정해야 합니다 (4인 원칙).";

    private static string ItemRef(PrescriptionItem item) => $"prescription-item-{item.Id}";

    private static string RequireNote(string? note, string label)
    {
        note = (note ?? "").Trim();
        if (note.Length < MinNote) throw new BusinessRuleException($"{label}을(를) {MinNote}자 이상 입력하세요.");
        if (note.Length > MaxNote) throw new BusinessRuleException($"{label}은(는) {MaxNote}자 이하로 입력하세요.");
        return note;
    }
}
