namespace BackOffice.Data.Platform.Exports;

/// <summary>CSV cells for every file the portal writes (transfer files, mailing lists, reconciliation exports).</summary>
public static class CsvCell
{
    /// <summary>One CSV cell: neutralised against formula injection (=, +, -, @, tab, carriage return at the start get an
    /// apostrophe), quoted when it holds a comma, quote or line break.</summary>
    public static string Of(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
