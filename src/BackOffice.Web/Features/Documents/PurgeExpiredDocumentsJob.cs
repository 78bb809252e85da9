using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Documents;

/// <summary>
/// Deletes the file of every issued document whose retention has ended (<see cref="IssuedDocument.RetainUntil"/> is
/// before today, KST). The row, its number, its SHA-256 and its prints stay, so a paper copy can still be verified;
/// a reprint is refused. Each document gets an audit record (<c>document.purge</c>) naming its retention rule. Works
/// from the stored state, so a second run finds nothing to do. It also voids a number left "printing" for over an hour
/// (the process that took it stopped before storing the file), so no number stays half-issued.
/// </summary>
public sealed class PurgeExpiredDocumentsJob(JobRunRecorder recorder, DbWriter writer, TimeProvider clock) : PortalJob(recorder)
{
    public const string Key = "documents.purge-expired";
    private const int Batch = 100;
    public static readonly TimeSpan StalePrinting = TimeSpan.FromHours(1);

    public override async Task<string> RunAsync(CancellationToken ct)
    {
        var voided = await writer.ExecuteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var cutoff = now - StalePrinting;
            var stale = await db.IssuedDocuments.Where(d => d.Status == IssuedDocumentStatus.Printing && d.IssuedAt < cutoff).ToListAsync(token);
            foreach (var doc in stale)
            {
                doc.Status = IssuedDocumentStatus.Void;
                doc.FailureReason = "출력이 끝나지 않은 채 남아 있던 번호입니다 (처리 중 서버 중단).";
                db.Record(Actor.System, now, "document.void", nameof(IssuedDocument), doc.Number, after: new { doc.Kind, doc.FailureReason },
                    memberId: doc.MemberId);
            }
            return stale.Count;
        }, ct);
        var total = 0;
        while (true)
        {
            var done = await writer.ExecuteAsync(async (db, token) =>
            {
                var now = clock.GetUtcNow();
                var today = clock.TodayKst();
                var docs = await db.IssuedDocuments
                    .Where(d => d.Status == IssuedDocumentStatus.Issued && d.ContentDeletedAt == null && d.RetainUntil < today)
                    .OrderBy(d => d.Id).Take(Batch).ToListAsync(token);
                foreach (var doc in docs)
                {
                    doc.Content = [];
                    doc.ContentDeletedAt = now;
                    db.Record(Actor.System, now, "document.purge", nameof(IssuedDocument), doc.Number,
                        after: new { doc.Kind, doc.RetainUntil, doc.RetentionRule, doc.Sha256, deletedBytes = doc.Size },
                        reason: $"보존 기간 경과 ({doc.RetentionRule})", memberId: doc.MemberId);
                }
                return docs.Count;
            }, ct);
            total += done;
            if (done < Batch) break;
        }
        return voided == 0 ? $"보존 기간이 지난 문서 파일 삭제 {total:N0}건" : $"보존 기간이 지난 문서 파일 삭제 {total:N0}건, 중단된 발급 번호 무효 {voided:N0}건";
    }
}
