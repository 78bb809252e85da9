using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BackOffice.Tests.BadInput;

/// <summary>A full personal number found where it should not be: the file, the line, the kind and the match masked.</summary>
public sealed record PiiFinding(string File, int Line, string Kind, string Masked)
{
    public override string ToString() => $"{File}:{Line}: {Kind} {Masked}";
}

/// <summary>
/// Scans what an end-to-end run leaves behind (saved page sources, the portal's log, downloaded and exported files) for a
/// full card number (16 digits passing Luhn, with or without spaces or hyphens), a full mobile number (010-XXXX-XXXX and
/// its forms) or a resident registration number (YYMMDD-NNNNNNN with a real month and day) (issue 16 item 7).
/// <para>Allowed: a value the page shows in a <c>MaskedValue</c> that was revealed (<c>&lt;span class="revealed"&gt;</c>:
/// the component only shows it after the unmask dialog took a reason and the read was audited), and values listed in an
/// allow file (one value per line, digits only, each with the e2e test and the reason it was revealed on purpose).</para>
/// <para>Files: .html .htm .txt .log .csv .json .xml as text; .xlsx .docx (their XML parts); .pdf through
/// <c>pdftotext</c> (poppler-utils, installed by scripts/test.sh); images are skipped.</para>
/// </summary>
public static partial class PiiScanner
{
    // Not part of a longer run of digits or letters (hashes, ids and tokens are letters and digits together), nor the
    // decimals of a fraction (MudBlazor's theme writes colours like rgba(0,0,0,0.0196078431372549) into every page).
    [GeneratedRegex(@"(?<![0-9A-Za-z.])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![0-9A-Za-z])")]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])01[016789]([ -]?)\d{3,4}\1\d{4}(?![0-9A-Za-z])")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?[1-8]\d{6}(?![0-9A-Za-z])")]
    private static partial Regex ResidentPattern();

    [GeneratedRegex(@"<span class=""revealed"">([^<]*)</span>")]
    private static partial Regex RevealedPattern();

    private static readonly string[] TextExtensions = [".html", ".htm", ".txt", ".log", ".csv", ".json", ".xml", ".tsv"];
    private static readonly string[] ZipExtensions = [".xlsx", ".docx"];

    public static IReadOnlyList<PiiFinding> ScanFolder(string folder, IReadOnlySet<string>? allowed = null)
    {
        var findings = new List<PiiFinding>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path);
            foreach (var (part, text) in Read(path))
                findings.AddRange(ScanText(part is null ? relative : $"{relative}!{part}", text, allowed));
        }
        return findings;
    }

    /// <summary>The texts of one file: itself, or the XML parts of an Office file, or a PDF's text.</summary>
    private static IEnumerable<(string? Part, string Text)> Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (TextExtensions.Contains(extension))
        {
            yield return (null, File.ReadAllText(path));
        }
        else if (ZipExtensions.Contains(extension))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                yield return (entry.FullName, reader.ReadToEnd());
            }
        }
        else if (extension == ".pdf")
        {
            yield return (null, PdfText(path));
        }
    }

    private static string PdfText(string path)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (install poppler-utils).");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    /// <summary>The findings in one text; <paramref name="name"/> is what a finding names as its file.</summary>
    public static IEnumerable<PiiFinding> ScanText(string name, string text, IReadOnlySet<string>? allowed = null)
    {
        var revealed = RevealedPattern().Matches(text).Select(m => (m.Groups[1].Index, End: m.Groups[1].Index + m.Groups[1].Length)).ToList();
        bool Allowed(Match m) =>
            revealed.Any(r => m.Index >= r.Index && m.Index + m.Length <= r.End) || (allowed?.Contains(Digits(m.Value)) ?? false);

        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') lineStarts.Add(i + 1);
        int LineOf(int index)
        {
            var found = lineStarts.BinarySearch(index);
            return (found >= 0 ? found : ~found - 1) + 1;
        }

        foreach (Match m in CardPattern().Matches(text))
            if (Luhn(Digits(m.Value)) && !Allowed(m))
                yield return new PiiFinding(name, LineOf(m.Index), "card number", Mask(m.Value, keepEnd: 4));
        foreach (Match m in PhonePattern().Matches(text))
            if (!Allowed(m))
                yield return new PiiFinding(name, LineOf(m.Index), "phone number", Mask(m.Value, keepEnd: 4));
        foreach (Match m in ResidentPattern().Matches(text))
            if (!Allowed(m))
                yield return new PiiFinding(name, LineOf(m.Index), "resident registration number", Mask(m.Value, keepEnd: 0, keepStart: 6));
    }

    public static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    public static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>The match with its digits starred except the first <paramref name="keepStart"/> and last <paramref name="keepEnd"/>.</summary>
    public static string Mask(string value, int keepEnd, int keepStart = 0)
    {
        var digits = value.Count(char.IsAsciiDigit);
        var seen = 0;
        var masked = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c)) { masked.Append(c); continue; }
            masked.Append(seen < keepStart || seen >= digits - keepEnd ? c : '*');
            seen++;
        }
        return masked.ToString();
    }

    /// <summary>The allow file: one value per line (its digits count), text after '#' is the reason and the test.</summary>
    public static IReadOnlySet<string> ReadAllowFile(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => Digits(l.Split('#')[0])).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
}
