namespace BackOffice.Web.Features.Cases;

/// <summary>
/// What an uploaded case file really is, from its first bytes (never the name or the browser's type): PDF (%PDF-),
/// PNG, JPEG or TIFF (II*\0 / MM\0*), the papers members send (letters, faxes, screenshots).
/// </summary>
public static class CaseAttachmentSignature
{
    public const string WrongTypeMessage = "첨부 파일은 PDF, PNG, JPG, TIFF만 올릴 수 있습니다.";
    public const string TooLargeMessage = "첨부 파일은 5MB 이하여야 합니다.";
    public const string EmptyMessage = "빈 파일은 올릴 수 없습니다.";

    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.StartsWith((ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00]) || content.StartsWith((ReadOnlySpan<byte>)[0x4D, 0x4D, 0x00, 0x2A]) ? "image/tiff"
        : null;

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes and checks them; refuses in Korean.</summary>
    public static async Task<byte[]> ReadAsync(Stream stream, long maxBytes, CancellationToken ct = default)
    {
        var content = await BoundedUpload.ReadAsync(stream, maxBytes, TooLargeMessage, ct);
        if (content.Length == 0) throw new BusinessRuleException(EmptyMessage);
        if (Detect(content) is null) throw new BusinessRuleException(WrongTypeMessage);
        return content;
    }
}
