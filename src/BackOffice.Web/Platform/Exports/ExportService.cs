namespace BackOffice.Web.Platform.Exports;

/// <summary>
/// Starts exports as background jobs and hands out their files (issue 12 item 5). FOUNDATION CONTRACT: the signature
/// is fixed so the workflows can call it; the files part of issue 12 implements it (runner, progress, 내 파일, download).
/// </summary>
public class ExportService
{
    /// <summary>Checks the kind's permission and parameters (and, for personal data, the reason and a fresh code), queues
    /// the job and returns the id of the file it will produce. Korean refusals as <see cref="CommandRefusedException"/>.</summary>
    public virtual Task<long> StartAsync(string kindKey, ExportParameters parameters, string? reason, CancellationToken ct = default) =>
        throw new NotSupportedException("issue 12 item 5 (files) implements the export runner");
}
