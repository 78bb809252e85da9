using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Audit;

/// <summary>The Compliance page's check of the audit chain (<see cref="AuditChainVerifier"/>) for Compliance and Admins.</summary>
public sealed class AuditChainService(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor)
{
    public async Task<AuditChainReport> VerifyAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewAudit);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await AuditChainVerifier.VerifyAsync(db, progress, ct);
    }

    /// <summary>How many records the chain holds (the head's sequence), for the progress bar.</summary>
    public async Task<long> LengthAsync(CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewAudit);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == AuditChainHead.SingletonId).Select(h => h.Sequence).FirstOrDefaultAsync(ct);
    }
}
