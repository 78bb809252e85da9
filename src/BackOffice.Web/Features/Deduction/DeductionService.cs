using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Deduction;

/// <summary>What the /deduction page offers: the years and programs to choose from.</summary>
public sealed record DeductionChoices(IReadOnlyList<int> Years, IReadOnlyList<(string Code, string Name)> Programs);

/// <summary>
/// Starts the income-deduction workbook (000 소득공제: the year's use, filed in February of the next year): Compliance
/// only (<see cref="Permission.ProduceDeductionWorkbook"/>), with a reason and a fresh code, then hands it to the export
/// runner (<see cref="ExportService.StartAsync"/>), which writes it in the background and audits it.
/// </summary>
/// <remarks>The export service is resolved only when a job is started (the files part registers it).</remarks>
public sealed class DeductionService(IServiceProvider services, CurrentActor currentActor, StepUp stepUp, TimeProvider clock, IDbContextFactory<AppDbContext> factory)
{
    public const string Purpose = "소득공제 신고 자료 작성";

    public async Task<DeductionChoices> ChoicesAsync(CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ProduceDeductionWorkbook);
        await using var db = await factory.CreateDbContextAsync(ct);
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        var thisYear = clock.TodayKst().Year;
        return new([.. Enumerable.Range(0, 5).Select(i => thisYear - i)],
            [(DeductionSource.AllPrograms, "전체 프로그램"), .. programs.Select(p => (p.Code, p.Name))]);
    }

    /// <summary>The year the filing in February is for: last year.</summary>
    public int DefaultYear => clock.TodayKst().Year - 1;

    public async Task<long> StartAsync(int year, string program, string? reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ProduceDeductionWorkbook);
        var parameters = new ExportParameters(new Dictionary<string, string>
        {
            ["year"] = year.ToString(CultureInfo.InvariantCulture),
            ["program"] = program,
        });
        DeductionWorkbookKind.Parse(parameters, clock);
        if (PersonalDataService.ReasonProblem(reason) is { } problem) throw new BusinessRuleException(problem.Replace("열람", "작성", StringComparison.Ordinal));
        await stepUp.RequireAsync(actor, Purpose);
        if (program != DeductionSource.AllPrograms)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            if (!await db.Programs.AnyAsync(p => p.Code == program, ct)) throw new BusinessRuleException("없는 프로그램입니다.");
        }
        return await services.GetRequiredService<ExportService>().StartAsync(DeductionWorkbookKind.KindKey, parameters, reason!.Trim(), ct);
    }
}
