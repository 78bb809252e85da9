using Microsoft.EntityFrameworkCore;

namespace BackOffice.Tests.Support;

/// <summary>Applies a transition on a context that never touches a database, and reads back what it added.</summary>
public static class TransitionProbe
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public static AppDbContext Context() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);

    /// <summary>The audit records the transition added (none when it refused).</summary>
    public static List<AuditRecord> Audits(AppDbContext db) =>
        db.ChangeTracker.Entries<AuditRecord>().Select(e => e.Entity).ToList();
}
