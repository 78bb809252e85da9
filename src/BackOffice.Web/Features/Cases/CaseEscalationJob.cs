using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>
/// How early the escalation job warns: <see cref="WarnBusinessDaysBefore"/> business days before the due date
/// (configuration <c>Cases:WarnBusinessDaysBefore</c>, default 2: 운영 정책, no seed gives a value).
/// </summary>
public sealed class CaseEscalationOptions
{
    public const string Section = "Cases:WarnBusinessDaysBefore";
    public const int DefaultWarnBusinessDaysBefore = 2;
    public const int MaxWarnBusinessDaysBefore = 10;

    public int WarnBusinessDaysBefore { get; init; } = DefaultWarnBusinessDaysBefore;

    public static CaseEscalationOptions From(IConfiguration configuration)
    {
        var days = configuration.GetValue(Section, DefaultWarnBusinessDaysBefore);
        if (days is < 0 or > MaxWarnBusinessDaysBefore)
            throw new InvalidOperationException($"{Section} must be between 0 and {MaxWarnBusinessDaysBefore} business days (is {days}).");
        return new CaseEscalationOptions { WarnBusinessDaysBefore = days };
    }
}

/// <summary>
/// The hourly escalation of cases against their legal clocks (issue 13 item 3). For every case not yet closed:
/// <list type="bullet">
/// <item>from <see cref="CaseEscalationOptions.WarnBusinessDaysBefore"/> business days before the due date it is marked
/// warned once (<see cref="ServiceCase.WarnedAt"/>, history <c>warned</c>, audit <c>case.warned</c> on the member's
/// timeline);</item>
/// <item>from the day after the due date it is marked breached once (<see cref="ServiceCase.BreachedAt"/>, history
/// <c>breached</c>, audit <c>case.breached</c>); a case first seen after its due date is warned and breached at once.</item>
/// </list>
/// A paused case's stored due date does not yet include the days of its running pause: it is judged by the due date it
/// would have if it resumed tomorrow. Cases whose clock has not started (identity not confirmed) have no due date.
/// <para>Staff alerts (the dashboard): one summary alert per kind, not one per case, so the dashboard stays readable —
/// <c>cases.due-soon</c> for Supervisors (<see cref="Permission.AssignCases"/>: who can hand the case over) lists the
/// warned cases still running, <c>cases.breached</c> for Supervisors and Compliance
/// (<see cref="Permission.ViewCaseBreaches"/>) the breached cases still open. Each run refreshes them from stored state
/// and resolves them when the list is empty, so a second run changes nothing and a run after downtime catches up.</para>
/// </summary>
public sealed class CaseEscalationJob(JobRunRecorder recorder, DbWriter writer, TimeProvider clock, CaseEscalationOptions options)
    : PortalJob(recorder)
{
    public const string Key = "cases.escalate";
    public const string DueSoonAlertSource = "cases.due-soon";
    public const string BreachedAlertSource = "cases.breached";
    private const int AlertListed = 10;

    public override Task<string> RunAsync(CancellationToken ct) => EscalateAsync(ct);

    public async Task<string> EscalateAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = clock.TodayKst();
        var before = options.WarnBusinessDaysBefore;
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var calendar = new BusinessCalendar(await db.PublicHolidays.AsNoTracking().ToListAsync(token));
            // Business days (today, due] <= N  ⇔  due <= the N-th business day after today (due dates are business days).
            var warnUntil = calendar.AddBusinessDays(today, before);
            var candidates = await db.Cases
                .Where(c => c.Status != CaseStatus.Closed && c.DueOn != null && c.DueOn <= warnUntil && (c.WarnedAt == null || c.BreachedAt == null))
                .OrderBy(c => c.DueOn).ThenBy(c => c.Id)
                .ToListAsync(token);

            var warned = 0;
            var breached = 0;
            foreach (var @case in candidates)
            {
                var due = @case.DueOn!.Value;
                if (@case.Status == CaseStatus.Paused)
                {
                    due = await EffectiveDueOfPausedAsync(db, @case, calendar, today, token) ?? due;
                    if (due > warnUntil) continue;
                }
                if (@case.WarnedAt is null)
                {
                    @case.WarnedAt = now;
                    @case.Version++;
                    var left = due >= today ? calendar.CountBusinessDays(today, due) : 0;
                    var when = due >= today ? $"{left}영업일 남음" : "이미 기한 경과";
                    Escalate(db, @case, now, "warned", "case.warned",
                        $"기한 임박 경보: 기한 {Fmt.Date(due)} ({when}) · 팀장에게 알림. 기한 내 종결이 어려우면 지연 안내를 보내야 합니다.", due);
                    warned++;
                }
                if (@case.BreachedAt is null && due < today)
                {
                    @case.BreachedAt = now;
                    @case.Version++;
                    Escalate(db, @case, now, "breached", "case.breached",
                        $"기한 경과: 기한 {Fmt.Date(due)}까지 종결되지 않음 · 팀장·준법감시에 알림 · 지연 안내 {(@case.DelayNoticeAt is { } at ? $"{Fmt.DateTime(at)} 발송" : "없음")}", due);
                    breached++;
                }
            }
            await db.SaveChangesAsync(token);

            var dueSoon = await db.Cases.AsNoTracking()
                .Where(c => c.Status != CaseStatus.Closed && c.WarnedAt != null && c.BreachedAt == null)
                .OrderBy(c => c.DueOn).ThenBy(c => c.Id).Select(c => new { c.Number, c.DueOn }).ToListAsync(token);
            var late = await db.Cases.AsNoTracking()
                .Where(c => c.Status != CaseStatus.Closed && c.BreachedAt != null)
                .OrderBy(c => c.DueOn).ThenBy(c => c.Id).Select(c => new { c.Number, c.DueOn }).ToListAsync(token);
            await AlertAsync(db, DueSoonAlertSource, Permission.AssignCases, "기한 임박 사건",
                dueSoon.Select(c => $"{c.Number} (기한 {FormatDue(c.DueOn)})").ToList(), "건이 기한 임박입니다", now, token);
            await AlertAsync(db, BreachedAlertSource, Permission.ViewCaseBreaches, "기한 경과 사건",
                late.Select(c => $"{c.Number} (기한 {FormatDue(c.DueOn)})").ToList(), "건이 기한을 넘겨 진행 중입니다", now, token);
            return $"경보 {warned:N0}건, 기한 경과 표시 {breached:N0}건 (진행 중: 임박 {dueSoon.Count:N0}건, 경과 {late.Count:N0}건)";
        }, ct);
    }

    private static string FormatDue(DateOnly? due) => due is { } d ? Fmt.Date(d) : "-";

    /// <summary>The due date of a paused case if it resumed tomorrow: the running pause counts up to today.</summary>
    private static async Task<DateOnly?> EffectiveDueOfPausedAsync(AppDbContext db, ServiceCase @case, BusinessCalendar calendar, DateOnly today, CancellationToken ct)
    {
        if (@case.ClockStartsOn is not { } start) return null;
        var rule = CaseClockRules.Get(@case.ClockRuleKey);
        var pauses = await db.CasePauses.AsNoTracking().Where(p => p.CaseId == @case.Id)
            .Select(p => new { p.From, p.Until }).ToListAsync(ct);
        var clockPauses = pauses.Select(p => new ClockPause(p.From, p.Until ?? today.AddDays(1))).ToList();
        var outages = await CaseClockSource.OutageDaysAsync(db, start, ct);
        return CaseClock.Compute(rule, start, calendar, outages, clockPauses).DueOn;
    }

    private static void Escalate(AppDbContext db, ServiceCase @case, DateTimeOffset now, string kind, string action, string text, DateOnly due)
    {
        db.CaseEvents.Add(new CaseEvent
        {
            CaseId = @case.Id,
            At = now,
            Kind = kind,
            ActorId = Actor.System.Id,
            ActorName = Actor.System.Name,
            Text = text,
        });
        db.Record(Actor.System, now, action, "ServiceCase", @case.Number, null,
            new { DueOn = Fmt.Date(due), @case.ClockRuleKey, @case.AssigneeName, DelayNotice = @case.DelayNoticeAt != null }, memberId: @case.MemberId);
    }

    private static async Task AlertAsync(AppDbContext db, string source, Permission permission, string title, IReadOnlyList<string> cases,
        string sentence, DateTimeOffset now, CancellationToken ct)
    {
        if (cases.Count == 0)
        {
            await StaffAlerts.ResolveAsync(db, source, now, ct);
            return;
        }
        var listed = string.Join(", ", cases.Take(AlertListed));
        var more = cases.Count > AlertListed ? $" 외 {cases.Count - AlertListed:N0}건" : "";
        await StaffAlerts.RaiseAsync(db, source, permission, title, $"{cases.Count:N0}{sentence}: {listed}{more}", now, ct);
    }
}
