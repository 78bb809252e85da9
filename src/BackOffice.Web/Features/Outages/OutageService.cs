using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Outages;

/// <summary>
/// The outage calendar (장애 일정, issue 13 item 2): everyone who reads the holiday calendar reads it
/// (<see cref="Permission.ViewCalendar"/>); Admins record, change and delete outages and mark that the members were told
/// (<see cref="Permission.ManageOutages"/>), each audited (<c>outage.*</c>). An outage that blocked statements leaves its
/// KST days out of paper-statement clocks (003 하나로 제15조③): adding, changing or deleting one recomputes the due
/// dates of the open statement cases whose window it touches, in the same transaction (<see cref="OutageCaseClocks"/>).
/// </summary>
public sealed class OutageService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    private const string EntityType = "ServiceOutage";

    /// <summary>Years that have outages, plus this year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await RequireViewAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var starts = await db.ServiceOutages.AsNoTracking().Select(o => o.StartsAt).ToListAsync(ct);
        return starts.Select(s => s.ToKst().Year).Append(clock.TodayKst().Year).Distinct().Order().ToList();
    }

    /// <summary>The outages that touch <paramref name="year"/> (KST), newest first.</summary>
    public async Task<IReadOnlyList<OutageRow>> ListAsync(int year, CancellationToken ct = default)
    {
        await RequireViewAsync();
        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, KoreanTime.Offset);
        var to = from.AddYears(1);
        await using var db = await factory.CreateDbContextAsync(ct);
        var outages = await db.ServiceOutages.AsNoTracking().Where(o => o.StartsAt < to && o.EndsAt >= from).ToListAsync(ct);
        return outages.OrderByDescending(o => o.StartsAt).ThenByDescending(o => o.Id).Select(ToRow).ToList();
    }

    public async Task<OutageSaved> AddAsync(OutageInput input, CancellationToken ct = default)
    {
        var actor = await RequireManageAsync();
        Validate(input);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var outage = new ServiceOutage { RecordedAt = now, RecordedById = actor.Id, RecordedByName = actor.Name };
            Apply(outage, input);
            db.ServiceOutages.Add(outage);
            await db.SaveChangesAsync(token);
            db.Record(actor, now, "outage.add", EntityType, outage.Id.ToString(KoreanTime.Culture), after: Snapshot(outage));
            var recomputed = await OutageCaseClocks.RecomputeAsync(db, outage.Days().ToList(), actor, now, "장애 일정 등록으로 기한 재계산", token);
            return new OutageSaved(outage.Id, recomputed);
        }, ct);
    }

    public async Task<OutageSaved> UpdateAsync(long outageId, long version, OutageInput input, CancellationToken ct = default)
    {
        var actor = await RequireManageAsync();
        Validate(input);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var outage = await FindAsync(db, outageId, token);
            if (outage.Version != version) throw new BusinessRuleException("다른 관리자가 먼저 변경했습니다. 목록을 새로 고친 뒤 다시 수정하세요.");
            var before = Snapshot(outage);
            var oldDays = outage.Days().ToList();
            Apply(outage, input);
            outage.Version++;
            await db.SaveChangesAsync(token);
            var now = clock.GetUtcNow();
            db.Record(actor, now, "outage.edit", EntityType, outage.Id.ToString(KoreanTime.Culture), before, Snapshot(outage));
            var recomputed = await OutageCaseClocks.RecomputeAsync(db, oldDays.Union(outage.Days()).ToList(), actor, now, "장애 일정 변경으로 기한 재계산", token);
            return new OutageSaved(outage.Id, recomputed);
        }, ct);
    }

    public async Task<OutageSaved> DeleteAsync(long outageId, CancellationToken ct = default)
    {
        var actor = await RequireManageAsync();
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var outage = await FindAsync(db, outageId, token);
            var days = outage.Days().ToList();
            db.ServiceOutages.Remove(outage);
            await db.SaveChangesAsync(token);
            var now = clock.GetUtcNow();
            db.Record(actor, now, "outage.delete", EntityType, outageId.ToString(KoreanTime.Culture), before: Snapshot(outage));
            var recomputed = await OutageCaseClocks.RecomputeAsync(db, days, actor, now, "장애 일정 삭제로 기한 재계산", token);
            return new OutageSaved(outageId, recomputed);
        }, ct);
    }

    /// <summary>Records that the members were told about the outage (공지 발송), once.</summary>
    public async Task MarkNoticeSentAsync(long outageId, CancellationToken ct = default)
    {
        var actor = await RequireManageAsync();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var outage = await FindAsync(db, outageId, token);
            if (outage.NoticeSentAt is { } sent) throw new BusinessRuleException($"이미 공지 발송이 기록되었습니다 ({Fmt.DateTime(sent)}).");
            var now = clock.GetUtcNow();
            outage.NoticeSentAt = now;
            outage.Version++;
            db.Record(actor, now, "outage.notice", EntityType, outage.Id.ToString(KoreanTime.Culture), after: new { NoticeSentAt = Fmt.DateTime(now) });
        }, ct);
    }

    private static void Validate(OutageInput input)
    {
        if (OutageRules.Problem(input) is { } problem) throw new BusinessRuleException(problem);
    }

    private static void Apply(ServiceOutage outage, OutageInput input)
    {
        outage.StartsAt = input.StartsAt!.Value.ToUniversalTime();
        outage.EndsAt = input.EndsAt!.Value.ToUniversalTime();
        outage.Systems = input.Systems!.Trim();
        outage.Description = input.Description?.Trim() ?? "";
        outage.BlocksStatements = input.BlocksStatements;
    }

    private static async Task<ServiceOutage> FindAsync(AppDbContext db, long id, CancellationToken ct) =>
        await db.ServiceOutages.FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new BusinessRuleException("장애 기록을 찾을 수 없습니다. 이미 삭제되었을 수 있으니 목록을 새로 고치세요.");

    private static object Snapshot(ServiceOutage o) => new
    {
        StartsAt = Fmt.DateTime(o.StartsAt),
        EndsAt = Fmt.DateTime(o.EndsAt),
        o.Systems,
        o.Description,
        o.BlocksStatements,
    };

    private static OutageRow ToRow(ServiceOutage o) =>
        new(o.Id, o.StartsAt, o.EndsAt, o.Systems, o.Description, o.BlocksStatements, o.NoticeSentAt, o.RecordedByName, o.Version, o.Days().ToList());

    private async Task RequireViewAsync() => (await currentActor.GetAsync()).Require(Permission.ViewCalendar);

    private async Task<Actor> RequireManageAsync()
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageOutages);
        return actor;
    }
}
