namespace BackOffice.Web.Features.CardIntake;

/// <summary>
/// What an uploaded card photo really is, from its first bytes, never from the name or the type the browser declared
/// (issue 10 item 8): JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A) or WebP (RIFF, 4 size bytes, WEBP).
/// </summary>
public static class PhotoSignature
{
    public sealed record PhotoKind(string ContentType, string Extension);

    public static readonly PhotoKind Jpeg = new("image/jpeg", ".jpg");
    public static readonly PhotoKind Png = new("image/png", ".png");
    public static readonly PhotoKind WebP = new("image/webp", ".webp");

    public const string NotAPhotoMessage = "사진은 JPG, PNG, WEBP 파일만 올릴 수 있습니다.";
    public const string TooLargeMessage = "사진은 5MB 이하여야 합니다.";
    public const string EmptyMessage = "빈 파일은 올릴 수 없습니다.";

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> Webp => "WEBP"u8;

    /// <summary>The image kind of these bytes, or null when they are not a JPEG, PNG or WebP file.</summary>
    public static PhotoKind? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(JpegMagic)) return Jpeg;
        if (content.StartsWith(PngMagic)) return Png;
        if (content.Length >= 12 && content.StartsWith(Riff) && content[8..12].SequenceEqual(Webp)) return WebP;
        return null;
    }

    /// <summary>The Korean refusal for this upload, or null when it is a photo within the size limit.</summary>
    public static string? Problem(ReadOnlySpan<byte> content, long maxBytes) =>
        content.Length == 0 ? EmptyMessage
        : content.Length > maxBytes ? TooLargeMessage
        : Detect(content) is null ? NotAPhotoMessage
        : null;

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> + 1 bytes (whatever size was declared) and checks them; throws
    /// <see cref="BusinessRuleException"/> with the Korean message when the upload is refused.
    /// </summary>
    public static async Task<(byte[] Content, PhotoKind Kind)> ReadAsync(Stream stream, long maxBytes, CancellationToken ct = default)
    {
        var content = await BoundedUpload.ReadAsync(stream, maxBytes, TooLargeMessage, ct);
        if (Problem(content, maxBytes) is { } problem) throw new BusinessRuleException(problem);
        return (content, Detect(content)!);
    }
}
