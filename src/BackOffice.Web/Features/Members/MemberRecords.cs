namespace BackOffice.Web.Features.Members;

public sealed record MemberSearchRow(
    long Id, string MemberNo, string MaskedName, string MaskedPhone, int CardCount, string CardEndings, DateTimeOffset JoinedAt);

/// <summary>A page of results; <see cref="Total"/> stops at <see cref="MemberQueries.CountCap"/> + 1 (<see cref="IsCapped"/>).</summary>
public sealed record MemberSearchPage(IReadOnlyList<MemberSearchRow> Rows, int Total)
{
    /// <summary>More than <see cref="MemberQueries.CountCap"/> members matched: the screen says "1,000건 이상".</summary>
    public bool IsCapped => Total > MemberQueries.CountCap;
}

public sealed record CardSummary(
    long Id, string MaskedNumber, string Last4, string ProgramName, CardStatus Status, bool IsNamed, bool IsRegistered,
    bool IsMain, string Design, DateOnly IssuedOn, DateOnly? FirstUsedOn, DateOnly ExpiresOn, DateTimeOffset? StoppedAt,
    long? ReplacesCardId, long Balance);

public sealed record MemberBalances(long CardsTotal, long Emoney, long Cashback, long RefundHold)
{
    public long Total => CardsTotal + Emoney + Cashback + RefundHold;
}

public sealed record MemberDetail(
    long Id, string MemberNo, string MaskedName, string MaskedPhone, string MaskedBirthDate, string MaskedEmail,
    string MaskedAddress, string BankName, string MaskedBankAccount, bool HasOwnNameBankAccount, bool IsForeigner,
    bool HasAlienRegistration, DateTimeOffset? IncomeDeductionRegisteredAt, DateTimeOffset JoinedAt, string Status,
    IReadOnlyList<CardSummary> Cards, MemberBalances Balances);

/// <summary>Personal fields an agent may unmask, one at a time, with a reason.</summary>
public enum PersonalField
{
    Name,
    Phone,
    BirthDate,
    Email,
    Address,
    BankAccount,
    CardNumber,
}

public sealed record TransactionFilter(DateOnly? From = null, DateOnly? To = null, EntryType? Type = null, long? CardId = null);

/// <summary>Keyset cursor: the (time, posting id) of the last row shown.</summary>
public sealed record TransactionCursor(DateTimeOffset OccurredAt, long PostingId);

public sealed record TransactionRow(
    long PostingId, long EntryId, DateTimeOffset OccurredAt, EntryType Type, string AccountLabel, long Amount,
    long BalanceAfter, string? Merchant, string Description, string ActorName, string Reference);

public sealed record TransactionPage(IReadOnlyList<TransactionRow> Rows, TransactionCursor? Next);

public sealed record TimelineEvent(DateTimeOffset At, string Title, string Detail, string ActorName, string Kind);
