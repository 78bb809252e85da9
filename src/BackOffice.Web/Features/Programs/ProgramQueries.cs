using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Programs;

/// <summary>The card programs and every version of their policies, read-only, for all staff.</summary>
public sealed class ProgramQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProgramView>> ListAsync(CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewPrograms);
        await using var db = await factory.CreateDbContextAsync(ct);
        var programs = await db.Programs.AsNoTracking().Include(p => p.Policies).OrderBy(p => p.Id).ToListAsync(ct);
        var today = clock.TodayKst();
        return programs.Select(p => ToView(p, today)).ToList();
    }

    private static ProgramView ToView(CardProgram program, DateOnly today)
    {
        var inForce = program.Policies.Any(v => v.EffectiveFrom <= today) ? PolicySelector.InForce(program.Policies, today) : null;
        var versions = program.Policies
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Version)
            .Select(v => new PolicyVersionView(v.Version, v.EffectiveFrom, v.Source, StateOf(v, inForce, today), PolicyParameters.Describe(v)))
            .ToList();
        return new ProgramView(program.Id, program.Code, program.Name, program.Description, versions);
    }

    private static PolicyState StateOf(ProgramPolicy version, ProgramPolicy? inForce, DateOnly today) =>
        version == inForce ? PolicyState.InForce : version.EffectiveFrom > today ? PolicyState.Scheduled : PolicyState.Superseded;
}
