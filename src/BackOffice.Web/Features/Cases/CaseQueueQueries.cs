using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// The work queue (issue 13 item 3, <see cref="Permission.ViewCases"/>): 오늘 기한, 기한 임박, 기한 경과, 전체 진행 중, filtered by
/// type, program and assignee, searched by case number, paged on the server. Days are KST days; "기한 임박" is
/// "after today and on or before today + <see cref="CaseEscalationOptions.WarnBusinessDaysBefore"/> business days".
/// Members leave masked.
/// </summary>
public sealed class CaseQueueQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, TimeProvider clock,
    BusinessCalendarSource calendars, CaseEscalationOptions options)
{
    public const int MaxPageSize = 100;

    public async Task<CaseQueueResult> QueueAsync(CaseQueueFilter filter, int skip, int take, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ViewCases);
        take = Math.Clamp(take, 1, MaxPageSize);
        skip = Math.Max(0, skip);
        var today = clock.TodayKst();
        var soonUntil = (await calendars.LoadAsync(ct)).AddBusinessDays(today, options.WarnBusinessDaysBefore);

        await using var db = await factory.CreateDbContextAsync(ct);
        var filtered = Filter(db.Cases.AsNoTracking(), filter, actor);
        var counts = new CaseQueueCounts(
            await InView(filtered, CaseQueueView.DueToday, today, soonUntil).CountAsync(ct),
            await InView(filtered, CaseQueueView.DueSoon, today, soonUntil).CountAsync(ct),
            await InView(filtered, CaseQueueView.Overdue, today, soonUntil).CountAsync(ct),
            await InView(filtered, CaseQueueView.AllOpen, today, soonUntil).CountAsync(ct));

        var number = NormalizeNumber(filter.Number);
        var query = number is null ? InView(filtered, filter.View, today, soonUntil) : filtered.Where(c => c.Number.Contains(number));
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Skip(skip).Take(take)
            .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new { C = c, m.MemberNo, m.Name })
            .Select(x => new
            {
                x.C.Id,
                x.C.Number,
                x.C.Type,
                x.C.Status,
                x.C.MemberId,
                x.MemberNo,
                x.Name,
                ProgramName = db.Programs.Where(p => p.Id == x.C.ProgramId).Select(p => p.Name).FirstOrDefault(),
                x.C.ReceivedAt,
                x.C.DueOn,
                x.C.DueDerivation,
                x.C.AssigneeId,
                x.C.AssigneeName,
                x.C.DelayNoticeAt,
                x.C.PromisedBy,
                x.C.ClockRuleKey,
            })
            .ToListAsync(ct);
        var page = rows
            .OrderBy(r => r.DueOn is null).ThenBy(r => r.DueOn).ThenBy(r => r.ReceivedAt).ThenBy(r => r.Id)
            .Select(r => new CaseQueueRow(r.Id, r.Number, r.Type, r.Status, r.MemberId, r.MemberNo, PersonalDataMask.Name(r.Name), r.ProgramName,
                r.ReceivedAt, r.DueOn, r.DueOn is { } due ? due.DayNumber - today.DayNumber : null, r.DueDerivation, r.AssigneeId, r.AssigneeName,
                r.DelayNoticeAt, r.PromisedBy, r.ClockRuleKey))
            .ToList();
        return new CaseQueueResult(page, total, counts, today, soonUntil);
    }

    /// <summary>Staff who can be given cases: active accounts with a role that holds <see cref="Permission.HandleCases"/>.</summary>
    public async Task<IReadOnlyList<CaseAssigneeChoice>> AssigneesAsync(CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await CaseAssignees.QueryAsync(db, ct);
    }

    /// <summary>The programs for the program filter.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> ProgramsAsync(CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCases);
        await using var db = await factory.CreateDbContextAsync(ct);
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return programs.Select(p => (p.Id, p.Name)).ToList();
    }

    /// <summary>The part of a case number a search keeps: letters upper-cased, spaces dropped; null when empty.</summary>
    public static string? NormalizeNumber(string? number)
    {
        var text = new string((number ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray()).ToUpperInvariant();
        return text.Length == 0 ? null : text[..Math.Min(text.Length, 32)];
    }

    private static IQueryable<ServiceCase> Filter(IQueryable<ServiceCase> query, CaseQueueFilter f, Actor actor)
    {
        if (f.Type is { } type) query = query.Where(c => c.Type == type);
        if (f.ProgramId is { } program) query = query.Where(c => c.ProgramId == program);
        query = f.Assignee switch
        {
            CaseAssigneeScope.Me => query.Where(c => c.AssigneeId == actor.Id),
            CaseAssigneeScope.Unassigned => query.Where(c => c.AssigneeId == null),
            CaseAssigneeScope.Person when !string.IsNullOrEmpty(f.AssigneeId) => query.Where(c => c.AssigneeId == f.AssigneeId),
            _ => query,
        };
        return query;
    }

    /// <summary>The cases of a view (see <see cref="CaseQueueView"/>); the due-date views hold only running clocks.</summary>
    public static IQueryable<ServiceCase> InView(IQueryable<ServiceCase> query, CaseQueueView view, DateOnly today, DateOnly soonUntil)
    {
        var running = query.Where(c => (c.Status == CaseStatus.Open || c.Status == CaseStatus.AwaitingApproval) && c.DueOn != null);
        return view switch
        {
            CaseQueueView.DueToday => running.Where(c => c.DueOn == today),
            CaseQueueView.DueSoon => running.Where(c => c.DueOn > today && c.DueOn <= soonUntil),
            CaseQueueView.Overdue => running.Where(c => c.DueOn < today),
            _ => query.Where(c => c.Status != CaseStatus.Closed),
        };
    }
}

/// <summary>Who can be given cases.</summary>
public static class CaseAssignees
{
    /// <summary>The roles that hold <see cref="Permission.HandleCases"/> (from the permission table).</summary>
    public static IReadOnlyList<string> Roles => [.. PermissionTable.Of(Permission.HandleCases).Roles];

    public static async Task<IReadOnlyList<CaseAssigneeChoice>> QueryAsync(AppDbContext db, CancellationToken ct, string? onlyId = null)
    {
        var roles = Roles.ToArray();
        var users = db.Users.AsNoTracking().Where(u => !u.IsDisabled);
        if (onlyId is not null) users = users.Where(u => u.Id == onlyId);
        var found = await users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .Select(u => new { u.Id, u.DisplayName, u.UserName })
            .ToListAsync(ct);
        return found.Select(u => new CaseAssigneeChoice(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id))
            .OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
    }
}
