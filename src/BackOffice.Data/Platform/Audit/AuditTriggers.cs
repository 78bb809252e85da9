using Microsoft.EntityFrameworkCore.Migrations;

namespace BackOffice.Data.Platform.Audit;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on <c>AuditRecords</c>, whatever client runs them (the context
/// refuses them already; these stop a SQL console, a script or another program). One exception, on every provider:
/// an UPDATE of a row that has no hash yet, which only the one-time chaining of rows written before the chain existed
/// (<see cref="AuditChain.SealLegacyAsync"/>) does; once sealed, a row can never be changed again.
/// <list type="bullet">
/// <item>SQLite: <c>BEFORE UPDATE</c> (when the old row has a hash) and <c>BEFORE DELETE</c> triggers that
/// <c>RAISE(ABORT)</c>.</item>
/// <item>PostgreSQL: a PL/pgSQL function raising an exception, as a row trigger <c>BEFORE UPDATE OR DELETE</c> and a
/// statement trigger <c>BEFORE TRUNCATE</c>.</item>
/// <item>SQL Server: an <c>AFTER UPDATE, DELETE</c> trigger that <c>THROW</c>s, which rolls the statement back (rather
/// than <c>INSTEAD OF</c>, which would have to re-issue the permitted legacy UPDATE itself).</item>
/// </list>
/// Migrations call <see cref="Create"/> in Up and <see cref="Drop"/> in Down, one line each; the provider is the
/// migration's own (<see cref="MigrationBuilder.ActiveProvider"/>).
/// </summary>
public static class AuditTriggers
{
    public const string Message = "AuditRecords are append-only: UPDATE and DELETE are refused";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in CreateStatements(migrationBuilder.ActiveProvider)) migrationBuilder.Sql(sql);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in DropStatements(migrationBuilder.ActiveProvider)) migrationBuilder.Sql(sql);
    }

    public static IReadOnlyList<string> CreateStatements(string? providerName) => providerName switch
    {
        ProviderCommands.SqliteProvider =>
        [
            $"""
            CREATE TRIGGER "AuditRecords_NoUpdate" BEFORE UPDATE ON "AuditRecords"
            WHEN OLD."Hash" IS NOT NULL
            BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            """,
            $"""
            CREATE TRIGGER "AuditRecords_NoDelete" BEFORE DELETE ON "AuditRecords"
            BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            """,
        ],
        ProviderCommands.PostgresProvider =>
        [
            $"""
            CREATE OR REPLACE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    IF OLD."Hash" IS NULL THEN RETURN NEW; END IF;
                END IF;
                RAISE EXCEPTION '{Message} (%)', TG_OP USING ERRCODE = 'P0001';
            END $$;
            """,
            """
            CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON "AuditRecords"
            FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
            """,
            """
            CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON "AuditRecords"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();
            """,
        ],
        ProviderDifferences.SqlServerProvider =>
        [
            $"""
            CREATE TRIGGER [TR_AuditRecords_AppendOnly] ON [AuditRecords] AFTER UPDATE, DELETE AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM deleted AS d WHERE d.[Hash] IS NOT NULL OR NOT EXISTS (SELECT 1 FROM inserted))
                    THROW 51000, N'{Message}', 1;
            END
            """,
        ],
        _ => throw new NotSupportedException($"No audit triggers for provider {providerName}."),
    };

    public static IReadOnlyList<string> DropStatements(string? providerName) => providerName switch
    {
        ProviderCommands.SqliteProvider =>
        [
            """DROP TRIGGER IF EXISTS "AuditRecords_NoUpdate";""",
            """DROP TRIGGER IF EXISTS "AuditRecords_NoDelete";""",
        ],
        ProviderCommands.PostgresProvider =>
        [
            """DROP TRIGGER IF EXISTS audit_records_no_truncate ON "AuditRecords";""",
            """DROP TRIGGER IF EXISTS audit_records_append_only ON "AuditRecords";""",
            "DROP FUNCTION IF EXISTS audit_records_append_only();",
        ],
        ProviderDifferences.SqlServerProvider => ["DROP TRIGGER IF EXISTS [TR_AuditRecords_AppendOnly];"],
        _ => throw new NotSupportedException($"No audit triggers for provider {providerName}."),
    };
}
