using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Points;

public sealed record PointEarned(long LotId, long EntryId, DateOnly ExpiresOn, string ExpiryRule, bool WasDuplicate);

public sealed record PointUsed(long EntryId, IReadOnlyList<PointTake> Takes, long Balance, bool WasDuplicate);

public sealed record PointTake(long LotId, long Amount);

public sealed record PointForfeited(long EntryId, long Amount, IReadOnlyList<long> LotIds, long Balance, bool WasDuplicate);

public sealed record ForfeitPointsCommand(long MemberId, PointForfeitCause Cause, IReadOnlyList<long> LotIds, string Reason, string IdempotencyKey);

public sealed record PointLotView(long Id, DateTimeOffset AcquiredAt, string Source, long Amount, long Remaining, DateOnly ExpiresOn,
    string ExpiryMonth, string ExpiryRule, LotState State, DateTimeOffset? ExpiryNoticeAt, DateTimeOffset? ClosedAt);

public sealed record PointNoticeView(DateTimeOffset At, NoticeChannel Channel, string TemplateKey, string Subject, string Body, NoticeStatus Status);

public sealed record PointTabView(long Balance, IReadOnlyList<string> Summary, IReadOnlyList<PointLotView> Lots, IReadOnlyList<PointNoticeView> Notices);

/// <summary>
/// Oh! points of seed 004 (issue 15): partner earnings open a lot dated by <see cref="PointRules.Expiry"/> (제5조①), use
/// takes the oldest lots first (제4조⑥), and a Supervisor forfeits points at once for a cause of 제5조⑤. Every movement is a
/// journal entry through <see cref="LotLedger"/> in one <see cref="DbWriter"/> transaction with its audit record.
/// </summary>
public sealed class PointService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock, StepUp stepUp)
{
    public const string EarnWorkflow = "point-earn";
    public const string UseWorkflow = "point-use";
    public const string ForfeitWorkflow = "point-forfeit";
    public const int MinReason = 5;
    public const int MaxReason = 500;
    public const int MaxReference = 100;
    public const long MaxAmount = 100_000_000;
    /// <summary>
    /// A plausibility guard on the earning time a caller gives, not 004's validity (60 months, 포인트 제5조①, in the
    /// policy): an earning older than this is a typing or file error. An engineering limit; no seed gives it.
    /// </summary>
    public const int MaxEarnedYearsAgo = 10;

    /// <summary>A partner's earning (actor "system"): PointFunding → the member's points, a new lot. A repeated key returns the first lot.</summary>
    public Task<PointEarned> EarnAsync(long memberId, long amount, DateTimeOffset earnedAt, string reference, string key, CancellationToken ct = default)
    {
        RequireAmount(amount, "적립");
        var source = RequireText(reference, "적립처(참조)", MaxReference);
        var clientKey = Idempotency.RequireClientKey(key);
        var now = clock.GetUtcNow();
        if (earnedAt > now) throw new BusinessRuleException("적립일시는 현재보다 늦을 수 없습니다.");
        // A partner's late record may bring lots already past their 60 months (the expiry job forfeits them), but an
        // earning older than twice that is a wrong date (DateTimeOffset.MinValue, a mistyped year), not a late record.
        if (earnedAt < now.AddYears(-MaxEarnedYearsAgo))
            throw new BusinessRuleException($"적립일시가 너무 오래되었습니다 ({MaxEarnedYearsAgo}년 이내의 적립만 받습니다). 적립일시를 확인하세요.");
        return writer.ExecuteAsync(async (db, token) =>
        {
            var member = await MemberAsync(db, memberId, token);
            var program = await db.Programs.AsNoTracking().FirstAsync(p => p.Code == ProgramPresets.CardCompanyPrepaid, token);
            var versions = await db.ProgramPolicies.AsNoTracking().Where(p => p.ProgramId == program.Id).ToListAsync(token);
            var earnedDay = earnedAt.ToKstDate();
            var policy = versions.Any(v => v.EffectiveFrom <= earnedDay)
                ? PolicySelector.InForce(versions, earnedDay)
                : versions.OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version).First(); // earned before the first version: its rule (운영 정책)
            var (lastDay, _, rule) = PointRules.Expiry(earnedAt, policy);
            var account = await SystemAccounts.MemberAccountAsync(db, member.Id, AccountKind.Points, token);
            var funding = await SystemAccounts.IdAsync(db, AccountKind.PointFunding, token);
            var posted = await LotLedger.AcquireAsync(db,
                new LotAcquisition(LotKind.Point, member.Id, account.Id, program.Id, policy.Version, lastDay, rule, source),
                new JournalRequest(EntryType.PointEarn, Idempotency.PostingKey(EarnWorkflow, member.MemberNo, clientKey), earnedAt, Actor.System, source,
                    $"Oh! point 적립 {LotLedger.Format(LotKind.Point, amount)} ({source})",
                    [new PostingLine(funding, -amount), new PostingLine(account.Id, amount)]), now, token);
            await db.SaveChangesAsync(token);
            var lot = posted.Takes[0].Lot;
            if (!posted.WasDuplicate)
                db.Record(Actor.System, now, "point.earn", "ValueLot", lot.Id.ToString(CultureInfo.InvariantCulture), null,
                    new { amount, lot.ExpiresOn, source }, memberId: member.Id);
            return new PointEarned(lot.Id, posted.Entry.Id, lot.ExpiresOn, lot.ExpiryRule, posted.WasDuplicate);
        }, ct);
    }

    /// <summary>The member uses points at a merchant (actor "system"): oldest lots first (004 제4조⑥), Points → MerchantSettlement.</summary>
    public Task<PointUsed> UseAsync(long memberId, long amount, string reference, string key, CancellationToken ct = default)
    {
        RequireAmount(amount, "사용");
        var source = RequireText(reference, "사용처(참조)", MaxReference);
        var clientKey = Idempotency.RequireClientKey(key);
        return writer.ExecuteAsync(async (db, token) =>
        {
            var member = await MemberAsync(db, memberId, token);
            if (member.Status == MemberStatus.Suspended) throw new BusinessRuleException("자격이 정지된 회원은 포인트를 사용할 수 없습니다.");
            var now = clock.GetUtcNow();
            var account = await SystemAccounts.MemberAccountAsync(db, member.Id, AccountKind.Points, token);
            var merchant = await SystemAccounts.IdAsync(db, AccountKind.MerchantSettlement, token);
            var posted = await LotLedger.UseAsync(db, LotKind.Point, account.Id, amount,
                new JournalRequest(EntryType.PointUse, Idempotency.PostingKey(UseWorkflow, member.MemberNo, clientKey), now, Actor.System, source,
                    $"Oh! point 사용 {LotLedger.Format(LotKind.Point, amount)} ({source})",
                    [new PostingLine(account.Id, -amount), new PostingLine(merchant, amount)]), now, token);
            await db.SaveChangesAsync(token);
            if (!posted.WasDuplicate)
                db.Record(Actor.System, now, "point.use", "Member", member.MemberNo, null,
                    new { amount, source, lots = posted.Takes.Select(t => new { t.Lot.Id, t.Amount }) }, memberId: member.Id);
            return new PointUsed(posted.Entry.Id, posted.Takes.Select(t => new PointTake(t.Lot.Id, t.Amount)).ToList(), account.Balance, posted.WasDuplicate);
        }, ct);
    }

    /// <summary>
    /// Forfeits points at once for a cause of 004 포인트 제5조⑤ (ForfeitPoints + step-up): causes 1 and 3 only the chosen lots
    /// ("그로 인하여 적립된 포인트만"), causes 2 and 4 every open lot. One entry (PointForfeit) to Forfeited; the member is told.
    /// </summary>
    public async Task<PointForfeited> ForfeitAsync(ForfeitPointsCommand command, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ForfeitPoints);
        await stepUp.RequireAsync(actor, "포인트 즉시 소멸");
        var clientKey = Idempotency.RequireClientKey(command.IdempotencyKey);
        if (!Enum.IsDefined(command.Cause)) throw new BusinessRuleException("소멸 사유(약관 제5조⑤ 1~4호)를 선택하세요.");
        var reason = RequireText(command.Reason, "소멸 사유 설명", MaxReason);
        if (reason.Length < MinReason) throw new BusinessRuleException($"소멸 사유 설명을 {MinReason}자 이상 입력하세요.");
        var chosen = (command.LotIds ?? []).Distinct().ToList();
        var onlyChosen = PointForfeitCauses.OnlyChosenLots(command.Cause);
        if (onlyChosen && chosen.Count == 0)
            throw new BusinessRuleException("제5조⑤ 1호·3호는 그로 인하여 적립된 포인트만 소멸합니다. 소멸할 적립 건을 선택하세요.");

        return await writer.ExecuteAsync(async (db, token) =>
        {
            var member = await db.Members.FirstOrDefaultAsync(m => m.Id == command.MemberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            var postingKey = Idempotency.PostingKey(ForfeitWorkflow, member.MemberNo, clientKey);
            var account = await SystemAccounts.MemberAccountAsync(db, member.Id, AccountKind.Points, token);
            if (await db.JournalEntries.AsNoTracking().FirstOrDefaultAsync(e => e.IdempotencyKey == postingKey, token) is { } done)
            {
                var lotIds = await db.LotMovements.Where(m => m.JournalEntryId == done.Id).Select(m => m.LotId).ToListAsync(token);
                var total = -await db.LotMovements.Where(m => m.JournalEntryId == done.Id).SumAsync(m => m.Amount, token);
                return new PointForfeited(done.Id, total, lotIds, account.Balance, WasDuplicate: true);
            }
            var open = await LotLedger.OpenLotsAsync(db, member.Id, LotKind.Point, token);
            open = open.Where(l => l.Remaining > 0).ToList();
            List<ValueLot> lots;
            if (onlyChosen)
            {
                var missing = chosen.Where(id => open.All(l => l.Id != id)).ToList();
                if (missing.Count > 0)
                    throw new BusinessRuleException("선택한 적립 건 중 이 회원의 남은 포인트가 없는 건이 있습니다. 화면을 새로 고친 뒤 다시 선택하세요.");
                lots = open.Where(l => chosen.Contains(l.Id)).ToList();
            }
            else lots = open;
            if (lots.Count == 0) throw new BusinessRuleException("소멸할 포인트가 없습니다.");

            var now = clock.GetUtcNow();
            var amount = lots.Sum(l => l.Remaining);
            var forfeited = await SystemAccounts.IdAsync(db, AccountKind.Forfeited, token);
            var causeName = PointForfeitCauses.Name(command.Cause);
            var posted = await LotLedger.CloseAsync(db, lots, LotMovementKind.Forfeit, LotState.Forfeited,
                new JournalRequest(EntryType.PointForfeit, postingKey, now, actor, member.MemberNo,
                    $"Oh! point 즉시 소멸 {LotLedger.Format(LotKind.Point, amount)}: {causeName} · {reason}",
                    [new PostingLine(account.Id, -amount), new PostingLine(forfeited, amount)]), now, token);
            await db.SaveChangesAsync(token);
            var balance = account.Balance;
            await NoticeOutbox.EnqueueAsync(db, member.Id, PointNoticeKeys.Forfeited, $"{member.MemberNo}:{posted.Entry.Id}",
                new Dictionary<string, string>
                {
                    ["amount"] = LotLedger.Format(LotKind.Point, amount),
                    ["cause"] = causeName,
                    ["scope"] = PointForfeitCauses.Scope(command.Cause),
                    ["day"] = Fmt.Date(now.ToKstDate()),
                    ["balance"] = LotLedger.Format(LotKind.Point, balance),
                }, now, token);
            db.Record(actor, now, "point.forfeit", "Member", member.MemberNo,
                new { lots = lots.Select(l => l.Id), amount },
                new { cause = command.Cause, scope = PointForfeitCauses.Scope(command.Cause), entry = posted.Entry.Id, balance }, reason, memberId: member.Id);
            return new PointForfeited(posted.Entry.Id, amount, lots.Select(l => l.Id).ToList(), balance, WasDuplicate: false);
        }, ct);
    }

    /// <summary>The member page's "포인트" tab: balance, per-month expiry summary, lots and the point notices sent.</summary>
    public async Task<PointTabView> ForMemberAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var balance = await db.Accounts.AsNoTracking().Where(a => a.MemberId == memberId && a.Kind == AccountKind.Points && a.CardId == null)
            .SumAsync(a => a.Balance, ct);
        var lots = await db.ValueLots.AsNoTracking().Where(l => l.MemberId == memberId && l.Kind == LotKind.Point)
            .OrderByDescending(l => l.State == LotState.Open).ThenBy(l => l.ExpiresOn).ThenBy(l => l.Id).Take(200)
            .Select(l => new { l.Id, l.AcquiredAt, l.Source, l.Amount, l.Remaining, l.ExpiresOn, l.ExpiryRule, l.State, l.ExpiryNoticeAt, l.ClosedAt })
            .ToListAsync(ct);
        var views = lots.Select(l => new PointLotView(l.Id, l.AcquiredAt, l.Source, l.Amount, l.Remaining, l.ExpiresOn, PointRules.ExpiryMonth(l.ExpiresOn),
            l.ExpiryRule, l.State, l.ExpiryNoticeAt, l.ClosedAt)).ToList();
        var summary = PointExpiryPlan.Summary(views.Where(l => l.State == LotState.Open && l.Remaining > 0).Select(l => (l.ExpiresOn, l.Remaining)));
        var notices = await db.Set<NoticeMessage>().AsNoTracking().Where(n => n.MemberId == memberId && n.TemplateKey.StartsWith("point."))
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(50)
            .Select(n => new PointNoticeView(n.CreatedAt, n.Channel, n.TemplateKey, n.Subject, n.Body, n.Status)).ToListAsync(ct);
        return new PointTabView(balance, summary, views, notices);
    }

    private static async Task<Member> MemberAsync(AppDbContext db, long memberId, CancellationToken ct)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, ct) ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
        if (member.Status == MemberStatus.Withdrawn) throw new BusinessRuleException("탈퇴한 회원의 포인트는 적립하거나 사용할 수 없습니다.");
        return member;
    }

    private static void RequireAmount(long amount, string what)
    {
        if (amount <= 0) throw new BusinessRuleException($"{what}할 포인트는 1P 이상이어야 합니다.");
        if (amount > MaxAmount) throw new BusinessRuleException($"한 번에 {what}할 수 있는 포인트는 {LotLedger.Format(LotKind.Point, MaxAmount)} 이하입니다.");
    }

    private static string RequireText(string? text, string label, int max)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0) throw new BusinessRuleException($"{label}을(를) 입력하세요.");
        if (t.Length > max) throw new BusinessRuleException($"{label}은(는) {max}자 이하로 입력하세요.");
        return t;
    }
}
