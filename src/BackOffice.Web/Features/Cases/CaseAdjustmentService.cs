using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// The error correction's adjusting entry (issue 13 item 5; 003 하나로 제17조, 캐시비 제14조②): one person proposes it
/// on an error-correction case (the case waits in <see cref="CaseStatus.AwaitingApproval"/>), a second person with
/// <see cref="Permission.ApproveCaseAdjustment"/> approves it after a step-up — only then is the entry posted — or refuses
/// it with a reason (nothing is posted, the case is worked again).
/// </summary>
/// <remarks>
/// The other side of the entry (운영 정책, documented here and shown on screen): a correction of the member's cashback goes
/// against <see cref="AccountKind.CashbackFunding"/> (the district's budget that paid the cashback); a correction of a card
/// balance or e-money goes against <see cref="AccountKind.FundingClearing"/> (the clearing account where members' money
/// enters and the operator's own money stands behind it). The ledger keeps member money from going negative, so a debit
/// larger than the balance is refused at approval.
/// </remarks>
public sealed class CaseAdjustmentService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, StepUp stepUp)
{
    /// <summary>운영 정책: the largest correction one case may post (above it, a ledger correction outside the case).</summary>
    public const long MaxAmount = 5_000_000;
    public const int MinReason = 5;
    public const int MaxReason = 500;

    public static AccountKind CounterAccount(AccountKind account) =>
        account == AccountKind.Cashback ? AccountKind.CashbackFunding : AccountKind.FundingClearing;

    public static string AccountName(AccountKind kind) => kind switch
    {
        AccountKind.CardBalance => "카드 잔액",
        AccountKind.Emoney => "e음머니",
        AccountKind.Cashback => "캐시백",
        AccountKind.FundingClearing => "입금 정산 계정 (운영)",
        AccountKind.CashbackFunding => "캐시백 재원 계정 (운영)",
        _ => kind.ToString(),
    };

    /// <summary>The accounts the case may correct: e-money, cashback and each card linked to the case.</summary>
    public async Task<IReadOnlyList<AdjustmentAccountOption>> AccountsAsync(string caseNumber, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == caseNumber, ct) ?? throw NotFound();
        var cardIds = await db.CaseLinks.Where(l => l.CaseId == c.Id && l.CardId != null).Select(l => l.CardId!.Value).ToListAsync(ct);
        var cards = await db.Cards.AsNoTracking().Where(x => cardIds.Contains(x.Id)).Select(x => new { x.Id, x.Last4 }).ToListAsync(ct);
        var balances = await db.Accounts.AsNoTracking().Where(a => a.MemberId == c.MemberId).Select(a => new { a.Kind, a.CardId, a.Balance }).ToListAsync(ct);
        long Balance(AccountKind kind, long? cardId) => balances.Where(b => b.Kind == kind && b.CardId == cardId).Sum(b => b.Balance);
        List<AdjustmentAccountOption> options = [.. cards.OrderBy(x => x.Id).Select(x => new AdjustmentAccountOption(AccountKind.CardBalance, x.Id,
            $"카드 {CardNumber.Mask(x.Last4)} 잔액", Balance(AccountKind.CardBalance, x.Id)))];
        options.Add(new AdjustmentAccountOption(AccountKind.Emoney, null, "e음머니", Balance(AccountKind.Emoney, null)));
        options.Add(new AdjustmentAccountOption(AccountKind.Cashback, null, "캐시백", Balance(AccountKind.Cashback, null)));
        return options;
    }

    public async Task<long> ProposeAsync(ProposeAdjustmentCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.HandleCases);
        var key = Idempotency.RequireClientKey(command.IdempotencyKey);
        var reason = command.Reason?.Trim() ?? "";
        if (command.Amount == 0) throw new BusinessRuleException("조정 금액은 0원일 수 없습니다. 회원에게 더할 금액은 양수, 뺄 금액은 음수로 입력하세요.");
        if (command.Amount is > MaxAmount or < -MaxAmount) // not Math.Abs: long.MinValue has no positive counterpart
            throw new BusinessRuleException($"사건 한 건의 조정 금액은 {MaxAmount:N0}원 이하입니다 (운영 정책). 더 큰 정정은 재무팀 원장 정정으로 처리하세요.");
        if (command.Account is not (AccountKind.CardBalance or AccountKind.Emoney or AccountKind.Cashback))
            throw new BusinessRuleException("조정할 회원 계정(카드 잔액, e음머니, 캐시백)을 선택하세요.");
        if (command.Account == AccountKind.CardBalance && command.CardId is null) throw new BusinessRuleException("조정할 카드를 선택하세요.");
        if (command.Account != AccountKind.CardBalance && command.CardId is not null) throw new BusinessRuleException("e음머니·캐시백 조정에는 카드를 고르지 않습니다.");
        if (reason.Length < MinReason) throw new BusinessRuleException($"조정 사유를 {MinReason}자 이상 입력하세요.");
        if (reason.Length > MaxReason) throw new BusinessRuleException($"조정 사유는 {MaxReason}자 이하로 입력하세요.");

        return await writer.ExecuteAsync(async (db, token) =>
        {
            if (await Idempotency.FindAsync(db.CaseAdjustments, key, token) is { } repeated) return repeated.Id;
            var c = await db.Cases.FirstOrDefaultAsync(x => x.Number == command.CaseNumber, token) ?? throw NotFound();
            if (c.Type != CaseType.ErrorCorrection) throw new BusinessRuleException("조정 분개는 오류 정정 사건에서만 제안할 수 있습니다.");
            if (c.Status != CaseStatus.Open)
                throw new BusinessRuleException(c.Status == CaseStatus.AwaitingApproval
                    ? "이미 승인 대기 중인 조정이 있습니다. 승인 또는 반려된 뒤 다시 제안하세요."
                    : $"{CaseNames.Of(c.Status)} 상태의 사건에는 조정을 제안할 수 없습니다.");
            string accountLabel;
            if (command.CardId is { } cardId)
            {
                if (!await db.CaseLinks.AnyAsync(l => l.CaseId == c.Id && l.CardId == cardId, token))
                    throw new BusinessRuleException("사건에 연결된 카드의 잔액만 조정할 수 있습니다.");
                var last4 = await db.Cards.Where(x => x.Id == cardId && x.MemberId == c.MemberId).Select(x => x.Last4).FirstOrDefaultAsync(token)
                    ?? throw new BusinessRuleException("이 회원의 카드가 아닙니다.");
                accountLabel = $"카드 {CardNumber.Mask(last4)} 잔액";
            }
            else accountLabel = AccountName(command.Account);

            var now = clock.GetUtcNow();
            var adjustment = new CaseAdjustment
            {
                CaseId = c.Id,
                MemberId = c.MemberId,
                CardId = command.CardId,
                Account = command.Account,
                Amount = command.Amount,
                Reason = reason,
                Status = AdjustmentStatus.Pending,
                ProposedById = actor.Id,
                ProposedByName = actor.Name,
                ProposedAt = now,
                IdempotencyKey = key,
            };
            db.CaseAdjustments.Add(adjustment);
            c.Status = CaseStatus.AwaitingApproval;
            c.Version++;
            db.CaseEvents.Add(Event(c, now, "adjustment.proposed", actor,
                $"조정 분개 제안: {accountLabel} {Signed(command.Amount)} ↔ {AccountName(CounterAccount(command.Account))} · 사유: {reason} · 다른 담당자 승인 대기"));
            db.Record(actor, now, "case.adjustment.propose", "ServiceCase", c.Number, null,
                new { command.Account, command.CardId, command.Amount }, reason, memberId: c.MemberId);
            await db.SaveChangesAsync(token);
            return adjustment.Id;
        }, ct);
    }

    /// <summary>The second person approves: the adjusting entry is posted (once, whatever races), the case is worked again.</summary>
    public async Task<long> ApproveAsync(long adjustmentId, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ApproveCaseAdjustment);
        await stepUp.RequireAsync(actor, "사건 조정 분개 승인");
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var (a, c) = await LoadPendingAsync(db, adjustmentId, actor, token);
            var now = clock.GetUtcNow();
            var member = a.CardId is { } cardId
                ? await SystemAccounts.CardAccountAsync(db, cardId, token)
                : await SystemAccounts.MemberAccountAsync(db, a.MemberId, a.Account, token);
            var counter = CounterAccount(a.Account);
            if (a.Amount < 0 && member.Balance + a.Amount < 0)
                throw new BusinessRuleException($"차감 후 잔액이 음수가 됩니다 (잔액 {member.Balance:N0}원, 차감 {-a.Amount:N0}원). 조정을 반려하고 금액을 다시 제안하세요.");
            var posted = await LedgerPosting.PostAsync(db, new JournalRequest(EntryType.Adjustment, Idempotency.PostingKey("case-adjustment", c.Number, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                now, actor, c.Number, $"오류 정정 조정 ({c.Number}): {a.Reason}",
                [new PostingLine(member.Id, a.Amount), new PostingLine(await SystemAccounts.IdAsync(db, counter, token), -a.Amount)]), now, token);
            await db.SaveChangesAsync(token);
            (a.Status, a.DecidedById, a.DecidedByName, a.DecidedAt, a.JournalEntryId) = (AdjustmentStatus.Approved, actor.Id, actor.Name, now, posted.Entry.Id);
            a.Version++;
            c.Status = CaseStatus.Open;
            c.Version++;
            if (!await db.CaseLinks.AnyAsync(l => l.CaseId == c.Id && l.JournalEntryId == posted.Entry.Id, token))
                db.CaseLinks.Add(new CaseLink { CaseId = c.Id, JournalEntryId = posted.Entry.Id });
            db.CaseEvents.Add(Event(c, now, "adjustment.approved", actor,
                $"조정 분개 승인·기장: {AccountName(a.Account)} {Signed(a.Amount)} (분개 #{posted.Entry.Id}, 제안 {a.ProposedByName})"));
            db.Record(actor, now, "case.adjustment.approve", "ServiceCase", c.Number, new { Status = AdjustmentStatus.Pending },
                new { Status = AdjustmentStatus.Approved, a.Amount, a.Account, entry = posted.Entry.Id }, memberId: c.MemberId);
            await db.SaveChangesAsync(token);
            return posted.Entry.Id;
        }, ct);
    }

    /// <summary>The second person refuses: nothing is posted; the case is worked again (a new proposal may follow).</summary>
    public async Task RefuseAsync(long adjustmentId, string reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ApproveCaseAdjustment);
        reason = reason?.Trim() ?? "";
        if (reason.Length < MinReason) throw new BusinessRuleException($"반려 사유를 {MinReason}자 이상 입력하세요.");
        if (reason.Length > MaxReason) throw new BusinessRuleException($"반려 사유는 {MaxReason}자 이하로 입력하세요.");
        await writer.ExecuteAsync(async (db, token) =>
        {
            var (a, c) = await LoadPendingAsync(db, adjustmentId, actor, token);
            var now = clock.GetUtcNow();
            (a.Status, a.DecidedById, a.DecidedByName, a.DecidedAt, a.RefusalReason) = (AdjustmentStatus.Refused, actor.Id, actor.Name, now, reason);
            a.Version++;
            c.Status = CaseStatus.Open;
            c.Version++;
            db.CaseEvents.Add(Event(c, now, "adjustment.refused", actor, $"조정 분개 반려: {AccountName(a.Account)} {Signed(a.Amount)} · 사유: {reason}"));
            db.Record(actor, now, "case.adjustment.refuse", "ServiceCase", c.Number, new { Status = AdjustmentStatus.Pending },
                new { Status = AdjustmentStatus.Refused, a.Amount, a.Account }, reason, memberId: c.MemberId);
            await db.SaveChangesAsync(token);
        }, ct);
    }

    /// <summary>Pending adjustments (the approvals page), oldest first, or every adjustment of one case.</summary>
    public async Task<IReadOnlyList<CaseAdjustmentRow>> ListAsync(string? caseNumber = null, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = from a in db.CaseAdjustments.AsNoTracking()
                    join c in db.Cases on a.CaseId equals c.Id
                    join m in db.Members on a.MemberId equals m.Id
                    select new { a, c.Number, c.Subject, m.MemberNo, Last4 = db.Cards.Where(x => x.Id == a.CardId).Select(x => x.Last4).FirstOrDefault() };
        query = caseNumber is null ? query.Where(x => x.a.Status == AdjustmentStatus.Pending) : query.Where(x => x.Number == caseNumber);
        var rows = await query.OrderBy(x => x.a.Id).Take(200).ToListAsync(ct);
        return rows.Select(x => new CaseAdjustmentRow(x.a.Id, x.a.CaseId, x.Number, x.Subject, x.MemberNo, x.a.Account,
            x.Last4 is null ? AccountName(x.a.Account) : $"카드 {CardNumber.Mask(x.Last4)} 잔액", x.a.Amount, x.a.Reason, x.a.Status, x.a.ProposedById,
            x.a.ProposedByName, x.a.ProposedAt, x.a.DecidedByName, x.a.DecidedAt, x.a.RefusalReason, x.a.JournalEntryId, AccountName(CounterAccount(x.a.Account)))).ToList();
    }

    private static async Task<(CaseAdjustment, ServiceCase)> LoadPendingAsync(AppDbContext db, long id, Actor actor, CancellationToken ct)
    {
        var a = await db.CaseAdjustments.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new BusinessRuleException("조정 분개를 찾을 수 없습니다.");
        if (a.Status != AdjustmentStatus.Pending)
            throw new BusinessRuleException($"이미 처리된 조정입니다 ({(a.Status == AdjustmentStatus.Approved ? "승인" : "반려")}: {a.DecidedByName}).");
        if (a.ProposedById == actor.Id) throw new ForbiddenException("본인이 제안한 조정은 승인하거나 반려할 수 없습니다. 다른 담당자가 처리해야 합니다 (4-eyes).");
        var c = await db.Cases.FirstAsync(x => x.Id == a.CaseId, ct);
        return (a, c);
    }

    internal static CaseEvent Event(ServiceCase c, DateTimeOffset at, string kind, Actor actor, string text) =>
        new() { CaseId = c.Id, At = at, Kind = kind, ActorId = actor.Id, ActorName = actor.Name, Text = text };

    internal static string Signed(long amount) => amount > 0 ? $"+{amount:N0}원" : $"−{-amount:N0}원";

    internal static BusinessRuleException NotFound() => new("사건을 찾을 수 없습니다.");
}
