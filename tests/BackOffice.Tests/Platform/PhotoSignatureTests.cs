using System.Text;

namespace BackOffice.Tests.Platform;

/// <summary>Issue 10 item 8: photos are judged by their bytes (signature, real size), not by the declared type or name.</summary>
public class PhotoSignatureTests
{
    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]; // JFIF
    private static readonly byte[] JpegExif = [0xFF, 0xD8, 0xFF, 0xE1, 0x12, 0x34, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // a phone camera
    private static readonly byte[] PngStart = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] WebpStart = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];

    public static TheoryData<string, byte[], string?> Files => new()
    {
        { "JPEG (JFIF)", JpegStart, "image/jpeg" },
        { "JPEG (Exif)", JpegExif, "image/jpeg" },
        { "PNG", PngStart, "image/png" },
        { "WebP", WebpStart, "image/webp" },
        { "a text file renamed card.jpg", Encoding.UTF8.GetBytes("카드 번호 메모\r\nhello"), null },
        { "HTML with a script", Encoding.UTF8.GetBytes("<html><script>alert(1)</script>"), null },
        { "a PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n"), null },
        { "a GIF (not accepted)", Encoding.ASCII.GetBytes("GIF89a\x01\x00"), null },
        { "RIFF but a WAV", [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WAVEfmt "u8], null },
        { "PNG signature cut short", PngStart[..7], null },
        { "two bytes of JPEG", JpegStart[..2], null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_content_signature_decides_the_type(string clause, byte[] content, string? expected)
    {
        Assert.True(expected == PhotoSignature.Detect(content)?.ContentType, clause);
        Assert.True((expected is null ? PhotoSignature.NotAPhotoMessage : null) == PhotoSignature.Problem(content, 1000), clause);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused_in_Korean()
    {
        Assert.Equal(PhotoSignature.EmptyMessage, PhotoSignature.Problem([], 1000));
        var big = new byte[1001];
        JpegStart.CopyTo(big, 0);
        Assert.Equal(PhotoSignature.TooLargeMessage, PhotoSignature.Problem(big, 1000));
        Assert.Null(PhotoSignature.Problem(big[..1000], 1000)); // exactly the limit is allowed
    }

    [Fact]
    public async Task Reading_stops_past_the_limit_whatever_size_was_declared()
    {
        var big = new byte[CardIntakeService.MaxPhotoBytes + 10];
        JpegStart.CopyTo(big, 0);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => PhotoSignature.ReadAsync(new MemoryStream(big), CardIntakeService.MaxPhotoBytes));
        Assert.Equal("사진은 5MB 이하여야 합니다.", refused.Message);

        var text = await Assert.ThrowsAsync<BusinessRuleException>(() => PhotoSignature.ReadAsync(new MemoryStream("just text"u8.ToArray()), 1000));
        Assert.Equal(PhotoSignature.NotAPhotoMessage, text.Message);

        var (content, kind) = await PhotoSignature.ReadAsync(new MemoryStream(PngStart), 1000);
        Assert.Equal((PngStart.Length, ".png"), (content.Length, kind.Extension));
    }
}
