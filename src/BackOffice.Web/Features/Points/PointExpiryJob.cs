using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Points;

/// <summary>What one run of the monthly point expiry did.</summary>
public sealed record PointExpiryResult(int MembersExpired, int LotsExpired, long PointsExpired, int MembersNoticed, int LotsNoticed, int LotsPostponed)
{
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"포인트 소멸 {MembersExpired}명·{LotsExpired}건·{PointsExpired:N0}P, 소멸 예정 고지 {MembersNoticed}명·{LotsNoticed}건 (고지 지연으로 소멸 연기 {LotsPostponed}건)");
}

/// <summary>
/// <c>points.expire</c>, monthly on the 1st at 00:20 KST ("포인트 월별 소멸", 004 포인트 제5조①④). Per member, in one
/// transaction each:
/// <list type="number">
/// <item>every open lot whose last day is before today and whose notice was given in time
/// (<see cref="PointExpiryPlan.Expires"/>) goes: one <see cref="EntryType.PointExpiry"/> entry per member and run to
/// <see cref="AccountKind.Forfeited"/> (key from the member number and the day), the lots Expired, the notice "point.expired";</item>
/// <item>every open lot expiring within the notice months (<see cref="ProgramPolicy.PointExpiryNoticeMonths"/>, 2) and not yet
/// told in time gets the notice now ("2027-03 소멸 예정 1,200P", one per member, <see cref="ValueLot.ExpiryNoticeAt"/>); a lot
/// told too late has its month moved to the first month that leaves the full notice (<see cref="PointExpiryPlan.EarliestLastDay"/>)
/// with the rule text saying why (운영 정책).</item>
/// </list>
/// Works from stored state: a second run changes nothing; two racing runs expire once (the posting key is unique and the
/// lots carry a concurrency token, so the loser runs again and finds nothing left); a run after downtime catches up.
/// </summary>
public sealed class PointExpiryJob(JobRunRecorder recorder, DbWriter writer, IDbContextFactory<AppDbContext> factory, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "points.expire";
    public const string Workflow = "point-expire";

    public override async Task<string> RunAsync(CancellationToken ct) => (await ExpireAsync(ct)).Summary;

    public async Task<PointExpiryResult> ExpireAsync(CancellationToken ct = default)
    {
        var today = clock.TodayKst();
        List<long> members;
        Dictionary<(long, int), int> noticeMonths;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            noticeMonths = await NoticeMonthsAsync(db, ct);
            var horizon = PointExpiryPlan.EarliestLastDay(today, noticeMonths.Values.DefaultIfEmpty(0).Max());
            members = await db.ValueLots.AsNoTracking()
                .Where(l => l.Kind == LotKind.Point && l.State == LotState.Open && l.Remaining > 0 && l.ExpiresOn <= horizon)
                .Select(l => l.MemberId).Distinct().OrderBy(id => id).ToListAsync(ct);
        }

        var result = new PointExpiryResult(0, 0, 0, 0, 0, 0);
        foreach (var memberId in members)
        {
            var one = await writer.ExecuteAsync((db, token) => RunForMemberAsync(db, memberId, today, noticeMonths, token), ct);
            result = new PointExpiryResult(
                result.MembersExpired + (one.LotsExpired > 0 ? 1 : 0), result.LotsExpired + one.LotsExpired, result.PointsExpired + one.PointsExpired,
                result.MembersNoticed + (one.LotsNoticed > 0 ? 1 : 0), result.LotsNoticed + one.LotsNoticed, result.LotsPostponed + one.LotsPostponed);
        }
        return result;
    }

    private async Task<PointExpiryResult> RunForMemberAsync(AppDbContext db, long memberId, DateOnly today, Dictionary<(long, int), int> noticeMonths, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var member = await db.Members.AsNoTracking().FirstAsync(m => m.Id == memberId, ct);
        var lots = (await LotLedger.OpenLotsAsync(db, memberId, LotKind.Point, ct)).Where(l => l.Remaining > 0).ToList();
        int Months(ValueLot l) => noticeMonths.GetValueOrDefault((l.ProgramId, l.PolicyVersion), 2);

        // (1) the months gone, told in time
        var expiring = lots.Where(l => PointExpiryPlan.Expires(l.ExpiresOn, l.ExpiryNoticeAt, today, Months(l))).ToList();
        long expired = 0;
        if (expiring.Count > 0)
        {
            // Claim the lots first, as the credit expiry does: a racing run's update of the same rows waits for this
            // transaction and then finds their version changed (a concurrency conflict, retried by DbWriter, which then
            // finds them expired). Without it, a run that read the lots before the other committed met the other's
            // entry by its key and counted, told and audited the same expiry a second time (seen on PostgreSQL in CI).
            foreach (var lot in expiring) lot.Version++;
            await db.SaveChangesAsync(ct);
            var account = await db.Accounts.FirstAsync(a => a.Id == expiring[0].AccountId, ct);
            var forfeited = await SystemAccounts.IdAsync(db, AccountKind.Forfeited, ct);
            expired = expiring.Sum(l => l.Remaining);
            var months = string.Join(", ", expiring.Select(l => PointRules.ExpiryMonth(l.ExpiresOn)).Distinct().Order(StringComparer.Ordinal));
            var posted = await LotLedger.CloseAsync(db, expiring, LotMovementKind.Expire, LotState.Expired,
                new JournalRequest(EntryType.PointExpiry, Idempotency.PostingKey(Workflow, member.MemberNo, today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)),
                    now, Actor.System, member.MemberNo, $"Oh! point 유효기간 경과 소멸 {LotLedger.Format(LotKind.Point, expired)} ({months} 소멸분, 004 포인트 제5조①④)",
                    [new PostingLine(account.Id, -expired), new PostingLine(forfeited, expired)]), now, ct);
            if (posted.WasDuplicate) return new PointExpiryResult(0, 0, 0, 0, 0, 0); // another run expired them today
            await db.SaveChangesAsync(ct);
            await NoticeOutbox.EnqueueAsync(db, memberId, PointNoticeKeys.Expired, $"{member.MemberNo}:{today:yyyyMMdd}", new Dictionary<string, string>
            {
                ["amount"] = LotLedger.Format(LotKind.Point, expired),
                ["months"] = $"{months} 소멸분",
                ["day"] = Fmt.Date(today),
                ["balance"] = LotLedger.Format(LotKind.Point, account.Balance),
            }, now, ct);
            db.Record(Actor.System, now, "point.expire", "Member", member.MemberNo, new { lots = expiring.Select(l => l.Id) },
                new { amount = expired, months, entry = posted.Entry.Id }, memberId: memberId);
        }

        // (2) the notice n months ahead; a lot told too late moves its month
        var telling = lots.Where(l => l.State == LotState.Open && PointExpiryPlan.NeedsNotice(l.ExpiresOn, l.ExpiryNoticeAt, today, Months(l))).ToList();
        var postponed = 0;
        if (telling.Count > 0)
        {
            foreach (var lot in telling)
            {
                var earliest = PointExpiryPlan.EarliestLastDay(today, Months(lot));
                if (lot.ExpiresOn < earliest)
                {
                    var before = lot.ExpiresOn;
                    lot.ExpiryRule += PointExpiryPlan.PostponedRule(before, earliest, today, Months(lot));
                    lot.ExpiresOn = earliest;
                    postponed++;
                    db.Record(Actor.System, now, "point.expiry-postponed", "ValueLot", lot.Id.ToString(CultureInfo.InvariantCulture),
                        new { ExpiresOn = before }, new { lot.ExpiresOn }, "소멸 2개월 전 고지가 없어 소멸 연기 (운영 정책)", memberId: memberId);
                }
                lot.ExpiryNoticeAt = now;
                lot.Version++;
            }
            var lines = PointExpiryPlan.Summary(telling.Select(l => (l.ExpiresOn, l.Remaining)));
            await NoticeOutbox.EnqueueAsync(db, memberId, PointNoticeKeys.ExpirySoon, $"{member.MemberNo}:{today:yyyyMMdd}", new Dictionary<string, string>
            {
                ["summary"] = string.Join(", ", lines),
                ["month"] = PointRules.ExpiryMonth(telling.Min(l => l.ExpiresOn)),
            }, now, ct);
            db.Record(Actor.System, now, "point.expiry-notice", "Member", member.MemberNo, null,
                new { lots = telling.Select(l => l.Id), summary = lines }, memberId: memberId);
        }
        await db.SaveChangesAsync(ct);
        return new PointExpiryResult(0, expiring.Count, expired, 0, telling.Count, postponed);
    }

    private static async Task<Dictionary<(long, int), int>> NoticeMonthsAsync(AppDbContext db, CancellationToken ct) =>
        (await db.ProgramPolicies.AsNoTracking().Select(p => new { p.ProgramId, p.Version, p.PointExpiryNoticeMonths }).ToListAsync(ct))
            .ToDictionary(p => (p.ProgramId, p.Version), p => p.PointExpiryNoticeMonths);
}
