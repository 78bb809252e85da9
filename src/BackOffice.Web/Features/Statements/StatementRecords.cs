namespace BackOffice.Web.Features.Statements;

/// <summary>An account the statement covers, as the member reads it: the masked card number and program, or e음머니/캐시백.</summary>
public sealed record StatementAccount(long AccountId, string Label);

/// <summary>The transaction statement (거래내역서) of a member, one card or all, for a period (KST days, inclusive).</summary>
public sealed record TransactionStatement(
    long MemberId, string MemberNo, string MaskedName, string Scope, DateOnly From, DateOnly To,
    IReadOnlyList<StatementAccount> Accounts, StatementResult Result)
{
    public string AccountLabel(long accountId) => Accounts.FirstOrDefault(a => a.AccountId == accountId)?.Label ?? "";
}

/// <summary>A payout batch with what its summary document adds to the batch page: approvers per item and the transfer file's hash.</summary>
public sealed record PayoutBatchSummary(PayoutBatchDetail Detail, IReadOnlyDictionary<long, string> ApproversByRefund, string? TransferFileSha256);

/// <summary>The four documents: kind codes stored on <see cref="IssuedDocument.Kind"/> and their Korean names.</summary>
public static class StatementKinds
{
    public const string TransactionStatement = "statement";
    public const string LostCardReceipt = "lost-card-receipt";
    public const string RefundLetter = "refund-letter";
    public const string PayoutBatchSummary = "payout-batch";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [TransactionStatement] = "거래내역서",
        [LostCardReceipt] = "분실·도난 신고 접수증",
        [RefundLetter] = "환불 결정 통지서",
        [PayoutBatchSummary] = "환불 지급 배치 요약",
    };

    public static string Of(string kind) => Names.GetValueOrDefault(kind, kind);
}

/// <summary>A row of the issued-documents lists (member tab, /documents).</summary>
public sealed record IssuedDocumentRow(
    long Id, string Number, string Kind, string Title, IssuedDocumentStatus Status, long? MemberId, string? MemberNo, string Subject,
    string Reason, string IssuedByName, DateTimeOffset IssuedAt, long Size, int Prints, DateOnly RetainUntil);

public sealed record DocumentFilter(string? Kind = null, string? Number = null, DateOnly? From = null, DateOnly? To = null, long? MemberId = null);

public sealed record DocumentPage(IReadOnlyList<IssuedDocumentRow> Rows, int Total);

/// <summary>What the statement dialog chose: a card (null = all) and the period.</summary>
public sealed record StatementChoice(long? CardId, DateOnly From, DateOnly To);
