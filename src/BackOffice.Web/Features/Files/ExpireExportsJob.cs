using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Files;

/// <summary>
/// Deletes the content of exported files past their expiry (personal-data files 30 days after they were made, others
/// after the operator's <see cref="ExportOptions.RetentionDays"/>): the chunks go, the row (who, why, name, SHA-256)
/// stays as Expired, each with an audit record <c>export.expire</c>. Works from stored state: a second run finds nothing.
/// </summary>
public sealed class ExpireExportsJob(JobRunRecorder recorder, IDbContextFactory<AppDbContext> factory, DbWriter writer, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "exports.expire";

    public override async Task<string> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<long> due;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            due = await db.ExportFiles.Where(f => f.Status == ExportFileStatus.Done && f.ExpiresAt <= now).Select(f => f.Id).ToListAsync(ct);
        }
        long bytes = 0;
        foreach (var id in due)
        {
            bytes += await writer.ExecuteAsync(async (db, token) =>
            {
                var file = await db.ExportFiles.SingleAsync(f => f.Id == id, token);
                if (file.Status != ExportFileStatus.Done) return 0L;
                await db.ExportFileChunks.Where(c => c.FileId == id).ExecuteDeleteAsync(token);
                file.Status = ExportFileStatus.Expired;
                file.Stage = "만료";
                db.Record(Actor.System, now, "export.expire", nameof(ExportFile), id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    after: new { file.Kind, file.FileName, file.Size, file.Sha256, file.ExpiresAt, file.HoldsPersonalData, file.RequestedByName });
                return file.Size;
            }, ct);
        }
        return due.Count == 0 ? "만료된 파일 없음" : $"파일 {due.Count:N0}개 만료 처리 ({bytes:N0}바이트 삭제)";
    }
}
