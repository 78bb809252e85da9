using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Web.Features.MemberLifecycle;

/// <summary>
/// The member's life cycle: withdrawal (탈퇴), suspension and its lifting (자격 정지·해제), and a recovered lost card.
/// Each command checks its input first (Korean refusal, nothing changed), then changes the member, the cards, the
/// ledger (one journal entry when balances are written off), the notice outbox and the audit trail in one
/// <see cref="DbWriter"/> transaction. The same idempotency key returns the first result.
/// </summary>
public sealed class MemberLifecycleService(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, IOptions<MemberLifecycleOptions> options)
{
    private static readonly RefundStatus[] OpenRefund = [RefundStatus.PendingApproval, RefundStatus.Approved, RefundStatus.InPayout];
    private static readonly IntakeStatus[] ClosedIntake = [IntakeStatus.Rejected, IntakeStatus.Settled, IntakeStatus.Closed];
    /// <summary>Cards whose balance the 탈퇴 전 환불 pays (a suspended member may still claim a refund, 003 하나로 제25조④2).</summary>
    private static readonly CardStatus[] RefundableCard = [CardStatus.Active, CardStatus.Expired, CardStatus.Suspended];

    private int RetentionYears => options.Value.RetentionYears;

    // ---------------------------------------------------------------- state

    public async Task<LifecycleState> StateAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct)
            ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
        SuspensionInfo? suspension = null;
        if (member.Status == MemberStatus.Suspended)
        {
            var open = await db.Set<MemberSuspension>().AsNoTracking().Where(s => s.MemberId == memberId && s.LiftedAt == null)
                .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
            if (open is not null)
                suspension = new SuspensionInfo(open.Cause, open.Reason, open.SuspendedAt, open.SuspendedByName, open.CardIds.Count);
        }
        string? summary = null;
        var withdrawal = await db.Set<MemberWithdrawal>().AsNoTracking().FirstOrDefaultAsync(w => w.MemberId == memberId, ct);
        if (withdrawal is not null)
        {
            summary = withdrawal.Choice == WithdrawalChoice.RefundFirst
                ? $"{MemberLifecycleRules.ChoiceName(withdrawal.Choice)}{(withdrawal.RefundRequestNo is { } no ? $" (환불 {no})" : "")}"
                : $"{MemberLifecycleRules.ChoiceName(withdrawal.Choice)} ({withdrawal.ConsentChannel switch { { } c => MemberLifecycleRules.ChannelName(c), null => "" }})";
            if (withdrawal.ForfeitedAmount > 0) summary += $" · 소멸 {KoreanWon.Format(withdrawal.ForfeitedAmount)}";
            summary += $" · 처리 {withdrawal.WithdrawnByName}";
        }
        return new LifecycleState(member.Id, member.Status, member.AnonymizedAt is not null, member.WithdrawnAt, member.AnonymizeAfter, member.AnonymizedAt,
            suspension, summary);
    }

    // ---------------------------------------------------------------- withdrawal

    /// <summary>The forfeit entry took every credit and point: their lots close with it (001 §5, 004 제5조⑤4).</summary>
    private static async Task CloseValueLotsAsync(AppDbContext db, long memberId, JournalEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        var lots = await db.ValueLots.Where(l => l.MemberId == memberId && l.State == LotState.Open && l.Remaining > 0).ToListAsync(ct);
        LotLedger.Apply(db, lots.Select(l => new LotTake(l, l.Remaining)), entry, LotMovementKind.Forfeit, LotState.Forfeited, now);
    }

    private sealed record Money(List<Account> Accounts, long Refundable, long NotRefundable, long Cashback, string Breakdown);

    private static async Task<Money> MoneyAsync(AppDbContext db, long memberId, CancellationToken ct)
    {
        var cards = await db.Cards.AsNoTracking().Where(c => c.MemberId == memberId).ToDictionaryAsync(c => c.Id, ct);
        var accounts = await db.Accounts
            .Where(a => a.MemberId == memberId && a.Balance > 0
                && (a.Kind == AccountKind.CardBalance || a.Kind == AccountKind.Emoney || a.Kind == AccountKind.Cashback
                    || a.Kind == AccountKind.Credits || a.Kind == AccountKind.Points))
            .OrderBy(a => a.Kind).ThenBy(a => a.Id).ToListAsync(ct);
        long refundable = 0, notRefundable = 0, cashback = 0;
        var parts = new List<string>();
        foreach (var a in accounts)
        {
            switch (a.Kind)
            {
                case AccountKind.CardBalance when a.CardId is { } id && cards.TryGetValue(id, out var card):
                    if (RefundableCard.Contains(card.Status)) refundable += a.Balance;
                    else notRefundable += a.Balance;
                    parts.Add($"카드 *{card.Last4}({EntryTypeNames.Of(card.Status)}) {KoreanWon.Format(a.Balance)}");
                    break;
                case AccountKind.Emoney:
                    refundable += a.Balance;
                    parts.Add($"e음머니 {KoreanWon.Format(a.Balance)}");
                    break;
                case AccountKind.Cashback:
                    cashback += a.Balance;
                    parts.Add($"캐시 {KoreanWon.Format(a.Balance)}");
                    break;
                case AccountKind.Credits or AccountKind.Points:
                    // Not refundable: leftover credits (001 §6); points end with the contract (004 제5조⑤4).
                    notRefundable += a.Balance;
                    parts.Add(a.Kind == AccountKind.Credits ? $"크레딧 {a.Balance:N0} C" : $"포인트 {a.Balance:N0}P");
                    break;
                default:
                    notRefundable += a.Balance;
                    break;
            }
        }
        return new Money(accounts, refundable, notRefundable, cashback, parts.Count == 0 ? "남은 잔액 없음" : string.Join(" + ", parts));
    }

    private static async Task<List<string>> BlocksAsync(AppDbContext db, Member member, CancellationToken ct)
    {
        var blocks = new List<string>();
        if (member.Status == MemberStatus.Withdrawn) blocks.Add("이미 탈퇴한 회원입니다.");
        var refund = await db.RefundRequests.AsNoTracking().Where(r => r.MemberId == member.Id && OpenRefund.Contains(r.Status))
            .Select(r => new { r.RequestNo, r.Status }).FirstOrDefaultAsync(ct);
        if (refund is not null) blocks.Add($"진행 중인 환불 요청이 있습니다 ({refund.RequestNo}, {RefundNames.Of(refund.Status)}). 지급 또는 반려된 뒤 탈퇴할 수 있습니다.");
        var intake = await db.CardIntakeCases.AsNoTracking().Where(c => c.MemberId == member.Id && !ClosedIntake.Contains(c.Status))
            .Select(c => c.CaseNo).FirstOrDefaultAsync(ct);
        if (intake is not null) blocks.Add($"진행 중인 불량 카드 접수가 있습니다 ({intake}). 정산이 끝난 뒤 탈퇴할 수 있습니다.");
        var reissue = await db.ReissueRequests.AsNoTracking().Where(r => r.MemberId == member.Id && r.Status == ReissueStatus.AwaitingWaiverApproval)
            .Select(r => r.RequestNo).FirstOrDefaultAsync(ct);
        if (reissue is not null) blocks.Add($"진행 중인 재발급 요청이 있습니다 ({reissue}). 처리된 뒤 탈퇴할 수 있습니다.");
        return blocks;
    }

    private static Task<string?> PaidWithdrawalRefundAsync(AppDbContext db, long memberId, CancellationToken ct) =>
        db.RefundRequests.AsNoTracking()
            .Where(r => r.MemberId == memberId && r.Kind == RefundKind.BeforeWithdrawal && r.Status == RefundStatus.Paid)
            .OrderByDescending(r => r.Id).Select(r => r.RequestNo).FirstOrDefaultAsync(ct);

    public async Task<WithdrawalPreview> PreviewWithdrawalAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.FileRefund);
        await using var db = await factory.CreateDbContextAsync(ct);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct)
            ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
        var money = await MoneyAsync(db, memberId, ct);
        var blocks = await BlocksAsync(db, member, ct);
        return new WithdrawalPreview(member.Id, member.Status, money.Refundable, money.NotRefundable, money.Cashback, money.Breakdown, blocks,
            await PaidWithdrawalRefundAsync(db, memberId, ct), MemberLifecycleRules.AnonymizeAfter(clock.TodayKst(), RetentionYears), RetentionYears);
    }

    /// <summary>
    /// Withdraws the member. Refund first: allowed only once nothing refundable is left (the 탈퇴 전 환불 was approved and
    /// paid). Forfeit: the member's recorded consent lets the remaining balances go to the forfeited account. Either way
    /// what cannot be refunded (cash on a card reported lost, reward cash) is written off with the withdrawal (001 §5),
    /// every card is closed, and the personal data is kept until the retention date.
    /// </summary>
    public async Task<WithdrawalResult> WithdrawAsync(WithdrawCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.FileRefund);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        var (reason, consent) = MemberLifecycleRules.CheckWithdrawal(command.Choice, command.ConsentText, command.ConsentChannel, command.Reason);
        var years = RetentionYears;

        var id = await writer.ExecuteAsync(async (db, token) =>
        {
            // The member first, then the key: under READ COMMITTED a later statement sees at least what an earlier one
            // saw, so a parallel click that finds the member withdrawn also finds the withdrawal it repeats.
            var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            var repeated = await Idempotency.FindAsync(db.Set<MemberWithdrawal>(), key, token);
            if (repeated is not null) return repeated.Id;
            var blocks = await BlocksAsync(db, member, token);
            if (blocks.Count > 0) throw new BusinessRuleException($"탈퇴할 수 없습니다: {blocks[0]}");
            var money = await MoneyAsync(db, member.Id, token);
            if (command.Choice == WithdrawalChoice.RefundFirst && money.Refundable > 0)
                throw new BusinessRuleException(
                    $"환불할 잔액 {KoreanWon.Format(money.Refundable)}이 남아 있습니다. 먼저 '탈퇴 전 환불'을 신청하고, 지급이 끝난 뒤 탈퇴를 처리하세요 ({MemberLifecycleRules.WithdrawalCitation}).");

            var now = clock.GetUtcNow();
            var today = clock.TodayKst();
            var withdrawal = new MemberWithdrawal
            {
                MemberId = member.Id,
                Choice = command.Choice,
                RefundRequestNo = command.Choice == WithdrawalChoice.RefundFirst ? await PaidWithdrawalRefundAsync(db, member.Id, token) : null,
                ConsentText = command.Choice == WithdrawalChoice.ForfeitWithConsent ? consent : "",
                ConsentChannel = command.Choice == WithdrawalChoice.ForfeitWithConsent ? command.ConsentChannel : null,
                Reason = reason,
                WithdrawnAt = now,
                WithdrawnById = actor.Id,
                WithdrawnByName = actor.Name,
                AnonymizeAfter = MemberLifecycleRules.AnonymizeAfter(today, years),
                RetentionYears = years,
                IdempotencyKey = key,
            };
            var before = new { member.Status, balances = money.Breakdown };

            // What is left is written off in one entry: reward cash back to the cashback budget (캐시는 결제 리워드, 000 캐시;
            // 운영 정책), every other balance to the forfeited account (001 §5).
            var total = money.Accounts.Sum(a => a.Balance);
            if (total > 0)
            {
                var lines = money.Accounts.Select(a => new PostingLine(a.Id, -a.Balance)).ToList();
                var forfeited = total - money.Cashback;
                if (forfeited > 0) lines.Add(new PostingLine(await SystemAccounts.IdAsync(db, AccountKind.Forfeited, token), forfeited));
                if (money.Cashback > 0) lines.Add(new PostingLine(await SystemAccounts.IdAsync(db, AccountKind.CashbackFunding, token), money.Cashback));
                var posted = await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.WithdrawalForfeit,
                    Idempotency.PostingKey("withdrawal", member.MemberNo, "forfeit"), now, actor, member.MemberNo,
                    $"회원 탈퇴 잔액 소멸 ({MemberLifecycleRules.ChoiceName(command.Choice)})", lines, AllowStoppedCard: true), now, token);
                await CloseValueLotsAsync(db, member.Id, posted.Entry, now, token);
                await db.SaveChangesAsync(token);
                withdrawal.ForfeitEntryId = posted.Entry.Id;
                withdrawal.ForfeitedAmount = total;
            }

            var cards = await db.Cards.Where(c => c.MemberId == member.Id && c.Status != CardStatus.Closed && c.Status != CardStatus.Replaced).ToListAsync(token);
            foreach (var card in cards)
            {
                card.Status = CardStatus.Closed;
                card.StoppedAt ??= now;
                card.Version++;
            }
            member.Status = MemberStatus.Withdrawn;
            member.WithdrawnAt = now;
            member.AnonymizeAfter = withdrawal.AnonymizeAfter;
            member.Version++;
            db.Set<MemberWithdrawal>().Add(withdrawal);

            await NoticeOutbox.EnqueueAsync(db, member.Id, NoticeTemplateKeys.MemberWithdrawn, member.MemberNo, new Dictionary<string, string>
            {
                ["withdrawnAt"] = Fmt.DateTime(now),
                ["anonymizeAfter"] = withdrawal.AnonymizeAfter.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["balances"] = total > 0 ? $"남은 잔액 {KoreanWon.Format(total)}은 탈퇴와 함께 소멸했습니다." : "남은 잔액은 없습니다.",
            }, now, token);
            db.Record(actor, now, "member.withdraw", "Member", member.Id.ToString(CultureInfo.InvariantCulture), before,
                new
                {
                    member.Status,
                    choice = command.Choice,
                    withdrawal.RefundRequestNo,
                    forfeited = total,
                    consentChannel = withdrawal.ConsentChannel,
                    consent = withdrawal.ConsentText,
                    closedCards = cards.Select(c => c.Last4).ToList(),
                    withdrawal.AnonymizeAfter,
                    retention = $"{years}년 ({MemberLifecycleRules.RetentionCitation})",
                },
                reason: reason, memberId: member.Id);
            await db.SaveChangesAsync(token);
            return withdrawal.Id;
        }, ct);

        await using var read = await factory.CreateDbContextAsync(ct);
        var w = await read.Set<MemberWithdrawal>().AsNoTracking().SingleAsync(x => x.Id == id, ct);
        var closed = await read.Cards.CountAsync(c => c.MemberId == w.MemberId && c.Status == CardStatus.Closed, ct);
        return new WithdrawalResult(w.MemberId, w.Choice, w.WithdrawnAt, w.AnonymizeAfter, w.ForfeitedAmount, closed, w.RefundRequestNo);
    }

    // ---------------------------------------------------------------- suspension

    /// <summary>Suspends a member (Supervisor): the active cards stop, the member is told the cause and the fact (004 제7조④).</summary>
    public async Task<int> SuspendAsync(SuspendMemberCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.SuspendMember);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        if (!Enum.IsDefined(command.Cause)) throw new BusinessRuleException("정지 사유 구분을 선택하세요.");
        var reason = MemberLifecycleRules.RequireReason(command.Reason, "정지 사유");

        return await writer.ExecuteAsync(async (db, token) =>
        {
            var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            var repeated = await Idempotency.FindAsync(db.Set<MemberSuspension>(), key, token); // after the member: see WithdrawAsync
            if (repeated is not null) return repeated.CardIds.Count;
            if (member.Status == MemberStatus.Withdrawn) throw new BusinessRuleException("탈퇴한 회원은 정지할 수 없습니다.");
            if (member.Status == MemberStatus.Suspended) throw new BusinessRuleException("이미 정지된 회원입니다.");
            var now = clock.GetUtcNow();
            var cards = await db.Cards.Where(c => c.MemberId == member.Id && c.Status == CardStatus.Active).OrderBy(c => c.Id).ToListAsync(token);
            foreach (var card in cards)
            {
                card.Status = CardStatus.Suspended;
                card.StoppedAt = now;
                card.Version++;
            }
            member.Status = MemberStatus.Suspended;
            member.Version++;
            var suspension = new MemberSuspension
            {
                MemberId = member.Id,
                Cause = command.Cause,
                Reason = reason,
                SuspendedAt = now,
                SuspendedById = actor.Id,
                SuspendedByName = actor.Name,
                SuspendedCardIds = string.Join(',', cards.Select(c => c.Id.ToString(CultureInfo.InvariantCulture))),
                IdempotencyKey = key,
            };
            db.Set<MemberSuspension>().Add(suspension);
            await db.SaveChangesAsync(token);
            await NoticeOutbox.EnqueueAsync(db, member.Id, NoticeTemplateKeys.MemberSuspended, $"suspension-{suspension.Id}", new Dictionary<string, string>
            {
                ["cause"] = MemberLifecycleRules.CauseName(command.Cause),
                ["reason"] = reason,
                ["suspendedAt"] = Fmt.DateTime(now),
                ["cardCount"] = cards.Count.ToString(CultureInfo.InvariantCulture),
            }, now, token);
            db.Record(actor, now, "member.suspend", "Member", member.Id.ToString(CultureInfo.InvariantCulture),
                new { Status = MemberStatus.Active, cards = cards.Select(c => new { c.Last4, Status = CardStatus.Active }).ToList() },
                new { member.Status, cause = MemberLifecycleRules.CauseName(command.Cause), cards = cards.Select(c => new { c.Last4, c.Status }).ToList() },
                reason: $"{MemberLifecycleRules.CauseName(command.Cause)} · {reason}", memberId: member.Id);
            return cards.Count;
        }, ct);
    }

    /// <summary>Lifts a suspension (Supervisor): exactly the cards it stopped are active again, and the member is told the same day (004 제7조④).</summary>
    public async Task<int> LiftAsync(LiftSuspensionCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.SuspendMember);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        var reason = MemberLifecycleRules.RequireReason(command.Reason, "해제 사유");

        return await writer.ExecuteAsync(async (db, token) =>
        {
            var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            var repeated = await db.Set<MemberSuspension>().AsNoTracking().FirstOrDefaultAsync(s => s.LiftIdempotencyKey == key, token); // after the member
            if (repeated is not null) return repeated.CardIds.Count;
            if (member.Status != MemberStatus.Suspended) throw new BusinessRuleException("정지된 회원이 아닙니다. 해제할 정지가 없습니다.");
            var suspension = await db.Set<MemberSuspension>().Where(s => s.MemberId == member.Id && s.LiftedAt == null).OrderByDescending(s => s.Id).FirstOrDefaultAsync(token)
                ?? throw new BusinessRuleException("해제할 정지 기록을 찾을 수 없습니다.");
            var now = clock.GetUtcNow();
            var ids = suspension.CardIds;
            // Only the cards this suspension stopped and that are still stopped by it (a card reported lost meanwhile stays lost).
            var cards = await db.Cards.Where(c => ids.Contains(c.Id) && c.Status == CardStatus.Suspended).OrderBy(c => c.Id).ToListAsync(token);
            foreach (var card in cards)
            {
                card.Status = CardStatus.Active;
                card.StoppedAt = null;
                card.Version++;
            }
            member.Status = MemberStatus.Active;
            member.Version++;
            suspension.LiftedAt = now;
            suspension.LiftedById = actor.Id;
            suspension.LiftedByName = actor.Name;
            suspension.LiftReason = reason;
            suspension.LiftIdempotencyKey = key;
            await NoticeOutbox.EnqueueAsync(db, member.Id, NoticeTemplateKeys.MemberSuspensionLifted, $"suspension-{suspension.Id}", new Dictionary<string, string>
            {
                ["liftedAt"] = Fmt.DateTime(now),
                ["cardCount"] = cards.Count.ToString(CultureInfo.InvariantCulture),
            }, now, token);
            db.Record(actor, now, "member.suspension-lift", "Member", member.Id.ToString(CultureInfo.InvariantCulture),
                new { Status = MemberStatus.Suspended, cards = cards.Select(c => new { c.Last4, Status = CardStatus.Suspended }).ToList() },
                new { member.Status, cards = cards.Select(c => new { c.Last4, c.Status }).ToList(), suspendedAt = suspension.SuspendedAt },
                reason: reason, memberId: member.Id);
            return cards.Count;
        }, ct);
    }

    // ---------------------------------------------------------------- recovered lost card

    public async Task<RecoveryPreview> PreviewRecoveryAsync(long cardId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ReportLostCard);
        await using var db = await factory.CreateDbContextAsync(ct);
        var (card, report, policy) = await RecoverableAsync(db, cardId, clock.TodayKst(), ct);
        var balance = await db.Accounts.Where(a => a.CardId == cardId && a.Kind == AccountKind.CardBalance).Select(a => a.Balance).FirstOrDefaultAsync(ct);
        return new RecoveryPreview(card.Id, card.Masked, card.Program!.Name, report.ReportNo, balance, RecoveryExplanation(policy, report, balance));
    }

    /// <summary>A lost or stolen card found again: active again unless a reissued card has replaced it (재발급된 카드는 다시 사용할 수 없습니다).</summary>
    public async Task<RecoveryResult> RecoverAsync(RecoverCardCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ReportLostCard);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        var notes = command.Notes?.Trim() ?? "";
        if (notes.Length > MemberLifecycleRules.MaxReason) throw new BusinessRuleException($"메모는 {MemberLifecycleRules.MaxReason}자 이하로 입력하세요.");

        var id = await writer.ExecuteAsync(async (db, token) =>
        {
            var repeated = await Idempotency.FindAsync(db.Set<CardRecovery>(), key, token);
            if (repeated is not null) return repeated.Id;
            var now = clock.GetUtcNow();
            var (card, report, policy) = await RecoverableAsync(db, command.CardId, clock.TodayKst(), token);
            var tracked = await db.Cards.SingleAsync(c => c.Id == card.Id, token);
            var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == report.MemberId, token);
            var balance = await db.Accounts.Where(a => a.CardId == card.Id && a.Kind == AccountKind.CardBalance).Select(a => a.Balance).FirstOrDefaultAsync(token);
            var explanation = RecoveryExplanation(policy, report, balance);
            var before = new { tracked.Status, tracked.StoppedAt };
            // A member suspended meanwhile gets the card back as suspended: lifting then restores it.
            tracked.Status = member.Status == MemberStatus.Suspended ? CardStatus.Suspended : CardStatus.Active;
            tracked.StoppedAt = member.Status == MemberStatus.Suspended ? now : null;
            tracked.Version++;
            var recovery = new CardRecovery
            {
                CardId = card.Id,
                MemberId = report.MemberId,
                LostCardReportId = report.Id,
                ReportNo = report.ReportNo,
                RecoveredAt = now,
                RecoveredById = actor.Id,
                RecoveredByName = actor.Name,
                Notes = notes,
                Explanation = explanation,
                IdempotencyKey = key,
            };
            db.Set<CardRecovery>().Add(recovery);
            if (member.Status == MemberStatus.Suspended)
            {
                var open = await db.Set<MemberSuspension>().Where(s => s.MemberId == member.Id && s.LiftedAt == null).OrderByDescending(s => s.Id).FirstOrDefaultAsync(token);
                if (open is not null && !open.CardIds.Contains(card.Id))
                    open.SuspendedCardIds = string.Join(',', open.CardIds.Append(card.Id).Select(i => i.ToString(CultureInfo.InvariantCulture)));
            }
            db.Record(actor, now, "card.recovered", "Card", card.Id.ToString(CultureInfo.InvariantCulture), before,
                new { tracked.Status, report.ReportNo, balance, policyVersion = policy.Version }, reason: $"분실·도난 카드 회수 {notes}".Trim() + $" · {explanation}",
                memberId: report.MemberId);
            await db.SaveChangesAsync(token);
            return recovery.Id;
        }, ct);

        await using var read = await factory.CreateDbContextAsync(ct);
        var r = await read.Set<CardRecovery>().AsNoTracking().SingleAsync(x => x.Id == id, ct);
        var status = await read.Cards.Where(c => c.Id == r.CardId).Select(c => c.Status).SingleAsync(ct);
        return new RecoveryResult(r.CardId, r.ReportNo, status, r.Explanation);
    }

    private static async Task<(Card Card, LostCardReport Report, ProgramPolicy Policy)> RecoverableAsync(AppDbContext db, long cardId, DateOnly today, CancellationToken ct)
    {
        var card = await db.Cards.AsNoTracking().Include(c => c.Program!).ThenInclude(p => p.Policies)
            .FirstOrDefaultAsync(c => c.Id == cardId, ct) ?? throw new BusinessRuleException("카드를 찾을 수 없습니다.");
        var replaced = card.Status == CardStatus.Replaced || await db.Cards.AnyAsync(c => c.ReplacesCardId == card.Id, ct);
        if (replaced) throw new BusinessRuleException("재발급된 카드는 다시 사용할 수 없습니다. 회수한 카드는 폐기하세요 (재발급 카드로 대체됨).");
        if (card.Status is not (CardStatus.Lost or CardStatus.Stolen))
            throw new BusinessRuleException($"분실·도난 신고된 카드만 회수 처리할 수 있습니다 (현재 상태: {EntryTypeNames.Of(card.Status)}).");
        var member = await db.Members.AsNoTracking().Where(m => m.Id == card.MemberId).Select(m => new { m.Status }).FirstOrDefaultAsync(ct);
        if (member is null || member.Status == MemberStatus.Withdrawn) throw new BusinessRuleException("탈퇴한 회원의 카드는 회수 처리할 수 없습니다.");
        var report = await db.LostCardReports.AsNoTracking().Where(r => r.CardId == card.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct)
            ?? throw new BusinessRuleException("이 카드의 분실·도난 신고를 찾을 수 없습니다.");
        var done = await db.Set<CardRecovery>().AsNoTracking().FirstOrDefaultAsync(r => r.LostCardReportId == report.Id, ct);
        if (done is not null) throw new BusinessRuleException($"이미 회수 처리된 신고입니다 ({report.ReportNo}, {Fmt.DateTime(done.RecoveredAt)}).");
        return (card, report, PolicySelector.InForce(card.Program!.Policies, today));
    }

    /// <summary>What happens to the money of a recovered card, decided by the policy fields, not by the program code.</summary>
    internal static string RecoveryExplanation(ProgramPolicy policy, LostCardReport report, long balance)
    {
        var citation = policy.CitationOf(nameof(ProgramPolicy.RecoveredLostCardRefundable));
        if (policy.LostCardHandling == LostCardBalanceHandling.MoveToEmoney && report.SweptToEmoney > 0)
            return $"신고 때 잔액 {KoreanWon.Format(report.SweptToEmoney)}이 e음머니로 옮겨졌고 그대로 e음머니에 남습니다. 카드는 다시 사용할 수 있습니다 (잔액 {KoreanWon.Format(balance)}).";
        if (policy.RecoveredLostCardRefundable)
            return $"카드를 다시 사용할 수 있고, 잔액 {KoreanWon.Format(balance)}은 정상 카드로 환불할 수 있습니다 ({citation}).";
        return $"카드를 다시 사용할 수 있습니다 (잔액 {KoreanWon.Format(balance)}). 회수한 분실 카드의 환불 규정: {(policy.IsOperatorSetting(nameof(ProgramPolicy.RecoveredLostCardRefundable)) ? "운영 정책" : citation)}.";
    }
}
