using System.Globalization;
using MudBlazor;

namespace BackOffice.Web.Platform.Exports;

public static class ExportStatusColor
{
    public static Color Of(ExportFileStatus status) => status switch
    {
        ExportFileStatus.Done => Color.Success,
        ExportFileStatus.Failed => Color.Error,
        ExportFileStatus.Queued or ExportFileStatus.Running => Color.Info,
        _ => Color.Default,
    };
}

public static class ExportSizes
{
    /// <summary>"812 B", "1.4 KB", "23.0 MB".</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
