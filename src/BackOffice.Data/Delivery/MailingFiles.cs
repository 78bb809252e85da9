using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Data.Delivery;

/// <summary>Which of a batch's two files.</summary>
public enum MailingFileKind
{
    /// <summary>The card vendor's production file (제작 파일).</summary>
    Production = 0,
    /// <summary>The post office's mailing list (우편 발송 목록).</summary>
    MailingList = 1,
}

/// <summary>One card for the vendor: which card to produce or pick, in which design, for which shipment.</summary>
public sealed record MailingProductionLine(string ShipmentNumber, long CardId, string CardLast4, string ProgramCode, string Design, ShipmentKind Kind, ShipmentMethod Method);

/// <summary>One envelope for the post office.</summary>
public sealed record MailingListLine(string ShipmentNumber, string Name, string Postcode, string RoadAddress, string AddressDetail, string Phone, ShipmentMethod Method);

/// <summary>
/// The two files of a mailing batch (layouts in <c>docs/delivery-files.md</c>): CSV, UTF-8 with a byte-order mark,
/// CRLF line ends, one header row, every cell through <see cref="CsvCell.Of"/> (formula-safe, quoted when needed).
/// <para>The production file carries the card id and the last 4 digits, not the full card number: the number is
/// stored encrypted (<see cref="NumberKeyRing"/>) and the vendor does not need it in a file that is downloaded and
/// e-mailed around — it identifies the card by the portal's card id and checks the last 4 against the card it
/// personalises. The mailing list carries the recipient's phone number only for registered mail (등기: the post office
/// calls or leaves a notice); ordinary mail needs none, so that column is empty.</para>
/// </summary>
public static class MailingFiles
{
    public static readonly string[] ProductionHeader = ["배송번호", "카드ID", "카드번호 끝4자리", "상품코드", "카드 디자인", "발급 구분", "우편 종류"];

    public static readonly string[] MailingListHeader = ["배송번호", "수취인", "우편번호", "도로명주소", "상세주소", "연락처", "우편 종류"];

    public static string MethodName(ShipmentMethod method) => method == ShipmentMethod.Registered ? "등기" : "보통";

    public static byte[] Production(IEnumerable<MailingProductionLine> lines) => Build(ProductionHeader, lines.Select(l => new[]
    {
        l.ShipmentNumber, l.CardId.ToString(CultureInfo.InvariantCulture), l.CardLast4, l.ProgramCode, l.Design, ShipmentLog.Name(l.Kind), MethodName(l.Method),
    }));

    public static byte[] MailingList(IEnumerable<MailingListLine> lines) => Build(MailingListHeader, lines.Select(l => new[]
    {
        l.ShipmentNumber, l.Name, l.Postcode, l.RoadAddress, l.AddressDetail, l.Method == ShipmentMethod.Registered ? l.Phone : "", MethodName(l.Method),
    }));

    public static string Sha256(byte[] file) => Convert.ToHexStringLower(SHA256.HashData(file));

    public static string FileName(string batchNumber, MailingFileKind kind) =>
        kind == MailingFileKind.Production ? $"card-production-{batchNumber}.csv" : $"mailing-list-{batchNumber}.csv";

    private static byte[] Build(string[] header, IEnumerable<string[]> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', header.Select(CsvCell.Of))).Append("\r\n");
        foreach (var row in rows) csv.Append(string.Join(',', row.Select(CsvCell.Of))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
