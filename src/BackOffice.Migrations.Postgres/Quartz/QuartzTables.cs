using Microsoft.EntityFrameworkCore.Migrations;

namespace BackOffice.Migrations.Postgres.Quartz;

/// <summary>
/// Quartz.NET's clustered job store keeps its schedule in the portal's own database. Its tables come from Quartz's
/// own schema script for this provider (taken unchanged from the Quartz 4.7.3 package, the script its
/// <c>SchemaProvisioning.CreateIfMissing</c> runs): statements separated by <c>--;;</c>, every one create-if-missing.
/// The scheduler only validates the schema at startup (<c>SchemaProvisioning.Validate</c>); creating it is the migrations' job.
/// </summary>
public static class QuartzTables
{
    /// <summary>The table prefix; the portal's scheduler is configured with the same one.</summary>
    public const string Prefix = "qrtz_";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        using var stream = typeof(QuartzTables).Assembly.GetManifestResourceStream("Quartz.quartz_postgres.sql")
            ?? throw new InvalidOperationException("Quartz schema script is not embedded.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", Prefix).Replace("{1}", Prefix);
        // A statement ends at a line reading exactly "--;;" (the header mentions the separator too, so not a plain Split).
        var statement = new List<string>();
        foreach (var line in script.Replace("\r\n", "\n").Split('\n').Append("--;;"))
        {
            if (line.Trim() == "--;;")
            {
                var sql = string.Join('\n', statement).Trim();
                if (sql.Length > 0) migrationBuilder.Sql(sql);
                statement.Clear();
            }
            else if (!line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            {
                statement.Add(line);
            }
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "execution_history", "misfire_history", "job_status", "fired_triggers", "paused_trigger_grps", "paused_job_grps", "scheduler_state", "locks", "simprop_triggers", "simple_triggers", "cron_triggers", "blob_triggers", "triggers", "job_details", "calendars" })
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {Prefix}{table}");
    }
}
