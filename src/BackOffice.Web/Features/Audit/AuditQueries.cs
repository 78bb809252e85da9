using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Audit;

/// <summary>The audit log for compliance staff and Admins: filtered, newest first, one page at a time.</summary>
public sealed class AuditQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor)
{
    public const int MaxPageSize = 100;

    public static string? FilterProblem(AuditFilter filter) =>
        filter.From is { } from && filter.To is { } to && from > to ? "시작일이 종료일보다 늦습니다." : null;

    public async Task<AuditPage> PageAsync(AuditFilter filter, int skip, int take, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewAudit);
        if (FilterProblem(filter) is { } problem) throw new BusinessRuleException(problem);
        take = Math.Clamp(take, 1, MaxPageSize);
        skip = Math.Max(skip, 0);
        await using var db = await factory.CreateDbContextAsync(ct);

        var query = db.AuditRecords.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = KoreanTime.StartOfDay(from);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = KoreanTime.StartOfDay(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
            query = query.Where(a => a.Action == filter.Action);
        if (!string.IsNullOrWhiteSpace(filter.ActorName))
        {
            var actorName = filter.ActorName.Trim();
            query = query.Where(a => a.ActorName.Contains(actorName));
        }
        if (!string.IsNullOrWhiteSpace(filter.Member))
        {
            var memberId = await ResolveMemberAsync(db, filter.Member.Trim(), ct);
            query = query.Where(a => a.MemberId == memberId);
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new
            {
                Record = a,
                MemberNo = db.Members.Where(m => m.Id == a.MemberId).Select(m => m.MemberNo).FirstOrDefault(),
                StaffUserName = a.EntityType == "StaffUser" ? db.Users.Where(u => u.Id == a.EntityId).Select(u => u.UserName).FirstOrDefault() : null,
            })
            .ToListAsync(ct);

        return new AuditPage(rows.Select(r => ToRow(r.Record, r.MemberNo, r.StaffUserName)).ToList(), total);
    }

    /// <summary>A member number or an internal id; an unknown member matches nothing (-1).</summary>
    private static async Task<long> ResolveMemberAsync(AppDbContext db, string member, CancellationToken ct)
    {
        if (long.TryParse(member, out var id)) return id;
        var memberNo = member.ToUpperInvariant();
        return await db.Members.Where(m => m.MemberNo == memberNo).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct) ?? -1;
    }

    private static AuditRow ToRow(AuditRecord a, string? memberNo, string? staffUserName) => new(
        a.Id, a.At, a.ActorName, a.Action, AuditActionNames.Of(a.Action),
        $"{AuditEntityNames.Of(a.EntityType)} {staffUserName ?? a.EntityId}".Trim(),
        a.MemberId, memberNo, a.Reason, a.Before, a.After);
}
