namespace BackOffice.Web.Platform.Documents;

/// <summary>
/// What every document component receives as its <c>Context</c> parameter: the number, issue time and issuer the
/// header prints. A preview gets <see cref="Preview"/> with the number "미리보기" and the same layout.
/// </summary>
public sealed record DocumentContext(string Number, DateTimeOffset IssuedAt, string IssuerName, bool IsPreview)
{
    public const string PreviewNumber = "미리보기";

    public static DocumentContext Preview(DateTimeOffset now, string issuerName) => new(PreviewNumber, now, issuerName, true);
}

/// <summary>
/// One issue command: which document, about whom, why. <see cref="IdempotencyKey"/> makes a double click issue one
/// document; <see cref="Parameters"/> are the component's own parameters (besides <c>Context</c>).
/// </summary>
public sealed record DocumentRequest(
    string Kind, string Title, long? MemberId, string Subject, string Reason, string IdempotencyKey,
    IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// An issued (or reprinted) document: the PDF bytes and what identifies them. <see cref="DownloadUrl"/> (with its
/// one-time <see cref="DownloadToken"/>) lets the same staff member fetch this hand-out's file once over plain HTTP
/// within 10 minutes instead of carrying the bytes over the circuit; null for a repeated issue command.
/// </summary>
public sealed record IssuedPdf(long Id, string Number, string Title, string FileName, string Sha256, byte[] Content, bool IsReprint)
{
    public string? DownloadToken { get; init; }
    public string? DownloadUrl { get; init; }
}
