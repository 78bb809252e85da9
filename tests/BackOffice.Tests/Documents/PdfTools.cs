using System.Diagnostics;
using System.Globalization;

namespace BackOffice.Tests.Documents;

/// <summary>poppler's command-line tools (Debian <c>poppler-utils</c>) run as processes, and the printer's Chromium found by its tag.</summary>
internal static class PdfTools
{
    /// <summary>The text of a PDF as <c>pdftotext -layout file.pdf -</c> prints it.</summary>
    public static async Task<string> TextAsync(byte[] pdf) => await RunAsync("pdftotext", pdf, "-layout");

    /// <summary>The page count <c>pdfinfo</c> reports.</summary>
    public static async Task<int> PagesAsync(byte[] pdf)
    {
        var info = await RunAsync("pdfinfo", pdf, null);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string tool, byte[] pdf, string? option)
    {
        var file = Path.Combine(Path.GetTempPath(), $"doc-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (option is not null) start.ArgumentList.Add(option);
            start.ArgumentList.Add(file);
            if (tool == "pdftotext") start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Kills the main process of the printer's Chromium (the one without <c>--type=</c>) and waits until it is gone.</summary>
    public static int KillBrowser(PdfPrinter printer)
    {
        var killed = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string cmdline;
            try
            {
                cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            if (!cmdline.Contains(printer.InstanceTag, StringComparison.Ordinal) || cmdline.Contains("--type=", StringComparison.Ordinal)) continue;
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            killed++;
        }
        return killed;
    }
}
