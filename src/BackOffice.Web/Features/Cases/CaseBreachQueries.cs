using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Cases;

/// <summary>Whether the member was told before the due date (a delay notice with reason and schedule, 003 하나로 제23조②).</summary>
public enum DelayNoticeTold
{
    /// <summary>No delay notice on record.</summary>
    No = 0,
    /// <summary>Sent on or before the due date (KST day).</summary>
    Yes = 1,
    /// <summary>Sent only after the due date had passed.</summary>
    Late = 2,
}

/// <summary>One case past its due date: still open, or closed after the due date (KST days).</summary>
public sealed record CaseBreachRow(
    string Number,
    CaseType Type,
    CaseStatus Status,
    string MemberNo,
    string ClockRuleKey,
    DateOnly DueOn,
    DateOnly? ClosedOn,
    int DaysLate,
    DelayNoticeTold Told,
    DateTimeOffset? DelayNoticeAt,
    string? AssigneeName,
    CaseOutcome Outcome);

/// <summary>Per case type: how many cases were late, how many are still open, and how many members were told in time.</summary>
public sealed record CaseBreachCount(CaseType Type, int Late, int StillOpen, int ToldInTime, int NotTold);

public sealed record CaseBreachReport(DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<CaseBreachRow> Rows, IReadOnlyList<CaseBreachCount> ByType);

/// <summary>
/// The breach dashboard for Compliance and Supervisors (<see cref="Permission.ViewCaseBreaches"/>): the cases whose due
/// date falls in a period and that were not answered by it — open past the due date, or closed after it — with the days
/// late (calendar days after the due date: today for open cases, the closing day for closed ones), whether the member
/// was told (delay notice yes / no / late), the assignee and the outcome, and counts per type. A case paused now
/// (waiting for the member's documents) is not late: its clock stands still and its due date moves on resume.
/// </summary>
public sealed class CaseBreachQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, TimeProvider clock, ExportService exports)
{
    /// <summary>The longest period the dashboard and the register cover at once (운영 정책: one year).</summary>
    public const int MaxDays = 366;

    public async Task<CaseBreachReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCaseBreaches);
        Validate(from, to);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ReadAsync(db, from, to, clock.TodayKst(), ct);
    }

    /// <summary>Starts the case register workbook of the cases received in the period; returns the export file id.</summary>
    public async Task<long> StartRegisterAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewCaseBreaches);
        Validate(from, to);
        return await exports.StartAsync(CaseRegisterWorkbook.Kind, Parameters(from, to), null, ct);
    }

    public static async Task<CaseBreachReport> ReadAsync(AppDbContext db, DateOnly from, DateOnly to, DateOnly today, CancellationToken ct)
    {
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => c.DueOn != null && c.DueOn >= from && c.DueOn <= to && c.DueOn < today && c.Status != CaseStatus.Paused)
            .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new
            {
                c.Number,
                c.Type,
                c.Status,
                m.MemberNo,
                c.ClockRuleKey,
                DueOn = c.DueOn!.Value,
                c.ClosedAt,
                c.DelayNoticeAt,
                c.AssigneeName,
                c.Outcome,
            })
            .ToListAsync(ct);
        var rows = new List<CaseBreachRow>();
        foreach (var c in candidates)
        {
            DateOnly? closedOn = c.ClosedAt is { } closed ? KstDay(closed) : null;
            var answeredOn = c.Status == CaseStatus.Closed ? closedOn ?? today : today;
            if (answeredOn <= c.DueOn) continue;
            rows.Add(new CaseBreachRow(c.Number, c.Type, c.Status, c.MemberNo, c.ClockRuleKey, c.DueOn, c.Status == CaseStatus.Closed ? closedOn : null,
                answeredOn.DayNumber - c.DueOn.DayNumber, Told(c.DelayNoticeAt, c.DueOn), c.DelayNoticeAt, c.AssigneeName, c.Outcome));
        }
        rows = [.. rows.OrderByDescending(r => r.DaysLate).ThenBy(r => r.DueOn).ThenBy(r => r.Number, StringComparer.Ordinal)];
        var byType = rows.GroupBy(r => r.Type).OrderBy(g => g.Key)
            .Select(g => new CaseBreachCount(g.Key, g.Count(), g.Count(r => r.Status != CaseStatus.Closed), g.Count(r => r.Told == DelayNoticeTold.Yes),
                g.Count(r => r.Told == DelayNoticeTold.No)))
            .ToList();
        return new CaseBreachReport(from, to, today, rows, byType);
    }

    /// <summary>Yes when the delay notice went out on or before the due date (KST), late after it, no without one.</summary>
    public static DelayNoticeTold Told(DateTimeOffset? delayNoticeAt, DateOnly? dueOn) => delayNoticeAt switch
    {
        null => DelayNoticeTold.No,
        { } at when dueOn is null || KstDay(at) <= dueOn => DelayNoticeTold.Yes,
        _ => DelayNoticeTold.Late,
    };

    public static string Name(DelayNoticeTold told) => told switch
    {
        DelayNoticeTold.Yes => "예",
        DelayNoticeTold.Late => "늦음",
        _ => "아니오",
    };

    public static DateOnly KstDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToKst().DateTime);

    /// <summary>Korean refusal for a period the dashboard does not cover.</summary>
    public static void Validate(DateOnly from, DateOnly to)
    {
        if (to < from) throw new BusinessRuleException("기간의 끝이 시작보다 앞설 수 없습니다.");
        if (to.DayNumber - from.DayNumber + 1 > MaxDays) throw new BusinessRuleException($"한 번에 볼 수 있는 기간은 {MaxDays}일까지입니다.");
    }

    public static ExportParameters Parameters(DateOnly from, DateOnly to) => ExportParameters.ForPeriod(from, to);

    /// <summary>Parses the <c>from</c>/<c>to</c> export parameters (yyyy-MM-dd).</summary>
    public static (DateOnly From, DateOnly To) Period(ExportParameters parameters)
    {
        var (from, to) = parameters.Period();
        Validate(from, to);
        return (from, to);
    }
}
