using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BackOffice.Tests.Statements;

/// <summary>The text of a PDF as poppler's <c>pdftotext -layout</c> extracts it (what a reader of the paper sees).</summary>
public static partial class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"statement-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return text;
        }
        finally
        {
            // BACKOFFICE_KEEP_PDFS=dir keeps the files to look at (pdftoppm -png -r 60 file.pdf /tmp/x).
            if (Environment.GetEnvironmentVariable("BACKOFFICE_KEEP_PDFS") is { Length: > 0 } keep)
                File.Move(file, Path.Combine(keep, Path.GetFileName(file)));
            else
                File.Delete(file);
        }
    }

    /// <summary>No full card number (16 digits, with or without spaces or hyphens) anywhere in the text.</summary>
    public static void AssertNoFullCardNumber(string text) =>
        Assert.False(FullCardNumber().IsMatch(text), "a full card number appears in the document");

    [GeneratedRegex(@"\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}")]
    private static partial Regex FullCardNumber();
}
