using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Outages;

/// <summary>
/// When the outage calendar changes, the open cases whose clock leaves outage days out (paper statements, 003 하나로
/// 제15조③) and whose window the change touches get their due date recomputed with the stored rule, the calendar, the
/// outages and their closed pauses (<see cref="CaseClockSource.ComputeAsync"/>): the new date and derivation are stored, a
/// history line <c>clock.recomputed</c> keeps the old one, and an audit record <c>case.recomputed</c> lands on the
/// member's timeline. Runs inside the outage command's transaction, after the outage change is saved.
/// </summary>
public static class OutageCaseClocks
{
    public static async Task<IReadOnlyList<RecomputedCase>> RecomputeAsync(
        AppDbContext db, IReadOnlyCollection<DateOnly> touchedDays, Actor actor, DateTimeOffset now, string why, CancellationToken ct)
    {
        if (touchedDays.Count == 0) return [];
        var first = touchedDays.Min();
        var last = touchedDays.Max();
        var keys = CaseClockRules.All.Where(r => r.SkipsOutageDays).Select(r => r.Key).ToList();
        var candidates = await db.Cases
            .Where(c => c.Status != CaseStatus.Closed && keys.Contains(c.ClockRuleKey) && c.ClockStartsOn != null && c.DueOn != null
                && c.ClockStartsOn < last && c.DueOn >= first)
            .OrderBy(c => c.Id).ToListAsync(ct);

        var changed = new List<RecomputedCase>();
        foreach (var @case in candidates)
        {
            var start = @case.ClockStartsOn!.Value;
            var oldDue = @case.DueOn!.Value;
            if (!touchedDays.Any(d => d > start && d <= oldDue)) continue;
            var due = await CaseClockSource.ComputeAsync(db, CaseClockRules.Get(@case.ClockRuleKey), start, @case.Id, ct);
            if (due is null || (due.DueOn == oldDue && due.Derivation == @case.DueDerivation)) continue;
            var oldDerivation = @case.DueDerivation;
            @case.DueOn = due.DueOn;
            @case.DueDerivation = due.Derivation;
            @case.Version++;
            db.CaseEvents.Add(new CaseEvent
            {
                CaseId = @case.Id,
                At = now,
                Kind = "clock.recomputed",
                ActorId = actor.Id,
                ActorName = actor.Name,
                Text = Limit($"{why}: 기한 {Fmt.Date(oldDue)} → {Fmt.Date(due.DueOn)} · {due.Derivation} (이전: {oldDerivation})", 2000),
            });
            db.Record(actor, now, "case.recomputed", "ServiceCase", @case.Number,
                new { DueOn = Fmt.Date(oldDue) }, new { DueOn = Fmt.Date(due.DueOn), due.OutageDaysSkipped }, why, memberId: @case.MemberId);
            changed.Add(new RecomputedCase(@case.Number, oldDue, due.DueOn));
        }
        return changed;
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
