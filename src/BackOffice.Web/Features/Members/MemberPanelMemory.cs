namespace BackOffice.Web.Features.Members;

/// <summary>
/// What the transactions tab must not lose when the user looks at another tab: the member page renders only the
/// visible tab (issue 16), so the tab's component is disposed on a switch and made anew on the way back. One per
/// circuit, a few hundred bytes: the filter and the keyset cursors of the page the user was on, for one member.
/// </summary>
public sealed class MemberPanelMemory
{
    public TransactionsView? Transactions { get; private set; }

    public TransactionsView? TransactionsOf(long memberId) => Transactions?.MemberId == memberId ? Transactions : null;

    public void Remember(TransactionsView view) => Transactions = view;
}

/// <summary>The transactions tab's filter fields, applied filter and keyset position.</summary>
public sealed record TransactionsView(
    long MemberId,
    DateTime? From,
    DateTime? To,
    EntryType? Type,
    long? CardId,
    TransactionFilter Filter,
    IReadOnlyList<TransactionCursor?> Earlier,
    TransactionCursor? Current);
