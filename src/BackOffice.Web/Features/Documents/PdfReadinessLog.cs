namespace BackOffice.Web.Features.Documents;

/// <summary>Says at startup, in the log, whether PDFs can be printed here (Chromium and the Nanum fonts) and how to fix it.</summary>
public sealed class PdfReadinessLog(PdfPrinter printer, ILogger<PdfReadinessLog> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (printer.Unavailable() is { } missing)
            log.LogWarning("PDF documents are unavailable: {Missing}", missing);
        else
            log.LogInformation("PDF documents: Chromium and the Nanum fonts are installed");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
