using System.Globalization;

namespace BackOffice.Data.Credits;

/// <summary>A row of the payment gateway's card settlement file: one state of one card top-up (001 §2.2.1).</summary>
public sealed record GatewayRow(int Line, string TransactionId, string MemberNo, long Amount, TopUpStatus Status, DateTimeOffset At,
    string Institution, string ApprovalNumber, string Reason);

/// <summary>A row of the virtual-account deposit file: one deposit into a one-time virtual account (001 §2.2.2).</summary>
public sealed record DepositRow(int Line, string TransactionId, string AccountNumber, long Amount, DateTimeOffset DepositedAt, string Bank);

/// <summary>A row refused with its line number (1 = the header) and the Korean reason; nothing of it is applied.</summary>
public sealed record PaymentRejectedRow(int Line, string TransactionId, string Reason)
{
    public override string ToString() => $"{Line}행: {Reason}";
}

/// <summary>A read file: the rows that passed the checks of the file itself and the rows that did not.</summary>
public sealed record PaymentFileRead<T>(IReadOnlyList<T> Rows, IReadOnlyList<PaymentRejectedRow> Rejected, int RowCount);

/// <summary>
/// The two payment files that come in (layouts in <c>docs/payment-files.md</c>): CSV, UTF-8 (a BOM is allowed), a header
/// row with exactly the documented column names, at most <see cref="MaxRows"/> rows and <see cref="MaxBytes"/> bytes.
/// A file that breaks those is refused as a whole (<see cref="BusinessRuleException"/>); a row that breaks a row rule is
/// listed in <see cref="PaymentFileRead{T}.Rejected"/> with its line and reason, and the others go on to the checks of
/// the import against the top-ups. Cells are text and stay text: a cell starting with =, +, - or @ is kept as written
/// and never evaluated.
/// </summary>
public static class PaymentFiles
{
    public const int MaxRows = 10_000;
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxTransactionId = 64;
    public const int MaxMemberNo = 16;
    public const int MaxInstitution = 50;
    public const int MaxApprovalNumber = 32;
    public const int MaxAccountNumber = 32;
    public const int MaxReason = 300;
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";
    public const string CardMethod = "신용카드";

    public static readonly string[] GatewayHeader = ["거래번호", "회원번호", "결제수단", "금액", "상태", "상태일시", "카드사", "승인번호", "사유"];
    public static readonly string[] DepositHeader = ["거래번호", "가상계좌번호", "입금액", "입금일시", "입금은행"];

    /// <summary>The card payment states a settlement row may carry, by their Korean names (<see cref="TopUpLog.Name(TopUpStatus)"/>).</summary>
    public static readonly IReadOnlyDictionary<string, TopUpStatus> GatewayStatuses = new[]
    {
        TopUpStatus.ApprovalRequested, TopUpStatus.Approved, TopUpStatus.PurchasePending, TopUpStatus.PurchaseRequested,
        TopUpStatus.Purchased, TopUpStatus.PurchaseReturned, TopUpStatus.PurchaseFailed, TopUpStatus.ApprovalCancelled,
    }.ToDictionary(s => TopUpLog.Name(s), StringComparer.Ordinal);

    /// <summary>The states whose row must give the reason (001 §2.2.1: 매입반송은 건별 사유, 매입실패).</summary>
    public static readonly IReadOnlySet<TopUpStatus> ReasonRequired = new HashSet<TopUpStatus> { TopUpStatus.PurchaseReturned, TopUpStatus.PurchaseFailed };

    public static string KindName(PaymentImportKind kind) => kind switch
    {
        PaymentImportKind.GatewaySettlement => "PG 카드 정산 파일",
        PaymentImportKind.VirtualAccountDeposit => "가상계좌 입금 파일",
        _ => kind.ToString(),
    };

    public static string[] Header(PaymentImportKind kind) => kind == PaymentImportKind.GatewaySettlement ? GatewayHeader : DepositHeader;

    public static PaymentFileRead<GatewayRow> ReadGateway(byte[] bytes, DateTimeOffset now)
    {
        var rows = new List<GatewayRow>();
        var (records, rejected) = Records(bytes, GatewayHeader);
        var seen = new HashSet<(string, TopUpStatus)>();
        foreach (var (line, cells) in records)
        {
            var id = cells[0].Trim();
            var memberNo = cells[1].Trim();
            var problem = TransactionIdProblem(id);
            if (problem is null && (memberNo.Length is 0 or > MaxMemberNo || !memberNo.All(char.IsAsciiLetterOrDigit)))
                problem = $"회원번호 '{Short(memberNo)}'의 형식이 틀립니다 (영문·숫자 1~{MaxMemberNo}자).";
            if (problem is null && cells[2].Trim() != CardMethod)
                problem = $"결제수단 '{Short(cells[2])}'은(는) 받을 수 없습니다 (정산 파일은 '{CardMethod}'만).";
            long amount = 0;
            if (problem is null) problem = AmountProblem("금액", cells[3], out amount);
            var status = TopUpStatus.ApprovalRequested;
            if (problem is null && !GatewayStatuses.TryGetValue(cells[4].Trim(), out status))
                problem = $"상태 '{Short(cells[4])}'은(는) 신용카드 결제 상태가 아닙니다 ({string.Join(", ", GatewayStatuses.Keys)}).";
            DateTimeOffset at = default;
            if (problem is null) problem = InstantProblem("상태일시", cells[5], now, out at);
            var institution = cells[6].Trim();
            var approval = cells[7].Trim();
            var reason = cells[8].Trim();
            if (problem is null && institution.Length > MaxInstitution) problem = $"카드사는 {MaxInstitution}자 이하여야 합니다.";
            if (problem is null && approval.Length > MaxApprovalNumber) problem = $"승인번호는 {MaxApprovalNumber}자 이하여야 합니다.";
            if (problem is null && reason.Length > MaxReason) problem = $"사유는 {MaxReason}자 이하여야 합니다.";
            if (problem is null && reason.Length == 0 && ReasonRequired.Contains(status))
                problem = $"'{TopUpLog.Name(status)}' 행에는 사유가 필요합니다 (001 §2.2.1).";
            if (problem is null && !seen.Add((id, status)))
                problem = $"거래번호 {id}의 '{TopUpLog.Name(status)}' 행이 파일에 두 번 이상 있습니다.";
            if (problem is null) rows.Add(new GatewayRow(line, id, memberNo, amount, status, at, institution, approval, reason));
            else rejected.Add(new PaymentRejectedRow(line, id, problem));
        }
        return new PaymentFileRead<GatewayRow>(rows, Ordered(rejected), rows.Count + rejected.Count);
    }

    public static PaymentFileRead<DepositRow> ReadDeposits(byte[] bytes, DateTimeOffset now)
    {
        var rows = new List<DepositRow>();
        var (records, rejected) = Records(bytes, DepositHeader);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in records)
        {
            var id = cells[0].Trim();
            var account = cells[1].Trim();
            var problem = TransactionIdProblem(id);
            if (problem is null && (account.Length is 0 or > MaxAccountNumber || !account.All(c => char.IsAsciiDigit(c) || c == '-')))
                problem = $"가상계좌번호 '{Short(account)}'의 형식이 틀립니다 (숫자·하이픈 1~{MaxAccountNumber}자).";
            long amount = 0;
            if (problem is null) problem = AmountProblem("입금액", cells[2], out amount);
            DateTimeOffset at = default;
            if (problem is null) problem = InstantProblem("입금일시", cells[3], now, out at);
            var bank = cells[4].Trim();
            if (problem is null && (bank.Length is 0 or > MaxInstitution)) problem = $"입금은행은 1~{MaxInstitution}자입니다.";
            if (problem is null && !seen.Add(id)) problem = $"거래번호 {id}이(가) 파일에 두 번 이상 있습니다.";
            if (problem is null) rows.Add(new DepositRow(line, id, account, amount, at, bank));
            else rejected.Add(new PaymentRejectedRow(line, id, problem));
        }
        return new PaymentFileRead<DepositRow>(rows, Ordered(rejected), rows.Count + rejected.Count);
    }

    private static string? TransactionIdProblem(string id) =>
        id.Length == 0 ? "거래번호가 비어 있습니다."
        : id.Length > MaxTransactionId || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? $"거래번호 '{Short(id)}'의 형식이 틀립니다 (영문·숫자·-·_ 1~{MaxTransactionId}자)."
        : null;

    /// <summary>Whole won, digits only (thousands separators allowed), from 1 to the ledger's ceiling.</summary>
    private static string? AmountProblem(string column, string cell, out long amount)
    {
        var text = cell.Trim().Replace(",", "", StringComparison.Ordinal);
        if (text.Length == 0 || text.Length > 15 || !text.All(char.IsAsciiDigit)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out amount) || amount <= 0)
        {
            amount = 0;
            return $"{column} '{Short(cell)}'은(는) 1 이상의 정수(원)여야 합니다.";
        }
        if (amount > LedgerPosting.MaxPostingAmount) return $"{column}이(가) 한도({LedgerPosting.MaxPostingAmount:N0}원)를 넘습니다.";
        return null;
    }

    /// <summary><see cref="DateTimeFormat"/> in Korean time, not in the future.</summary>
    private static string? InstantProblem(string column, string cell, DateTimeOffset now, out DateTimeOffset at)
    {
        at = default;
        if (!DateTime.TryParseExact(cell.Trim(), DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return $"{column} '{Short(cell)}'의 형식이 틀립니다 ({DateTimeFormat}, 한국 시간).";
        at = new DateTimeOffset(local, KoreanTime.Offset);
        return at > now ? $"{column} {local:yyyy-MM-dd HH:mm:ss}이(가) 미래입니다." : null;
    }

    private static string Short(string value)
    {
        var v = value.Trim();
        return v.Length <= 30 ? v : v[..30] + "…";
    }

    private static List<PaymentRejectedRow> Ordered(List<PaymentRejectedRow> rejected) => [.. rejected.OrderBy(r => r.Line)];

    /// <summary>The data records with their line numbers (header = 1), and the rows with the wrong number of cells.</summary>
    private static (List<(int Line, string[] Cells)> Records, List<PaymentRejectedRow> Rejected) Records(byte[] bytes, string[] header)
    {
        var read = CsvUpload.Read(bytes, header, MaxBytes, MaxRows, "반영할", requireRows: true);
        return ([.. read.Records], [.. read.WrongWidth.Select(w => new PaymentRejectedRow(w.Line, w.FirstCell, w.Reason))]);
    }
}
