using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Reconciliation;

public sealed record ReconciliationRunRow(DateOnly Day, DateTimeOffset RanAt, bool IsBalanced, string Summary);

/// <summary>Reconciliation for Finance and Compliance (<see cref="Permission.ViewReconciliation"/>): compute a day or a
/// period, the stored nightly runs, and start an export (workbook or CSV) in the background.</summary>
public sealed class ReconciliationQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor, ExportService exports)
{
    public const string WorkbookKind = "reconciliation-xlsx";
    public const string CsvKind = "reconciliation-csv";

    public async Task<ReconciliationReport> ComputeAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ReconciliationReader.ReadAsync(db, from, to, ct);
    }

    public async Task<IReadOnlyList<ReconciliationRunRow>> RunsAsync(int take = 30, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ReconciliationRuns.AsNoTracking().OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).Take(take)
            .Select(r => new ReconciliationRunRow(r.Day, r.RanAt, r.IsBalanced, r.Summary)).ToListAsync(ct);
    }

    /// <summary>Starts the workbook (<paramref name="csv"/> false) or the CSV of the period as a background export; returns the file id.</summary>
    public async Task<long> StartExportAsync(DateOnly from, DateOnly to, bool csv, CancellationToken ct = default)
    {
        await RequireAsync();
        ReconciliationReader.Validate(from, to);
        return await exports.StartAsync(csv ? CsvKind : WorkbookKind, ReconciliationReader.Parameters(from, to), null, ct);
    }

    private async Task RequireAsync() => (await currentActor.GetAsync()).Require(Permission.ViewReconciliation);
}
