namespace BackOffice.Data.Refunds;

/// <summary>One posting on a card's balance account, as loaded from the ledger.</summary>
public sealed record CardPosting(long EntryId, DateTimeOffset At, EntryType Type, long Amount, long BalanceAfter);

/// <summary>Turns a card's postings into the movements the refund rules read.</summary>
public static class CardHistory
{
    /// <summary>
    /// Oldest first. Refund holds and their releases are left out: a hold that was released is not spending, and
    /// its release is not new money that restarts the 60 % measurement (000 환불).
    /// </summary>
    public static IReadOnlyList<CardMovement> Movements(IEnumerable<CardPosting> postings) =>
        postings.Where(p => p.Type is not (EntryType.RefundHold or EntryType.RefundRelease))
            .OrderBy(p => p.At).ThenBy(p => p.EntryId)
            .Select(p => new CardMovement(p.At, p.Amount > 0 ? CardMovementKind.MoneyAdded : CardMovementKind.MoneyOut,
                Math.Abs(p.Amount), p.BalanceAfter, p.Type == EntryType.TopUp ? p.EntryId : null))
            .ToList();

    /// <summary>The last time the card paid for something: prescription runs from it (004 제5조①).</summary>
    public static DateTimeOffset? LastUsed(IEnumerable<CardPosting> postings) =>
        postings.Where(p => p.Type == EntryType.Payment).Select(p => (DateTimeOffset?)p.At).Max();

    /// <summary>For a card never used, prescription runs from its sale or its last charge, whichever is later (004 제5조①).</summary>
    public static DateTimeOffset SoldOrCharged(DateTimeOffset soldAt, IEnumerable<CardPosting> postings) =>
        postings.Where(p => p.Type == EntryType.TopUp).Select(p => p.At).Append(soldAt).Max();
}
