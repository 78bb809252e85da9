using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Platform.Documents;

/// <summary>Whether an uploaded file is the document issued under a number.</summary>
public sealed record DocumentVerification(bool Genuine, string Message, string? Title, DateTimeOffset? IssuedAt, string? IssuedByName);

/// <summary>
/// Issues PDFs: takes a document number, renders the component to HTML, prints it, stores the file with its SHA-256,
/// and logs every hand-out (the first print and each reprint of the same number). The number is taken in one short
/// transaction and the file stored in a second one, so no database transaction waits on the browser; a print that
/// fails leaves the number recorded as void.
/// </summary>
public sealed class DocumentIssuer(
    IDbContextFactory<AppDbContext> factory, DbWriter writer, CurrentActor currentActor, DocumentHtml html, PdfPrinter printer,
    TimeProvider clock)
{
    public const string NumberSeries = "document";
    public const string NumberPrefix = "D";
    public const int RetentionYears = DocumentRetention.PolicyYears;

    /// <summary>How long the one-time download link of a hand-out stays valid.</summary>
    public static readonly TimeSpan DownloadTokenLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The HTML of the document as it would be issued, with "미리보기" in place of the number.</summary>
    public async Task<string> PreviewAsync(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.IssueDocuments);
        return await html.RenderAsync(component, DocumentContext.Preview(clock.GetUtcNow(), actor.Name), parameters);
    }

    public async Task<IssuedPdf> IssueAsync(Type component, DocumentRequest request, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.IssueDocuments);
        var key = Idempotency.RequireClientKey(request.IdempotencyKey);
        var reason = (request.Reason ?? "").Trim();
        if (reason.Length is < 2 or > 200) throw new BusinessRuleException("발급 사유를 2자 이상 200자 이하로 입력하세요.");

        var now = clock.GetUtcNow();
        var (id, number, repeatedStatus, repeatedFailure) = await writer.ExecuteAsync(async (db, token) =>
        {
            var repeated = await db.IssuedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.IdempotencyKey == key, token);
            if (repeated is not null) return (repeated.Id, repeated.Number, (IssuedDocumentStatus?)repeated.Status, repeated.FailureReason);
            var programs = request.MemberId is { } memberId
                ? await db.Cards.Where(c => c.MemberId == memberId).Select(c => c.Program!.Code).Distinct().ToListAsync(token)
                : [];
            var retention = DocumentRetention.For(programs);
            var doc = new IssuedDocument
            {
                Number = await BusinessNumbers.NextNumberAsync(db, NumberSeries, NumberPrefix, clock.TodayKst(), token),
                Kind = request.Kind,
                Title = request.Title,
                Status = IssuedDocumentStatus.Printing,
                MemberId = request.MemberId,
                Subject = request.Subject,
                Reason = reason,
                IssuedBy = actor.Id,
                IssuedByName = actor.Name,
                IssuedAt = now,
                RetainUntil = DocumentRetention.RetainUntil(clock.TodayKst(), retention),
                RetentionRule = retention.Rule,
                IdempotencyKey = key,
            };
            db.IssuedDocuments.Add(doc);
            await db.SaveChangesAsync(token);
            return (doc.Id, doc.Number, (IssuedDocumentStatus?)null, (string?)null);
        }, ct);
        // A repeated command (a double click, a retry) never prints a second time: it gets the first one's outcome.
        switch (repeatedStatus)
        {
            case IssuedDocumentStatus.Issued: return await HandOutAsync(number, false, null, ct);
            case IssuedDocumentStatus.Printing: throw new BusinessRuleException($"같은 발급 요청({number})을 처리하는 중입니다. 잠시 후 문서 목록에서 확인하세요.");
            case IssuedDocumentStatus.Void: throw new BusinessRuleException($"같은 발급 요청({number})은 출력에 실패해 무효 처리되었습니다: {repeatedFailure}");
        }

        byte[] pdf;
        try
        {
            var context = new DocumentContext(number, now, actor.Name, false);
            var body = await html.RenderAsync(component, context, request.Parameters);
            pdf = await printer.PrintAsync(body, Header(request.Title, context), ct);
        }
        catch (Exception e)
        {
            await writer.ExecuteAsync(async (db, token) =>
            {
                var doc = await db.IssuedDocuments.SingleAsync(d => d.Id == id, token);
                if (doc.Status != IssuedDocumentStatus.Printing) return;
                doc.Status = IssuedDocumentStatus.Void;
                doc.FailureReason = e is CommandRefusedException ? e.Message : "문서 출력 중 오류가 났습니다.";
                db.Record(actor, clock.GetUtcNow(), "document.void", nameof(IssuedDocument), number, after: new { doc.Kind, doc.FailureReason },
                    memberId: doc.MemberId);
            }, CancellationToken.None);
            throw;
        }

        var downloadToken = NewDownloadToken();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var doc = await db.IssuedDocuments.SingleAsync(d => d.Id == id, token);
            if (doc.Status != IssuedDocumentStatus.Printing) throw new BusinessRuleException("문서 번호의 상태가 바뀌어 저장하지 않았습니다.");
            doc.Content = pdf;
            doc.Size = pdf.Length;
            doc.Sha256 = Sha256Hex(pdf);
            doc.PageCount = PdfPages.Count(pdf);
            doc.Status = IssuedDocumentStatus.Issued;
            db.DocumentPrints.Add(new DocumentPrint
            {
                DocumentId = doc.Id,
                IsReprint = false,
                PrintedBy = actor.Id,
                PrintedByName = actor.Name,
                PrintedAt = clock.GetUtcNow(),
                Reason = reason,
                DownloadTokenHash = Sha256Hex(System.Text.Encoding.ASCII.GetBytes(downloadToken)),
                DownloadTokenExpiresAt = clock.GetUtcNow() + DownloadTokenLifetime,
            });
            db.Record(actor, clock.GetUtcNow(), "document.issue", nameof(IssuedDocument), number,
                after: new { doc.Kind, doc.Title, doc.Subject, doc.Sha256, doc.Size, doc.PageCount, doc.RetainUntil, doc.RetentionRule },
                reason: reason, memberId: doc.MemberId);
        }, ct);
        return await HandOutAsync(number, false, downloadToken, ct);
    }

    /// <summary>The same file under the same number, logged as a reprint.</summary>
    public async Task<IssuedPdf> ReprintAsync(string number, string reason, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.IssueDocuments);
        var why = (reason ?? "").Trim();
        if (why.Length is < 2 or > 200) throw new BusinessRuleException("재출력 사유를 2자 이상 200자 이하로 입력하세요.");
        var downloadToken = NewDownloadToken();
        await writer.ExecuteAsync(async (db, token) =>
        {
            var doc = await db.IssuedDocuments.FirstOrDefaultAsync(d => d.Number == number, token)
                ?? throw new BusinessRuleException("해당 번호로 발급된 문서가 없습니다.");
            if (doc.Status != IssuedDocumentStatus.Issued) throw new BusinessRuleException("출력에 실패해 무효 처리된 번호입니다.");
            if (doc.ContentDeletedAt is not null)
                throw new BusinessRuleException($"보존 기간({doc.RetainUntil:yyyy-MM-dd}까지, {doc.RetentionRule})이 지나 파일을 삭제했습니다. 재출력할 수 없고, 새로 발급해야 합니다.");
            db.DocumentPrints.Add(new DocumentPrint
            {
                DocumentId = doc.Id,
                IsReprint = true,
                PrintedBy = actor.Id,
                PrintedByName = actor.Name,
                PrintedAt = clock.GetUtcNow(),
                Reason = why,
                DownloadTokenHash = Sha256Hex(System.Text.Encoding.ASCII.GetBytes(downloadToken)),
                DownloadTokenExpiresAt = clock.GetUtcNow() + DownloadTokenLifetime,
            });
            db.Record(actor, clock.GetUtcNow(), "document.reprint", nameof(IssuedDocument), number, reason: why, memberId: doc.MemberId);
        }, ct);
        return await HandOutAsync(number, true, downloadToken, ct);
    }

    /// <summary>
    /// Says whether <paramref name="file"/> is, byte for byte, the document issued under <paramref name="number"/>. The
    /// comparison is by the stored SHA-256, so it still works after the retention job deleted the file. Every check is
    /// audited (<c>document.verify</c>) with the result and the uploaded file's hash.
    /// </summary>
    public async Task<DocumentVerification> VerifyAsync(string number, byte[] file, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.VerifyDocuments);
        var wanted = (number ?? "").Trim().ToUpperInvariant();
        if (wanted.Length is 0 or > 40) throw new BusinessRuleException("문서번호를 입력하세요 (예: D20261201-000001).");
        if (file is null || file.Length == 0) throw new BusinessRuleException("확인할 PDF 파일을 올려 주세요.");
        var uploaded = Sha256Hex(file);
        return await writer.ExecuteAsync(async (db, token) =>
        {
            var doc = await db.IssuedDocuments.AsNoTracking()
                .Where(d => d.Number == wanted)
                .Select(d => new { d.Title, d.IssuedAt, d.IssuedByName, d.Sha256, d.Status, d.MemberId })
                .FirstOrDefaultAsync(token);
            DocumentVerification result = doc is null || doc.Status != IssuedDocumentStatus.Issued
                ? new(false, "이 번호로 발급된 문서가 없습니다.", null, null, null)
                : uploaded == doc.Sha256
                    ? new(true, "발급된 문서와 일치합니다. 위조·변경되지 않은 원본입니다.", doc.Title, doc.IssuedAt, doc.IssuedByName)
                    : new(false, "발급된 문서와 다릅니다. 파일이 바뀌었거나 다른 문서입니다.", doc.Title, doc.IssuedAt, doc.IssuedByName);
            db.Record(actor, clock.GetUtcNow(), "document.verify", nameof(IssuedDocument), wanted,
                after: new { result.Genuine, uploadedSha256 = uploaded, uploadedSize = file.Length }, memberId: doc?.MemberId);
            return result;
        }, ct);
    }

    /// <summary>
    /// The file of a hand-out (an issue or a reprint) for the download endpoint: the one-time token that
    /// <see cref="IssueAsync"/> or <see cref="ReprintAsync"/> returned, used by the same staff member within
    /// <see cref="DownloadTokenLifetime"/>, once. Not a new hand-out: it is the file of the print the token belongs to,
    /// marked downloaded and audited (<c>document.download</c>).
    /// </summary>
    public async Task<IssuedPdf> DownloadAsync(string number, string downloadToken, CancellationToken ct = default)
    {
        var actor = await currentActor.GetAsync();
        actor.Require(Permission.IssueDocuments);
        const string refused = "내려받기 링크가 올바르지 않거나 이미 사용되었거나 만료되었습니다. 문서 목록에서 재출력하세요.";
        if (string.IsNullOrWhiteSpace(downloadToken) || downloadToken.Length > 100) throw new BusinessRuleException(refused);
        var hash = Sha256Hex(System.Text.Encoding.ASCII.GetBytes(downloadToken));
        var reprint = await writer.ExecuteAsync(async (db, token) =>
        {
            var now = clock.GetUtcNow();
            var print = await db.DocumentPrints.AsNoTracking()
                .Where(p => p.DownloadTokenHash == hash && p.Document!.Number == number)
                .Select(p => new { p.Id, p.PrintedBy, p.DownloadTokenExpiresAt, p.IsReprint, p.Document!.MemberId, p.Document.ContentDeletedAt })
                .FirstOrDefaultAsync(token);
            if (print is null || print.PrintedBy != actor.Id || print.DownloadTokenExpiresAt < now || print.ContentDeletedAt is not null)
                throw new BusinessRuleException(refused);
            // Used once: the first request that clears the token wins, a racing second one finds nothing to update.
            var claimed = await db.DocumentPrints
                .Where(p => p.Id == print.Id && p.DownloadTokenHash == hash)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.DownloadTokenHash, (string?)null).SetProperty(p => p.DownloadedAt, now), token);
            if (claimed != 1) throw new BusinessRuleException(refused);
            db.Record(actor, now, "document.download", nameof(IssuedDocument), number,
                after: new { printId = print.Id, print.IsReprint }, memberId: print.MemberId);
            return print.IsReprint;
        }, ct);
        return await HandOutAsync(number, reprint, null, ct);
    }

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<IssuedPdf> HandOutAsync(string number, bool reprint, string? downloadToken, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var doc = await db.IssuedDocuments.AsNoTracking().SingleAsync(d => d.Number == number, ct);
        if (doc.Status != IssuedDocumentStatus.Issued) throw new BusinessRuleException("문서를 아직 출력하는 중이거나 출력에 실패했습니다. 잠시 후 다시 시도하세요.");
        return new IssuedPdf(doc.Id, doc.Number, doc.Title, $"{doc.Number}.pdf", doc.Sha256, doc.Content, reprint)
        {
            DownloadToken = downloadToken,
            DownloadUrl = downloadToken is null ? null : DownloadPath(doc.Number, downloadToken),
        };
    }

    /// <summary>The endpoint path that hands out a print's file once: <c>/documents/{number}.pdf?token=…</c>.</summary>
    public static string DownloadPath(string number, string downloadToken) =>
        $"/documents/{Uri.EscapeDataString(number)}.pdf?token={Uri.EscapeDataString(downloadToken)}";

    private static string NewDownloadToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The header Chromium repeats on every page: number, issue time (Korea), issuer.</summary>
    private static string Header(string title, DocumentContext context) =>
        "<div style=\"font-size:8px;width:100%;padding:0 14mm;display:flex;justify-content:space-between;font-family:'NanumGothic'\">" +
        $"<span>{WebUtility.HtmlEncode(title)}</span><span>문서번호 {WebUtility.HtmlEncode(context.Number)} · 발급 {context.IssuedAt.ToKst():yyyy-MM-dd HH:mm} · 발급자 {WebUtility.HtmlEncode(context.IssuerName)}</span></div>";
}
