using Microsoft.JSInterop;

namespace BackOffice.Web.Features.Statements;

/// <summary>A document ready to preview or issue: the component, its data (loaded once, so what is previewed is what is issued) and its description.</summary>
public sealed record DocumentDraft(Type Component, string Kind, string Title, long? MemberId, string Subject, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// The four documents of issue 12 item 2 on top of the platform pipeline (<see cref="DocumentIssuer"/>): each draft
/// method loads the data through the workflow's own query (with its permission), <see cref="PreviewAsync"/> renders the
/// HTML with "미리보기" for the number, <see cref="IssueAsync"/> issues the PDF with a number, a reason and an audit row.
/// </summary>
public sealed class StatementService(
    DocumentIssuer issuer, StatementQueries queries, LostCardService lostCards, RefundQueries refunds, PayoutService payouts)
{
    public async Task<DocumentDraft> StatementAsync(long memberId, long? cardId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var statement = await queries.TransactionStatementAsync(memberId, cardId, from, to, ct);
        return new DocumentDraft(typeof(TransactionStatementDocument), StatementKinds.TransactionStatement, "거래내역서", memberId,
            $"{statement.MemberNo} {statement.Scope} {Fmt.Date(from)}~{Fmt.Date(to)}",
            new Dictionary<string, object?> { [nameof(TransactionStatementDocument.Statement)] = statement });
    }

    public async Task<DocumentDraft> LostCardReceiptAsync(string reportNo, CancellationToken ct = default)
    {
        var receipt = await lostCards.GetReceiptAsync(reportNo, ct) ?? throw new BusinessRuleException("신고를 찾을 수 없습니다.");
        return new DocumentDraft(typeof(LostCardReceiptDocument), StatementKinds.LostCardReceipt, $"카드 {LossNames.Of(receipt.Kind)} 신고 접수증",
            receipt.MemberId, $"{receipt.ReportNo} {receipt.MaskedCardNumber}",
            new Dictionary<string, object?> { [nameof(LostCardReceiptDocument.Receipt)] = receipt });
    }

    public async Task<DocumentDraft> RefundLetterAsync(string requestNo, CancellationToken ct = default)
    {
        var detail = await refunds.DetailAsync(requestNo, ct) ?? throw new BusinessRuleException("환불 요청을 찾을 수 없습니다.");
        return new DocumentDraft(typeof(RefundLetterDocument), StatementKinds.RefundLetter, "환불 결정 통지서", detail.Row.MemberId,
            detail.Row.RequestNo, new Dictionary<string, object?> { [nameof(RefundLetterDocument.Detail)] = detail });
    }

    public async Task<DocumentDraft> PayoutBatchAsync(string batchNo, CancellationToken ct = default)
    {
        var summary = await queries.PayoutBatchAsync(batchNo, payouts, ct) ?? throw new BusinessRuleException("지급 배치를 찾을 수 없습니다.");
        return new DocumentDraft(typeof(PayoutBatchDocument), StatementKinds.PayoutBatchSummary, "환불 지급 배치 요약", null,
            summary.Detail.Batch.BatchNo, new Dictionary<string, object?> { [nameof(PayoutBatchDocument.Summary)] = summary });
    }

    public Task<string> PreviewAsync(DocumentDraft draft) => issuer.PreviewAsync(draft.Component, draft.Parameters);

    public Task<IssuedPdf> IssueAsync(DocumentDraft draft, string reason, string idempotencyKey, CancellationToken ct = default) =>
        issuer.IssueAsync(draft.Component, new DocumentRequest(draft.Kind, draft.Title, draft.MemberId, draft.Subject, reason, idempotencyKey, draft.Parameters), ct);

    public Task<IssuedPdf> ReprintAsync(string number, string reason, CancellationToken ct = default) => issuer.ReprintAsync(number, reason, ct);

    /// <summary>Hands the PDF to the browser from the circuit (wwwroot/js/documents.js): no URL, so nothing to guess or replay.</summary>
    public static async Task DownloadAsync(IJSRuntime js, IssuedPdf pdf)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/documents.js");
        using var stream = new MemoryStream(pdf.Content);
        using var reference = new DotNetStreamReference(stream, leaveOpen: true);
        await module.InvokeVoidAsync("downloadFile", pdf.FileName, "application/pdf", reference);
    }
}
