namespace BackOffice.Web.Platform.Documents;

/// <summary>Configuration section <c>Documents:Pdf</c>.</summary>
public sealed class PdfPrinterOptions
{
    public const string Section = "Documents:Pdf";

    /// <summary>The system Chromium (Debian's <c>chromium</c>); Playwright's own browser download does not work here.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>The folder of the Korean fonts (Debian's <c>fonts-nanum</c>).</summary>
    public string FontFolder { get; set; } = "/usr/share/fonts/truetype/nanum";

    /// <summary>Documents printed at once; more wait their turn. Also the number of warm pages kept open.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Time limit for one document, waiting for a slot included (fractions allowed, e.g. 0.5).</summary>
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>A warm page is closed and replaced after this many documents (keeps a long-lived page's memory bounded).</summary>
    public int PageReuseLimit { get; set; } = 200;
}
