using System.Text;

namespace BackOffice.Data.Platform.Exports;

/// <summary>The data records of an uploaded CSV with their line numbers (header = 1), and the rows with the wrong number of cells.</summary>
public sealed record CsvRecords(IReadOnlyList<(int Line, string[] Cells)> Records, IReadOnlyList<(int Line, string FirstCell, string Reason)> WrongWidth);

/// <summary>
/// Reading the CSV files staff upload (the card vendor's and post office's shipment files, the payment gateway's and the
/// bank's payment files): strict UTF-8 with an optional BOM, a required header row, RFC 4180 quoting, size and row limits.
/// A whole-file problem is a Korean <see cref="BusinessRuleException"/>; a row with the wrong number of cells is listed.
/// </summary>
public static class CsvUpload
{
    /// <param name="verb">How the screen calls taking a file in ("가져올", "반영할"), for the limit messages.</param>
    /// <param name="requireRows">Refuse a file that has only its header.</param>
    public static CsvRecords Read(byte[] bytes, string[] header, int maxBytes, int maxRows, string verb, bool requireRows)
    {
        if (bytes.Length == 0) throw new BusinessRuleException("빈 파일입니다.");
        if (bytes.Length > maxBytes) throw new BusinessRuleException($"파일이 너무 큽니다 ({bytes.Length:#,0}바이트). 최대 {maxBytes / 1024 / 1024}MB까지 {verb} 수 있습니다.");
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BusinessRuleException("UTF-8 파일이 아닙니다. UTF-8로 저장한 CSV를 올리세요.");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var lines = Parse(text);
        if (lines.Count == 0 || !lines[0].Cells.Select(c => c.Trim()).SequenceEqual(header))
            throw new BusinessRuleException($"첫 줄에 머리글이 필요합니다: {string.Join(",", header)}");
        var data = lines.Skip(1).Where(l => !(l.Cells.Length == 1 && l.Cells[0].Trim().Length == 0)).ToList();
        if (requireRows && data.Count == 0) throw new BusinessRuleException("머리글 외에 행이 없습니다.");
        if (data.Count > maxRows) throw new BusinessRuleException($"행이 너무 많습니다 ({data.Count:#,0}행). 한 파일에 최대 {maxRows:#,0}행까지 {verb} 수 있습니다.");
        var records = new List<(int, string[])>();
        var wrongWidth = new List<(int, string, string)>();
        foreach (var (line, cells) in data)
        {
            if (cells.Length != header.Length) wrongWidth.Add((line, cells[0].Trim(), $"칸이 {cells.Length}개입니다 ({header.Length}개여야 합니다)."));
            else records.Add((line, cells));
        }
        return new CsvRecords(records, wrongWidth);
    }

    /// <summary>RFC 4180 records (quoted cells may hold commas, quotes and line breaks), each with the line it starts on.</summary>
    public static List<(int Line, string[] Cells)> Parse(string text)
    {
        var result = new List<(int, string[])>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    result.Add((start, cells.ToArray()));
                    cells.Clear();
                    cell.Clear();
                    any = false;
                    start = ++line;
                    break;
                default:
                    cell.Append(c);
                    any = true;
                    break;
            }
        }
        if (any || cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            result.Add((start, cells.ToArray()));
        }
        return result;
    }
}
