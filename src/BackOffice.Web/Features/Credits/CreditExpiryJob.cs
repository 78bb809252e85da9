using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Credits;

public sealed record CreditExpiryResult(int Members, int NoticedLots, int PostponedLots, int ExpiredLots, long ExpiredAmount)
{
    public string Summary =>
        $"소멸 안내 {NoticedLots:N0}묶음 (안내 지연으로 만료일 연기 {PostponedLots:N0}), 소멸 {ExpiredLots:N0}묶음 {CreditService.Credits(ExpiredAmount)} (회원 {Members:N0}명)";
}

/// <summary>
/// The credit expiry of 001 §4, from stored state, each member in its own transaction:
/// <list type="number">
/// <item>the notice <see cref="ProgramPolicy.CreditExpiryNoticeDays"/> (30, 운영 정책) before a lot's last day: one notice
/// per member per run listing the lots and their total, <see cref="ValueLot.ExpiryNoticeAt"/> set. A lot whose notice
/// comes later than that (the run did not happen, or the lot reached its day without one) gets the notice now and its last
/// day moved to the notice day + the notice days, the rule saying why (운영 정책: 안내 없이 소멸하지 않음);</item>
/// <item>from the day after the last day, the remainder of each noticed lot to <see cref="AccountKind.Forfeited"/>
/// (<see cref="LotLedger.CloseAsync"/>, <see cref="EntryType.CreditExpiry"/>, one entry per member per day, key from the
/// member number and the day) with a notice.</item>
/// </list>
/// A second run changes nothing; two runs racing expire once (the lots' version and the entry key).
/// </summary>
public sealed class CreditExpiry(IDbContextFactory<AppDbContext> factory, DbWriter writer, TimeProvider clock)
{
    public const string Workflow = "credit-expiry";
    public const string PostponedRule = "운영 정책: 소멸 {0}일 전 안내 없이 소멸하지 않음";

    public async Task<CreditExpiryResult> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = now.ToKstDate();
        List<long> members;
        await using (var read = await factory.CreateDbContextAsync(ct))
        {
            var maxNotice = await read.ProgramPolicies.AsNoTracking().Select(p => (int?)p.CreditExpiryNoticeDays).MaxAsync(ct) ?? 0;
            var noticeFrom = today.AddDays(Math.Max(0, maxNotice));
            members = await read.ValueLots.AsNoTracking()
                .Where(l => l.Kind == LotKind.Credit && l.State == LotState.Open && l.Remaining > 0
                    && (l.ExpiresOn < today || (l.ExpiryNoticeAt == null && l.ExpiresOn <= noticeFrom)))
                .Select(l => l.MemberId).Distinct().OrderBy(id => id).ToListAsync(ct);
        }

        int noticed = 0, postponed = 0, expired = 0, touched = 0;
        long amount = 0;
        foreach (var memberId in members)
        {
            var one = await writer.ExecuteAsync((db, token) => MemberAsync(db, memberId, now, token), ct);
            noticed += one.NoticedLots;
            postponed += one.PostponedLots;
            expired += one.ExpiredLots;
            amount += one.ExpiredAmount;
            touched += one.Members;
        }
        return new CreditExpiryResult(touched, noticed, postponed, expired, amount);
    }

    /// <summary>One member's notice and expiry as of <paramref name="now"/>, in the caller's transaction (the demo data dates it in the past).</summary>
    public static async Task<CreditExpiryResult> MemberAsync(AppDbContext db, long memberId, DateTimeOffset now, CancellationToken ct = default)
    {
        var today = now.ToKstDate();
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.Id, m.MemberNo }).FirstAsync(ct);
        var lots = (await LotLedger.OpenLotsAsync(db, memberId, LotKind.Credit, ct)).Where(l => l.Remaining > 0).ToList();
        if (lots.Count == 0) return new CreditExpiryResult(0, 0, 0, 0, 0);
        var policies = await CreditService.PoliciesAsync(db, lots, ct);
        int Days(ValueLot lot) => Math.Max(0, policies[(lot.ProgramId, lot.PolicyVersion)].CreditExpiryNoticeDays);
        bool Noticed(ValueLot lot) => lot.ExpiryNoticeAt is { } at && at.ToKstDate() <= lot.ExpiresOn.AddDays(-Days(lot));

        // 1. The notice: every lot whose notice day has come and that has none on record.
        var toNotice = lots.Where(l => !Noticed(l) && l.ExpiresOn.AddDays(-Days(l)) <= today).ToList();
        var postponed = 0;
        foreach (var lot in toNotice)
        {
            var days = Days(lot);
            if (lot.ExpiresOn.AddDays(-days) < today)
            {
                var newLast = today.AddDays(days);
                var rule = $"소멸 안내 {Fmt.Date(today)} + {days}일 → {Fmt.Date(newLast)}까지 사용 가능 (원래 {Fmt.Date(lot.ExpiresOn)}까지; "
                    + string.Format(CultureInfo.InvariantCulture, PostponedRule, days) + ")";
                lot.ExpiryRule = rule.Length <= 500 ? rule : rule[..500];
                lot.ExpiresOn = newLast;
                postponed++;
            }
            lot.ExpiryNoticeAt = now;
            lot.Version++;
        }
        if (toNotice.Count > 0)
        {
            var total = toNotice.Sum(l => l.Remaining);
            var first = toNotice.Min(l => l.ExpiresOn);
            await NoticeOutbox.EnqueueAsync(db, member.Id, CreditNoticeKeys.ExpirySoon, $"{member.MemberNo}:{today:yyyyMMdd}:{toNotice.Min(l => l.Id)}",
                new Dictionary<string, string>
                {
                    ["total"] = CreditService.Credits(total),
                    ["firstDay"] = Fmt.Date(first.AddDays(1)),
                    ["lots"] = LotLines(toNotice),
                    ["rule"] = $"{CreditRules.ValidityClause}; 안내 {Days(toNotice[0])}일 전 (운영 정책)",
                }, now, ct);
            db.Record(Actor.System, now, "credit.expiry-notice", "Member", member.MemberNo, null,
                new
                {
                    total,
                    lots = toNotice.Select(l => new { l.Id, l.Source, l.Remaining, expiresOn = Fmt.Date(l.ExpiresOn) }).ToList(),
                    postponed,
                }, memberId: member.Id);
        }

        // 2. The expiry: noticed lots whose last day is over.
        var due = lots.Where(l => l.ExpiresOn < today && Noticed(l)).ToList();
        var expiredLots = 0;
        long expiredAmount = 0;
        if (due.Count > 0)
        {
            // Claim the lots first: a racing run's update of the same rows waits for this transaction and then finds their
            // version changed (a concurrency conflict, retried by DbWriter, which then finds them expired).
            foreach (var lot in due) lot.Version++;
            await db.SaveChangesAsync(ct);
            var forfeited = await SystemAccounts.IdAsync(db, AccountKind.Forfeited, ct);
            var groups = due.GroupBy(l => l.AccountId).OrderBy(g => g.Key).ToList();
            for (var i = 0; i < groups.Count; i++)
            {
                var group = groups[i].ToList();
                var sum = group.Sum(l => l.Remaining);
                var step = today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (i == 0 ? "" : $"-{groups[i].Key}");
                var posted = await LotLedger.CloseAsync(db, group, LotMovementKind.Expire, LotState.Expired,
                    new JournalRequest(EntryType.CreditExpiry, Idempotency.PostingKey(Workflow, member.MemberNo, step), now, Actor.System, member.MemberNo,
                        $"크레딧 유효기간 만료 {CreditService.Credits(sum)} ({CreditRules.ValidityClause})",
                        [new PostingLine(groups[i].Key, -sum), new PostingLine(forfeited, sum)]),
                    now, ct);
                if (posted.WasDuplicate) continue;
                expiredLots += group.Count;
                expiredAmount += sum;
            }
            if (expiredLots > 0)
            {
                await db.SaveChangesAsync(ct);
                var balance = await db.Accounts.Where(a => a.MemberId == member.Id && a.Kind == AccountKind.Credits && a.CardId == null)
                    .SumAsync(a => a.Balance, ct);
                var noticeDays = Days(due[0]);
                await NoticeOutbox.EnqueueAsync(db, member.Id, CreditNoticeKeys.ExpiryDone, $"{member.MemberNo}:{today:yyyyMMdd}",
                    new Dictionary<string, string>
                    {
                        ["total"] = CreditService.Credits(expiredAmount),
                        ["day"] = Fmt.Date(today),
                        ["lots"] = LotLines(due),
                        ["balance"] = CreditService.Credits(balance),
                        ["noticeDays"] = noticeDays.ToString(CultureInfo.InvariantCulture),
                        ["rule"] = CreditRules.ValidityClause,
                    }, now, ct);
                db.Record(Actor.System, now, "credit.expire", "Member", member.MemberNo, null,
                    new
                    {
                        total = expiredAmount,
                        lots = due.Select(l => new { l.Id, l.Source, l.Amount, expiresOn = Fmt.Date(l.ExpiresOn), noticeAt = l.ExpiryNoticeAt is { } n ? Fmt.DateTime(n) : null }).ToList(),
                        balance,
                    }, memberId: member.Id);
            }
        }
        await db.SaveChangesAsync(ct);
        return new CreditExpiryResult(toNotice.Count > 0 || expiredLots > 0 ? 1 : 0, toNotice.Count, postponed, expiredLots, expiredAmount);
    }

    private static string LotLines(IEnumerable<ValueLot> lots) => string.Join("\n", lots.OrderBy(l => l.ExpiresOn).ThenBy(l => l.Id)
        .Select(l => $"- 충전 {Fmt.Date(l.AcquiredAt)} ({l.Source}): {CreditService.Credits(l.Remaining)}, {Fmt.Date(l.ExpiresOn)}까지 사용 · {Fmt.Date(l.ExpiresOn.AddDays(1))} 소멸"));
}

/// <summary><c>credits.expire</c>, daily at 00:10 KST: <see cref="CreditExpiry"/> as the system.</summary>
public sealed class CreditExpiryJob(JobRunRecorder recorder, CreditExpiry expiry) : PortalJob(recorder)
{
    public const string Key = "credits.expire";
    public const string Name = "크레딧 유효기간 만료";

    public override async Task<string> RunAsync(CancellationToken ct) => (await expiry.RunAsync(ct)).Summary;
}
