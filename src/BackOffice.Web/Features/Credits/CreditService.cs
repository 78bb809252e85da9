using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Credits;

/// <summary>What one use took: the entry, the lots it came from (oldest first) and the balance after it.</summary>
public sealed record CreditUseResult(long EntryId, string Reference, long Amount, long BalanceAfter, IReadOnlyList<CreditUseTake> Takes, bool WasDuplicate);

public sealed record CreditUseTake(long LotId, string Source, long Amount, DateOnly ExpiresOn);

/// <summary>One credit lot as the member page shows it.</summary>
public sealed record CreditLotView(
    long Id, DateTimeOffset AcquiredAt, string Source, long Amount, long Remaining, DateOnly ExpiresOn, string ExpiryRule,
    LotState State, DateTimeOffset? ExpiryNoticeAt, DateTimeOffset? LastUsedAt, DateTimeOffset? ClosedAt)
{
    /// <summary>"2027-03-10 까지 사용 · 2027-03-11 소멸 예정" (open) or what happened to the lot.</summary>
    public string ExpiryText => State == LotState.Open
        ? $"{Fmt.Date(ExpiresOn)} 까지 사용 · {Fmt.Date(ExpiresOn.AddDays(1))} 소멸 예정"
        : $"{Fmt.Date(ExpiresOn)} 까지 사용 · {CreditService.StateName(State)}{(ClosedAt is { } c ? " " + Fmt.Date(c) : "")}";
}

/// <summary>Open credits that expire in one month: "2027-03 소멸 예정 5,000 C".</summary>
public sealed record CreditExpiryMonth(string Month, long Amount, int Lots)
{
    public string Text => $"{Month} 소멸 예정 {CreditService.Credits(Amount)}";
}

public sealed record CreditNoticeView(long Id, DateTimeOffset CreatedAt, NoticeChannel Channel, string TemplateKey, string Subject, string Body, NoticeStatus Status);

/// <summary>The member page's "크레딧" tab.</summary>
public sealed record MemberCreditsView(
    long Balance, IReadOnlyList<CreditLotView> Lots, IReadOnlyList<CreditExpiryMonth> Months, IReadOnlyList<CreditNoticeView> Notices, int NoticeDays);

/// <summary>
/// Credits of seed 001: the member app spends them on the operator's service (<see cref="UseAsync"/>, oldest lots first,
/// 001 §4 case 2 moves the expiry of every lot to a year after the use), and the member page shows the balance, the
/// lots with their expiry and the credit notices sent (<see cref="ForMemberAsync"/>).
/// </summary>
public sealed class CreditService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    public const string UseWorkflow = "credit-use";
    public const int MaxReferenceLength = 100;
    /// <summary>The client key inside the entry's key (<c>credit-use:</c> + key) stays within the key column.</summary>
    public const int MaxKeyLength = 80;
    public const int NoticesShown = 20;

    /// <summary>The member app: not a staff user, so it holds no staff permission.</summary>
    public static readonly Actor MemberApp = new("member-app", "회원 앱", new HashSet<string>());

    public static string Credits(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " C";

    public static string StateName(LotState state) => state switch
    {
        LotState.Open => "사용 가능",
        LotState.Used => "사용 완료",
        LotState.Expired => "유효기간 만료 소멸",
        LotState.Forfeited => "탈퇴 소멸",
        LotState.Reversed => "충전 취소 회수",
        _ => state.ToString(),
    };

    /// <summary>
    /// The member app spends <paramref name="amount"/> credits on the operator's service: Credits → ServiceRevenue, taken
    /// from the oldest lots still valid today (<see cref="LotLedger.UseAsync"/>). Then, since 001 §4 case 2 dates the
    /// validity from the member's last use, every open lot still valid gets its last day recomputed
    /// (<see cref="CreditRules.Expiry"/>); where it moved later, the expiry notice already sent no longer applies and is
    /// cleared (a new one goes before the new day). The same key again changes nothing and returns the first use.
    /// </summary>
    public async Task<CreditUseResult> UseAsync(long memberId, long amount, string reference, string key, CancellationToken ct = default)
    {
        var clientKey = Idempotency.RequireClientKey(key);
        if (clientKey.Length > MaxKeyLength) throw new BusinessRuleException($"요청 키는 {MaxKeyLength}자 이하여야 합니다.");
        if (amount <= 0) throw new BusinessRuleException("사용할 크레딧은 1 C 이상이어야 합니다.");
        if (amount > LedgerPosting.MaxPostingAmount) throw new BusinessRuleException($"한 번에 사용할 수 있는 크레딧은 {Credits(LedgerPosting.MaxPostingAmount)} 이하입니다.");
        var reference_ = (reference ?? "").Trim();
        if (reference_.Length == 0) throw new BusinessRuleException("사용 내역(주문번호 등)을 입력하세요.");
        if (reference_.Length > MaxReferenceLength) throw new BusinessRuleException($"사용 내역은 {MaxReferenceLength}자 이하여야 합니다.");
        var entryKey = $"{UseWorkflow}:{clientKey}";

        return await writer.ExecuteAsync(async (db, token) =>
        {
            var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, token)
                ?? throw new BusinessRuleException("회원을 찾을 수 없습니다.");
            var account = await SystemAccounts.MemberAccountAsync(db, member.Id, AccountKind.Credits, token);
            var earlier = await db.JournalEntries.AsNoTracking().FirstOrDefaultAsync(e => e.IdempotencyKey == entryKey, token);
            if (earlier is not null)
            {
                var takes = await db.LotMovements.AsNoTracking().Where(m => m.JournalEntryId == earlier.Id).Include(m => m.Lot)
                    .OrderBy(m => m.Id).ToListAsync(token);
                return new CreditUseResult(earlier.Id, earlier.Reference, -takes.Sum(t => t.Amount), account.Balance,
                    takes.Select(t => new CreditUseTake(t.LotId, t.Lot!.Source, -t.Amount, t.Lot.ExpiresOn)).ToList(), WasDuplicate: true);
            }
            if (member.Status == MemberStatus.Withdrawn)
                throw new BusinessRuleException("탈퇴한 회원은 크레딧을 사용할 수 없습니다 (탈퇴 시 크레딧 소멸, 001 §5).");

            var posted = await UseInAsync(db, member, account, amount, reference_, entryKey, clock.GetUtcNow(), token);
            return new CreditUseResult(posted.Entry.Id, reference_, amount, account.Balance,
                posted.Takes.Select(t => new CreditUseTake(t.Lot.Id, t.Lot.Source, t.Amount, t.Lot.ExpiresOn)).ToList(), WasDuplicate: false);
        }, ct);
    }

    /// <summary>
    /// The use itself, in the caller's transaction (also the demo data's, which dates it in the past): the entry and the
    /// lots (<see cref="LotLedger.UseAsync"/>), every still-valid open lot re-dated from this use (001 §4 case 2; an
    /// expired lot is not revived; the notice of a lot whose day moved later is cleared) and the audit record.
    /// </summary>
    public static async Task<LotPosted> UseInAsync(AppDbContext db, Member member, Account account, long amount, string reference, string entryKey,
        DateTimeOffset now, CancellationToken ct = default)
    {
        var revenue = await SystemAccounts.IdAsync(db, AccountKind.ServiceRevenue, ct);
        var posted = await LotLedger.UseAsync(db, LotKind.Credit, account.Id, amount,
            new JournalRequest(EntryType.CreditUse, entryKey, now, MemberApp, reference, $"크레딧 사용 {Credits(amount)}",
                [new PostingLine(account.Id, -amount), new PostingLine(revenue, amount)]),
            now, ct);

        // 001 §4 case 2: a year after the last use, for every lot still valid (an expired lot is not revived).
        var today = now.ToKstDate();
        var moved = new List<object>();
        var lots = await LotLedger.OpenLotsAsync(db, member.Id, LotKind.Credit, ct);
        var policies = await PoliciesAsync(db, lots, ct);
        foreach (var lot in lots.Where(l => l.ExpiresOn >= today))
        {
            var (lastDay, rule) = CreditRules.Expiry(lot.AcquiredAt, now, policies[(lot.ProgramId, lot.PolicyVersion)]);
            if (lastDay <= lot.ExpiresOn) continue;
            moved.Add(new { lot.Id, lot.Source, from = Fmt.Date(lot.ExpiresOn), to = Fmt.Date(lastDay) });
            lot.ExpiresOn = lastDay;
            lot.ExpiryRule = rule;
            lot.ExpiryNoticeAt = null;
            lot.Version++;
        }
        db.Record(MemberApp, now, "credit.use", "Member", member.MemberNo, null,
            new
            {
                amount,
                reference,
                takes = posted.Takes.Select(t => new { lot = t.Lot.Id, t.Lot.Source, t.Amount }).ToList(),
                expiryMoved = moved,
            }, memberId: member.Id);
        await db.SaveChangesAsync(ct);
        return posted;
    }

    /// <summary>The policy version of each lot (the one whose validity rule dated it).</summary>
    internal static async Task<Dictionary<(long ProgramId, int Version), ProgramPolicy>> PoliciesAsync(AppDbContext db, IEnumerable<ValueLot> lots, CancellationToken ct)
    {
        var programs = lots.Select(l => l.ProgramId).Distinct().ToList();
        var policies = await db.ProgramPolicies.AsNoTracking().Where(p => programs.Contains(p.ProgramId)).ToListAsync(ct);
        return policies.ToDictionary(p => (p.ProgramId, p.Version));
    }

    /// <summary>The member page's "크레딧" tab: balance, every lot (open first, then closed, newest first), the open credits per expiry month and the credit notices sent.</summary>
    public async Task<MemberCreditsView> ForMemberAsync(long memberId, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var balance = await db.Accounts.AsNoTracking().Where(a => a.MemberId == memberId && a.Kind == AccountKind.Credits && a.CardId == null)
            .Select(a => a.Balance).FirstOrDefaultAsync(ct);
        var lots = await db.ValueLots.AsNoTracking().Where(l => l.MemberId == memberId && l.Kind == LotKind.Credit).ToListAsync(ct);
        var views = lots
            .OrderBy(l => l.State == LotState.Open ? 0 : 1)
            .ThenBy(l => l.State == LotState.Open ? l.AcquiredAt.UtcTicks : -l.AcquiredAt.UtcTicks)
            .ThenBy(l => l.Id)
            .Select(l => new CreditLotView(l.Id, l.AcquiredAt, l.Source, l.Amount, l.Remaining, l.ExpiresOn, l.ExpiryRule, l.State,
                l.ExpiryNoticeAt, l.LastUsedAt, l.ClosedAt))
            .ToList();
        var months = lots.Where(l => l.State == LotState.Open && l.Remaining > 0)
            .GroupBy(l => l.ExpiresOn.AddDays(1).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CreditExpiryMonth(g.Key, g.Sum(l => l.Remaining), g.Count()))
            .ToList();
        var notices = await db.Set<NoticeMessage>().AsNoTracking()
            .Where(n => n.MemberId == memberId && EF.Functions.Like(n.TemplateKey, "credit.%"))
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(NoticesShown)
            .Select(n => new CreditNoticeView(n.Id, n.CreatedAt, n.Channel, n.TemplateKey, n.Subject, n.Body, n.Status))
            .ToListAsync(ct);
        var noticeDays = await db.Programs.AsNoTracking().Where(p => p.Code == ProgramPresets.Credits)
            .SelectMany(p => p.Policies).OrderByDescending(p => p.Version).Select(p => p.CreditExpiryNoticeDays).FirstOrDefaultAsync(ct);
        return new MemberCreditsView(balance, views, months, notices, noticeDays);
    }
}
