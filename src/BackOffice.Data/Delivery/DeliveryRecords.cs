namespace BackOffice.Data.Delivery;

/// <summary>One step of a shipment's history: from which state to which, when, by whom, and from which source
/// (a staff action, the mailing batch, an imported file).</summary>
public class ShipmentEvent
{
    public long Id { get; set; }
    public long ShipmentId { get; set; }
    public DateTimeOffset At { get; set; }
    public ShipmentStatus? From { get; set; }
    public ShipmentStatus To { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    /// <summary>What happened, in Korean (e.g. "배송지 변경", "반송: 수취인 불명", "해피콜 1회: 부재").</summary>
    public string Text { get; set; } = "";
    /// <summary>Where it came from: <c>staff</c>, <c>batch:{number}</c>, <c>import:{file name}</c>, <c>member-app</c>.</summary>
    public string Source { get; set; } = "";
}

/// <summary>
/// One business day's mailing batch: the applications of the day, closed after the cut-off, with the card vendor's
/// production file and the post office's mailing list (CSV, formula-safe). Closing locks the addresses.
/// </summary>
public class MailingBatch
{
    public long Id { get; set; }
    /// <summary><c>M{yyyyMMdd}-{NNNNNN}</c>.</summary>
    public string Number { get; set; } = "";
    /// <summary>The application day the batch closes (applications up to its end, KST).</summary>
    public DateOnly BusinessDay { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
    public string ClosedById { get; set; } = "";
    public string ClosedByName { get; set; } = "";
    public int ShipmentCount { get; set; }
    public byte[] ProductionFile { get; set; } = [];
    public string ProductionFileSha256 { get; set; } = "";
    public byte[] MailingList { get; set; } = [];
    public string MailingListSha256 { get; set; } = "";
}

public enum ShipmentImportKind
{
    /// <summary>The vendor's dispatch confirmations (우체국 접수, tracking numbers).</summary>
    Dispatch = 0,
    /// <summary>The post office's returned-mail list (반송).</summary>
    Returned = 1,
}

/// <summary>An imported status file. The same file (by SHA-256 and kind) is never applied twice.</summary>
public class ShipmentImport
{
    public long Id { get; set; }
    public ShipmentImportKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public string ImportedById { get; set; } = "";
    public string ImportedByName { get; set; } = "";
    public int RowCount { get; set; }
    public int AppliedCount { get; set; }
    /// <summary>Rows that changed nothing because they were already applied (a returned card already re-sent, …).</summary>
    public int UnchangedCount { get; set; }
    public int RejectedCount { get; set; }
    /// <summary>The rejected rows with their reasons, one per line ("3행: 배송번호 S…가 없습니다").</summary>
    public string RejectedRows { get; set; } = "";
}

public enum HappyCallOutcome
{
    /// <summary>통화 성공: the member confirmed an address (re-send) or said not to re-send.</summary>
    Reached = 0,
    /// <summary>부재.</summary>
    NoAnswer = 1,
    /// <summary>결번·오류.</summary>
    WrongNumber = 2,
    /// <summary>재발송 거절.</summary>
    Declined = 3,
}

/// <summary>One happy-call attempt about a returned card (000 배송).</summary>
public class HappyCallAttempt
{
    public long Id { get; set; }
    public long ShipmentId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public HappyCallOutcome Outcome { get; set; }
    public string Note { get; set; } = "";
    public DateTimeOffset? NextTryAt { get; set; }
}
