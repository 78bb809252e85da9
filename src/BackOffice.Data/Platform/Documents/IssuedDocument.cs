namespace BackOffice.Data.Platform.Documents;

public enum IssuedDocumentStatus
{
    /// <summary>The number is taken and the PDF is being printed.</summary>
    Printing = 0,
    Issued = 1,
    /// <summary>Printing failed: the number stays recorded as void and is never reused.</summary>
    Void = 2,
}

/// <summary>
/// A PDF the portal issued: its number, its SHA-256, the file itself, who issued it, for whom and why. The file is
/// kept (until <see cref="RetainUntil"/>) so a reprint hands out the same bytes under the same number and the
/// verification page can compare an uploaded file against it.
/// </summary>
public class IssuedDocument
{
    public long Id { get; set; }
    /// <summary>The document number printed in the header, e.g. <c>D20261201-000001</c>.</summary>
    public string Number { get; set; } = "";
    /// <summary>Which document: <c>statement</c>, <c>lost-receipt</c>, <c>refund-letter</c>, <c>payout-summary</c>.</summary>
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public IssuedDocumentStatus Status { get; set; }
    public long? MemberId { get; set; }
    /// <summary>What it is about, as shown in lists (masked: a report number, a card's last 4 digits, a period).</summary>
    public string Subject { get; set; } = "";
    public string Reason { get; set; } = "";
    public string IssuedBy { get; set; } = "";
    public string IssuedByName { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public long Size { get; set; }
    public int PageCount { get; set; }
    /// <summary>The day after which the file may be deleted (the retention rule of the program's terms or the operator's).</summary>
    public DateOnly RetainUntil { get; set; }
    public string RetentionRule { get; set; } = "";
    /// <summary>When the retention job deleted <see cref="Content"/> (the row and <see cref="Sha256"/> stay, so a paper copy still verifies).</summary>
    public DateTimeOffset? ContentDeletedAt { get; set; }
    /// <summary>Why printing failed, for a void number.</summary>
    public string? FailureReason { get; set; }
    /// <summary>A repeated issue command with the same key finds this document instead of issuing a second one.</summary>
    public string IdempotencyKey { get; set; } = "";
    public List<DocumentPrint> Prints { get; set; } = [];
}

/// <summary>Every hand-out of an issued document: the first print and each reprint of the same number.</summary>
public class DocumentPrint
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public IssuedDocument? Document { get; set; }
    public bool IsReprint { get; set; }
    public string PrintedBy { get; set; } = "";
    public string PrintedByName { get; set; } = "";
    public DateTimeOffset PrintedAt { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>SHA-256 (hex) of the one-time download token handed out with this print; null once used.</summary>
    public string? DownloadTokenHash { get; set; }
    public DateTimeOffset? DownloadTokenExpiresAt { get; set; }
    /// <summary>When the file of this hand-out was downloaded through <c>/documents/{number}.pdf</c>.</summary>
    public DateTimeOffset? DownloadedAt { get; set; }
}
