namespace BackOffice.Data.Refunds;

public enum PayoutBatchStatus
{
    /// <summary>Items wait for the bank result.</summary>
    Open = 0,
    /// <summary>Every item is marked paid or failed.</summary>
    Closed = 1,
}

/// <summary>
/// A set of approved refunds paid by one bank transfer file. Items are marked paid or failed only after the file
/// has been downloaded, so nobody confirms a transfer that was never sent.
/// </summary>
public class PayoutBatch
{
    public long Id { get; set; }
    public string BatchNo { get; set; } = "";
    public PayoutBatchStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public int ItemCount { get; set; }
    public long Total { get; set; }
    /// <summary>The earliest due date of its items: the bank file must go out by then.</summary>
    public DateOnly DueBy { get; set; }
    public DateTimeOffset? FirstDownloadedAt { get; set; }
    public int DownloadCount { get; set; }
    /// <summary>SHA-256 (hex) of the transfer file as first downloaded: what the bank received (reconciliation shows it).</summary>
    public string? TransferFileSha256 { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The client key of the page that created the batch: a repeated click returns this batch. Null for batches made without one.</summary>
    public string? IdempotencyKey { get; set; }
    public long Version { get; set; }
    public List<RefundRequest> Items { get; set; } = [];
}
