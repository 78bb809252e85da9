using Microsoft.EntityFrameworkCore;

namespace BackOffice.Data.Platform.Jobs;

/// <summary>
/// The one-open-alert-per-source rule of <see cref="StaffAlert"/> for the checking jobs: a run that finds a problem
/// raises the alert or refreshes the open one; a run that finds none resolves it. Called inside the job's transaction.
/// </summary>
public static class StaffAlerts
{
    /// <summary>Raises <paramref name="source"/>'s alert, or refreshes its open one with the latest message.</summary>
    public static async Task RaiseAsync(
        AppDbContext db, string source, Permission permission, string title, string message, DateTimeOffset now, CancellationToken ct)
    {
        var open = await OpenAsync(db, source, ct);
        if (open is null)
        {
            db.StaffAlerts.Add(new StaffAlert { Source = source, Permission = permission, Title = title, Message = message, RaisedAt = now, LastSeenAt = now });
            return;
        }
        open.Message = message;
        open.LastSeenAt = now;
    }

    /// <summary>Resolves <paramref name="source"/>'s open alert; false when none was open.</summary>
    public static async Task<bool> ResolveAsync(AppDbContext db, string source, DateTimeOffset now, CancellationToken ct)
    {
        var open = await OpenAsync(db, source, ct);
        if (open is null) return false;
        open.ResolvedAt = now;
        return true;
    }

    private static Task<StaffAlert?> OpenAsync(AppDbContext db, string source, CancellationToken ct) =>
        db.StaffAlerts.FirstOrDefaultAsync(a => a.Source == source && a.ResolvedAt == null, ct);
}
