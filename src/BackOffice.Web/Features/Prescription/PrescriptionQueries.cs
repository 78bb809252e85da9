using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Prescription;

public sealed record PrescriptionItemRow(long Id, PrescriptionItemStatus Status, string CardMasked, string? MemberNo, long? MemberId, long Amount,
    DateOnly PrescribedFrom, string Derivation, bool NoticeRequired, string NoticeRule, DateTimeOffset? NoticeSentAt, DateOnly? ObjectionDeadline,
    DateOnly? PlannedDonationOn, DateTimeOffset? ObjectedAt, string ObjectionNote, string? BatchNumber);

public sealed record DonationBatchRow(long Id, string Number, DonationBatchStatus Status, int Items, long Total, string Recipient,
    DateTimeOffset ProposedAt, string ProposedById, string ProposedByName, DateTimeOffset? DecidedAt, string DecidedByName, string DecisionNote);

public sealed record PrescriptionPage<T>(IReadOnlyList<T> Rows, int Total);

/// <summary>The lists of the prescription page (ViewMembers: anyone signed in sees them; the actions check their own permissions).</summary>
public sealed class PrescriptionQueries(IDbContextFactory<AppDbContext> factory, CurrentActor currentActor)
{
    public async Task<PrescriptionPage<PrescriptionItemRow>> ItemsAsync(PrescriptionItemStatus? status, int skip, int take, CancellationToken ct = default, string? memberNo = null)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.PrescriptionItems.AsNoTracking();
        if (status is { } s) query = query.Where(i => i.Status == s);
        if (!string.IsNullOrWhiteSpace(memberNo))
        {
            var number = memberNo.Trim().ToUpperInvariant();
            var ids = db.Members.Where(m => m.MemberNo == number).Select(m => (long?)m.Id);
            query = query.Where(i => ids.Contains(i.MemberId));
        }
        var total = await query.CountAsync(ct);
        var rows = await (from i in query
                          join c in db.Cards on i.CardId equals c.Id
                          join m in db.Members on i.MemberId equals m.Id into members
                          from m in members.DefaultIfEmpty()
                          join b in db.DonationBatches on i.DonationBatchId equals b.Id into batches
                          from b in batches.DefaultIfEmpty()
                          orderby i.Id descending
                          select new { i, c.Last4, MemberNo = m == null ? null : m.MemberNo, Batch = b == null ? null : b.Number })
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return new(rows.Select(r => new PrescriptionItemRow(r.i.Id, r.i.Status, CardNumber.Mask(r.Last4), r.MemberNo, r.i.MemberId, r.i.Amount,
            r.i.PrescribedFrom, r.i.Derivation, r.i.NoticeRequired, r.i.NoticeRule, r.i.NoticeSentAt, r.i.ObjectionDeadline, r.i.PlannedDonationOn,
            r.i.ObjectedAt, r.i.ObjectionNote, r.Batch)).ToList(), total);
    }

    public async Task<PrescriptionPage<DonationBatchRow>> BatchesAsync(DonationBatchStatus? status, int skip, int take, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.DonationBatches.AsNoTracking();
        if (status is { } s) query = query.Where(b => b.Status == s);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(b => b.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(b => new DonationBatchRow(b.Id, b.Number, b.Status, b.Items, b.Total, b.Recipient, b.ProposedAt, b.ProposedById, b.ProposedByName,
                b.DecidedAt, b.DecidedByName, b.DecisionNote))
            .ToListAsync(ct);
        return new(rows, total);
    }

    public async Task<PrescriptionPage<PrescriptionRun>> RunsAsync(int skip, int take, CancellationToken ct = default)
    {
        (await currentActor.GetAsync()).Require(Permission.ViewMembers);
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.PrescriptionRuns.CountAsync(ct);
        var rows = await db.PrescriptionRuns.AsNoTracking().OrderByDescending(r => r.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return new(rows, total);
    }
}
