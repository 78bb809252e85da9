namespace BackOffice.Web.Platform.Documents;

/// <summary>Configuration section <c>Documents:Pdf</c>.</summary>
public sealed class PdfPrinterOptions
{
    public const string Section = "Documents:Pdf";

    /// <summary>The system Chromium (Debian's <c>chromium</c>); Playwright's own browser download does not work here.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Documents printed at once; more wait their turn.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Time limit for one document, waiting included.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}
