using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.Exports;

/// <summary>
/// Starts exports as background jobs and hands out their files (issue 12 item 5). <see cref="StartAsync"/> checks and
/// queues; <see cref="ExportRunner"/> (a hosted service on every portal server) claims and writes them; the owner
/// follows them on <see cref="ExportProgressPanel"/> and the 내 파일 page and downloads them from <c>/files/{id}</c>.
/// <para>Who may see, cancel and download a file: only the staff member who requested it, and for the download only
/// while they still hold the kind's permission. Nobody else (not even Compliance) downloads another person's file:
/// the audit log (<c>export.start</c>, <c>export.done</c>, <c>export.download</c>) is how a reviewer sees what was made.</para>
/// </summary>
public class ExportService(
    CurrentActor currentActor, IEnumerable<IExportKind> kinds, DbWriter writer, IDbContextFactory<AppDbContext> factory,
    TimeProvider clock, StepUp stepUp, ExportRunner runner)
{
    public const int MinReasonLength = 5;
    public const int MaxReasonLength = 200;
    public const string NotYours = "본인이 요청한 파일만 볼 수 있습니다.";
    public const string NotFound = "파일을 찾을 수 없습니다.";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Checks the kind's permission and parameters (and, for personal data, the reason and a fresh code), queues
    /// the job and returns the id of the file it will produce. Korean refusals as <see cref="CommandRefusedException"/>.</summary>
    public virtual async Task<long> StartAsync(string kindKey, ExportParameters parameters, string? reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        var kind = Kind(kindKey) ?? throw new BusinessRuleException("알 수 없는 파일 종류입니다.");
        actor.Require(kind.Permission);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > MaxReasonLength }) throw new BusinessRuleException($"사유는 {MaxReasonLength}자 이내로 입력하세요.");
        if (kind.HoldsPersonalData)
        {
            if (reason is null || reason.Length < MinReasonLength)
                throw new BusinessRuleException($"개인정보가 담긴 파일은 만드는 사유를 {MinReasonLength}자 이상 입력해야 합니다.");
            await stepUp.RequireAsync(actor, "개인정보 파일 생성");
        }
        var fileName = kind.Validate(parameters);
        var now = clock.GetUtcNow();
        var id = await writer.ExecuteAsync(async (db, token) =>
        {
            var file = new ExportFile
            {
                Kind = kind.Key,
                Title = kind.Title,
                Parameters = JsonSerializer.Serialize(parameters.Values, Json),
                RequestedBy = actor.Id,
                RequestedByName = actor.Name,
                RequestedRoles = string.Join(',', actor.Roles.Order(StringComparer.Ordinal)),
                Reason = reason,
                HoldsPersonalData = kind.HoldsPersonalData,
                Status = ExportFileStatus.Queued,
                RequestedAt = now,
                FileName = fileName,
                ContentType = kind.ContentType,
                Stage = "대기 중",
            };
            db.ExportFiles.Add(file);
            await db.SaveChangesAsync(token);
            db.Record(actor, now, "export.start", nameof(ExportFile), file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                after: new { file.Kind, file.FileName, Parameters = parameters.Values, file.HoldsPersonalData }, reason: reason);
            return file.Id;
        }, ct);
        runner.Signal();
        return id;
    }

    /// <summary>One of my files (refused for anyone else's).</summary>
    public virtual async Task<ExportFileView> GetAsync(long fileId, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var view = await Views(db.ExportFiles.AsNoTracking().Where(f => f.Id == fileId)).FirstOrDefaultAsync(ct)
            ?? throw new BusinessRuleException(NotFound);
        if (view.RequestedBy != actor.Id) throw new ForbiddenException(NotYours);
        return view;
    }

    /// <summary>My files, newest first (the 내 파일 page).</summary>
    public virtual async Task<IReadOnlyList<ExportFileView>> ListMineAsync(int take = 100, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ViewOwnFiles);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Views(db.ExportFiles.AsNoTracking().Where(f => f.RequestedBy == actor.Id)
            .OrderByDescending(f => f.RequestedAt).ThenByDescending(f => f.Id).Take(Math.Clamp(take, 1, 500))).ToListAsync(ct);
    }

    /// <summary>Cancels one of my files: a queued one at once, a running one at its next heartbeat.</summary>
    public virtual async Task CancelAsync(long fileId, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        var now = clock.GetUtcNow();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var file = await db.ExportFiles.FirstOrDefaultAsync(f => f.Id == fileId, token) ?? throw new BusinessRuleException(NotFound);
            if (file.RequestedBy != actor.Id) throw new ForbiddenException(NotYours);
            switch (file.Status)
            {
                case ExportFileStatus.Queued:
                    file.Status = ExportFileStatus.Cancelled;
                    file.FinishedAt = now;
                    file.Stage = "취소됨";
                    break;
                case ExportFileStatus.Running:
                    if (file.CancelRequested) return;
                    file.CancelRequested = true;
                    file.Stage = "취소하는 중";
                    break;
                default:
                    throw new BusinessRuleException("이미 끝난 작업은 취소할 수 없습니다.");
            }
            db.Record(actor, now, "export.cancel", nameof(ExportFile), Id(fileId), after: new { file.Kind, file.FileName });
        }, ct);
    }

    /// <summary>
    /// Checks that the actor may download the file (theirs, done, and they still hold the kind's permission), counts the
    /// download and audits it (<c>export.download</c>); the caller then streams it with <see cref="CopyContentAsync"/>.
    /// </summary>
    public virtual async Task<ExportDownload> OpenDownloadAsync(long fileId, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        var now = clock.GetUtcNow();
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var file = await db.ExportFiles.FirstOrDefaultAsync(f => f.Id == fileId, token) ?? throw new BusinessRuleException(NotFound);
            var kind = Kind(file.Kind);
            if (kind is not null) actor.Require(kind.Permission);
            if (file.RequestedBy != actor.Id) throw new ForbiddenException(NotYours);
            if (kind is null) throw new BusinessRuleException("이 파일 종류는 더 이상 제공되지 않습니다.");
            switch (file.Status)
            {
                case ExportFileStatus.Done:
                    break;
                case ExportFileStatus.Expired:
                    throw new BusinessRuleException($"보관 기간이 지나 삭제된 파일입니다 ({Fmt.Date(file.ExpiresAt ?? now)} 만료). 다시 만들어 주세요.");
                case ExportFileStatus.Queued or ExportFileStatus.Running:
                    throw new BusinessRuleException("아직 만드는 중인 파일입니다.");
                default:
                    throw new BusinessRuleException("만들지 못한 파일입니다.");
            }
            file.Downloads++;
            db.Record(actor, now, "export.download", nameof(ExportFile), Id(fileId),
                after: new { file.Kind, file.FileName, file.Size, file.Sha256, file.HoldsPersonalData, Download = file.Downloads });
            return new ExportDownload(file.Id, file.FileName, file.ContentType, file.Size, file.Sha256);
        }, ct);
    }

    /// <summary>Writes a file's content, chunk by chunk (one chunk in memory at a time).</summary>
    public virtual async Task CopyContentAsync(long fileId, Stream output, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var indexes = await db.ExportFileChunks.AsNoTracking().Where(c => c.FileId == fileId).OrderBy(c => c.Index).Select(c => c.Index).ToListAsync(ct);
        foreach (var index in indexes)
        {
            var data = await db.ExportFileChunks.AsNoTracking().Where(c => c.FileId == fileId && c.Index == index).Select(c => c.Data).SingleAsync(ct);
            await output.WriteAsync(data, ct);
        }
    }

    private IExportKind? Kind(string key) => kinds.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.Ordinal));

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IQueryable<ExportFileView> Views(IQueryable<ExportFile> files) => files.Select(f => new ExportFileView(
        f.Id, f.Kind, f.Title, f.FileName, f.Status, f.ProgressDone, f.ProgressTotal, f.Stage, f.RequestedBy, f.RequestedAt,
        f.FinishedAt, f.Size, f.Sha256, f.ExpiresAt, f.Downloads, f.HoldsPersonalData, f.Reason, f.FailureReason, f.CancelRequested));
}

/// <summary>A file as the owner sees it (no content).</summary>
public sealed record ExportFileView(
    long Id, string Kind, string Title, string FileName, ExportFileStatus Status, long Done, long Total, string Stage,
    string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? FinishedAt, long Size, string Sha256, DateTimeOffset? ExpiresAt,
    int Downloads, bool HoldsPersonalData, string? Reason, string? FailureReason, bool CancelRequested)
{
    public bool IsActive => Status is ExportFileStatus.Queued or ExportFileStatus.Running;

    /// <summary>0–100, or null when the total is unknown.</summary>
    public double? Percent => Status == ExportFileStatus.Done ? 100 : Total > 0 ? Math.Min(100, 100.0 * Done / Total) : null;

    public string StatusText => Status switch
    {
        ExportFileStatus.Queued => "대기",
        ExportFileStatus.Running => CancelRequested ? "취소 중" : "생성 중",
        ExportFileStatus.Done => "완료",
        ExportFileStatus.Failed => "실패",
        ExportFileStatus.Expired => "만료",
        ExportFileStatus.Cancelled => "취소",
        _ => Status.ToString(),
    };
}

/// <summary>What the download endpoint sends: the name, type, size and hash of a done file.</summary>
public sealed record ExportDownload(long Id, string FileName, string ContentType, long Size, string Sha256);
