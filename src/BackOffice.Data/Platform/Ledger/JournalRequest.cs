namespace BackOffice.Data.Platform.Ledger;

public sealed record PostingLine(long AccountId, long Amount);

/// <summary>A journal entry to write. <see cref="AllowStoppedCard"/> is for the entries that stop a card (the loss sweep).</summary>
public sealed record JournalRequest(
    EntryType Type,
    string IdempotencyKey,
    DateTimeOffset OccurredAt,
    Actor Actor,
    string Reference,
    string Description,
    IReadOnlyList<PostingLine> Lines,
    long? MerchantId = null,
    bool AllowStoppedCard = false);

public sealed record PostResult(JournalEntry Entry, bool WasDuplicate);

/// <summary>The ledger refused an entry; the message says why in Korean. Nothing was written.</summary>
public sealed class LedgerRejectedException(string message) : CommandRefusedException(message);
