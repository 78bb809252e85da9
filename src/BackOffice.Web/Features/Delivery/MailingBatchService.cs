using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Features.Delivery;

public sealed record MailingBatchRow(string Number, DateOnly BusinessDay, DateTimeOffset ClosedAt, string ClosedByName, int ShipmentCount,
    string ProductionFileSha256, string MailingListSha256);

public sealed record MailingBatchPage(IReadOnlyList<MailingBatchRow> Rows, int Total);

/// <summary>What waits for a batch: the next batch to close and how many applications it will take, and today's
/// applications (still changeable, cut-off at midnight KST).</summary>
public sealed record MailingOutlook(DateOnly Today, DateOnly DueBatchDay, bool DueBatchClosed, int DueCount, int LaterCount, int TodayCount);

/// <summary>A batch file handed to the download endpoint.</summary>
public sealed record MailingFileResult(string FileName, byte[] Content);

/// <summary>
/// The mailing page's commands (<see cref="Permission.ManageMailing"/>): the batch list, closing the due batch now (the
/// same close as the nightly job), and the downloads of the two files. The files hold names, addresses and phone
/// numbers: a download needs a reason, is handed out through a one-time link (<see cref="MailingDownloadTokens"/>)
/// and is audited <c>mailing.download</c> with that reason.
/// </summary>
public sealed class MailingBatchService(IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, TimeProvider clock,
    BusinessCalendarSource calendars, MailingBatchCloser closer, MailingDownloadTokens tokens)
{
    public const int MinReason = 5;
    public const int MaxReason = 500;

    public async Task<MailingBatchPage> ListAsync(int skip, int take, CancellationToken ct = default)
    {
        await RequireAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.MailingBatches.CountAsync(ct);
        var rows = await db.MailingBatches.AsNoTracking().OrderByDescending(b => b.BusinessDay).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100))
            .Select(b => new MailingBatchRow(b.Number, b.BusinessDay, b.ClosedAt, b.ClosedByName, b.ShipmentCount, b.ProductionFileSha256, b.MailingListSha256))
            .ToListAsync(ct);
        return new MailingBatchPage(rows, total);
    }

    public async Task<MailingOutlook> OutlookAsync(CancellationToken ct = default)
    {
        await RequireAsync();
        var calendar = await calendars.LoadAsync(ct);
        var today = clock.TodayKst();
        var due = MailingSchedule.DueBatchDay(today, calendar);
        await using var db = await factory.CreateDbContextAsync(ct);
        var closed = await db.MailingBatches.AnyAsync(b => b.BusinessDay == due, ct);
        var days = await db.Shipments.AsNoTracking()
            .Where(s => s.Status == ShipmentStatus.Requested && s.MailingBatchId == null && s.Number != "")
            .Select(s => s.ApplicationDay).ToListAsync(ct);
        var dueCount = days.Count(d => MailingSchedule.Joins(d, due, today, calendar));
        var todayCount = days.Count(d => d >= today);
        return new MailingOutlook(today, due, closed, dueCount, days.Count - dueCount - todayCount, todayCount);
    }

    /// <summary>Closes the due batch now ("지금 마감"), as the job does at 00:30; a second click changes nothing.</summary>
    public async Task<MailingCloseResult> CloseNowAsync(CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        return await closer.CloseDueAsync(actor, ct);
    }

    /// <summary>Checks the reason and the batch and returns a one-time link (5 minutes, this staff member only) for the download endpoint.</summary>
    public async Task<string> PrepareDownloadAsync(string number, MailingFileKind kind, string reason, CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        reason = (reason ?? "").Trim();
        if (reason.Length < MinReason) throw new BusinessRuleException($"다운로드 사유를 {MinReason}자 이상 입력하세요. 이 파일에는 이름·주소·연락처가 들어 있습니다.");
        if (reason.Length > MaxReason) throw new BusinessRuleException($"다운로드 사유는 {MaxReason}자 이내로 입력하세요.");
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (!await db.MailingBatches.AnyAsync(b => b.Number == number, ct)) throw new BusinessRuleException("우편 발송 묶음을 찾을 수 없습니다.");
        }
        var token = tokens.Issue(actor.Id, number, kind, reason);
        return $"delivery/mailing/{Uri.EscapeDataString(number)}/{(kind == MailingFileKind.Production ? "production" : "mailing-list")}?token={token}";
    }

    /// <summary>The file for a one-time link: checked against its stored SHA-256 and audited with the reason given.</summary>
    public async Task<MailingFileResult> DownloadAsync(string number, MailingFileKind kind, string token, CancellationToken ct = default)
    {
        var actor = await RequireAsync();
        var reason = tokens.Take(token, actor.Id, number, kind)
            ?? throw new BusinessRuleException("내려받기 링크가 만료되었거나 이미 사용되었습니다. 우편 발송 페이지에서 사유를 입력하고 다시 내려받으세요.");
        return await writer.ExecuteAsync(async (db, t) =>
        {
            var batch = await db.MailingBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Number == number, t)
                ?? throw new BusinessRuleException("우편 발송 묶음을 찾을 수 없습니다.");
            var (content, sha) = kind == MailingFileKind.Production
                ? (batch.ProductionFile, batch.ProductionFileSha256)
                : (batch.MailingList, batch.MailingListSha256);
            if (!string.Equals(MailingFiles.Sha256(content), sha, StringComparison.Ordinal))
                throw new BusinessRuleException("저장된 파일이 마감 때의 SHA-256과 다릅니다. 내려받을 수 없습니다: 관리자에게 알리세요.");
            db.Record(actor, clock.GetUtcNow(), "mailing.download", nameof(MailingBatch), batch.Number,
                after: new { file = kind.ToString(), batch.ShipmentCount, sha256 = sha }, reason: reason);
            return new MailingFileResult(MailingFiles.FileName(batch.Number, kind), content);
        }, ct);
    }

    private async Task<Actor> RequireAsync()
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.ManageMailing);
        return actor;
    }
}

/// <summary>
/// One-time download links of the mailing files: issued after the reason was given on the page, valid for
/// <see cref="Lifetime"/>, for the staff member who asked, once. Kept in memory (a link is followed seconds after it is
/// made, by the same browser, on the same server: the Blazor circuit is sticky).
/// </summary>
public sealed class MailingDownloadTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private sealed record Entry(string ActorId, string Number, MailingFileKind Kind, string Reason, DateTimeOffset ExpiresAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public string Issue(string actorId, string number, MailingFileKind kind, string reason)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
            if (entry.ExpiresAt <= now) _entries.TryRemove(key, out _);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        _entries[token] = new Entry(actorId, number, kind, reason, now + Lifetime);
        return token;
    }

    /// <summary>The reason of a valid link (and the link is spent), or null.</summary>
    public string? Take(string token, string actorId, string number, MailingFileKind kind)
    {
        if (string.IsNullOrEmpty(token) || !_entries.TryRemove(token, out var entry)) return null;
        return entry.ActorId == actorId && entry.Number == number && entry.Kind == kind && entry.ExpiresAt > clock.GetUtcNow() ? entry.Reason : null;
    }
}
