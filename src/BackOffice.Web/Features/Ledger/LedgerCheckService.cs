using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Ledger;

/// <summary>Runs the ledger consistency check for finance and compliance staff and records that it ran.</summary>
public sealed class LedgerCheckService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock)
{
    public async Task<ConsistencyReport> RunAsync(CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.CheckLedger);
        ConsistencyReport report;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            report = await LedgerConsistencyCheck.RunAsync(db, ct);
        }
        await writer.ExecuteAsync((db, _) =>
        {
            db.Record(actor, clock.GetUtcNow(), "ledger.check", "Ledger", "all",
                after: new { report.AccountsChecked, report.EntriesChecked, Mismatches = report.Mismatches.Count, report.IsConsistent });
            return Task.CompletedTask;
        }, ct);
        return report;
    }
}
