namespace BackOffice.Web.Platform.Ui;

/// <summary>Reads an uploaded stream into memory, but never more than the limit (whatever size the browser declared).</summary>
public static class BoundedUpload
{
    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes; refuses with <paramref name="tooLargeMessage"/> beyond the limit.</summary>
    public static async Task<byte[]> ReadAsync(Stream stream, long maxBytes, string tooLargeMessage, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw new BusinessRuleException(tooLargeMessage);
        }
        return buffer.ToArray();
    }
}
