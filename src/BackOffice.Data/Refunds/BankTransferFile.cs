using System.Text;

namespace BackOffice.Data.Refunds;

public sealed record TransferLine(string RequestNo, string BankName, string AccountNumber, string Holder, long Amount);

/// <summary>
/// The bank transfer file of a payout batch: CSV in UTF-8 with a byte-order mark (Excel opens Korean text right),
/// one line per refund and a closing total line. Cells that a spreadsheet would run as a formula (=, +, -, @, tab,
/// carriage return at the start) are prefixed with an apostrophe.
/// </summary>
public static class BankTransferFile
{
    public static readonly string[] Header = ["순번", "은행", "계좌번호", "예금주", "금액", "적요"];

    public static byte[] Build(string batchNo, IReadOnlyList<TransferLine> lines)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Header)).Append("\r\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            csv.Append(string.Join(',', new[]
            {
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(l.BankName), Cell(l.AccountNumber), Cell(l.Holder),
                l.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell($"환불 {l.RequestNo}"),
            })).Append("\r\n");
        }
        csv.Append(string.Join(',', new[] { "합계", "", "", Cell($"{lines.Count}건"), lines.Sum(l => l.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(batchNo) }))
            .Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>One CSV cell (<see cref="CsvCell.Of"/>).</summary>
    public static string Cell(string value) => CsvCell.Of(value);
}
