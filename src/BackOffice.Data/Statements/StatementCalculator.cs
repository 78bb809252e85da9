namespace BackOffice.Data.Statements;

/// <summary>One posting on a member account inside the statement period, as loaded from the ledger.</summary>
public sealed record StatementMovement(long PostingId, long AccountId, DateTimeOffset At, EntryType Type, long Amount, string Merchant, string Description);

/// <summary>A statement line: the movement and the account's balance right after it, in statement order.</summary>
public sealed record StatementLine(DateTimeOffset At, long AccountId, EntryType Type, long Amount, string Merchant, string Description, long BalanceAfter);

/// <summary>One account's opening and closing balance over the period.</summary>
public sealed record StatementAccountTotals(long AccountId, long Opening, long MoneyIn, long MoneyOut, long Closing);

public sealed record StatementResult(
    IReadOnlyList<StatementLine> Lines, IReadOnlyList<StatementAccountTotals> Accounts, long Opening, long MoneyIn, long MoneyOut, long Closing)
{
    /// <summary>Opening + movements = closing, for every account and for the whole statement.</summary>
    public bool Balances => Opening + MoneyIn - MoneyOut == Closing && Accounts.All(a => a.Opening + a.MoneyIn - a.MoneyOut == a.Closing);
}

/// <summary>
/// The transaction statement (거래내역서) arithmetic, plain: the opening balance of each account is the sum of its postings
/// before the period, every movement in the period is a line (time order, then posting order), the balance after each line
/// runs from the opening, and the closing balance is opening + movements. What a statement shows follows 003 캐시비 제13조①
/// and 003 하나로 제16조①2·3 (kind and amount of the transaction, its counterparty, date and time, the card).
/// </summary>
public static class StatementCalculator
{
    public static StatementResult Build(IReadOnlyDictionary<long, long> openingByAccount, IEnumerable<StatementMovement> movements)
    {
        var running = new Dictionary<long, long>(openingByAccount);
        var moneyIn = new Dictionary<long, long>();
        var moneyOut = new Dictionary<long, long>();
        var lines = new List<StatementLine>();
        foreach (var m in movements.OrderBy(m => m.At).ThenBy(m => m.PostingId))
        {
            var after = running.GetValueOrDefault(m.AccountId) + m.Amount;
            running[m.AccountId] = after;
            if (m.Amount >= 0) moneyIn[m.AccountId] = moneyIn.GetValueOrDefault(m.AccountId) + m.Amount;
            else moneyOut[m.AccountId] = moneyOut.GetValueOrDefault(m.AccountId) - m.Amount;
            lines.Add(new StatementLine(m.At, m.AccountId, m.Type, m.Amount, m.Merchant, m.Description, after));
        }

        var accounts = running.Keys.Order()
            .Select(id => new StatementAccountTotals(id, openingByAccount.GetValueOrDefault(id), moneyIn.GetValueOrDefault(id),
                moneyOut.GetValueOrDefault(id), running[id]))
            .ToList();
        return new StatementResult(lines, accounts, accounts.Sum(a => a.Opening), accounts.Sum(a => a.MoneyIn), accounts.Sum(a => a.MoneyOut),
            accounts.Sum(a => a.Closing));
    }

    /// <summary>The period's Korean refusal, or null when it is a valid period: from ≤ to, not in the future, at most 5 years back (003 캐시비 제13조⑤, 하나로 제16조①).</summary>
    public static string? PeriodProblem(DateOnly from, DateOnly to, DateOnly today)
    {
        if (from > to) return "조회 시작일이 종료일보다 늦습니다.";
        if (to > today) return "종료일은 오늘 이후일 수 없습니다.";
        if (from < today.AddYears(-5)) return "거래내역은 최근 5년까지만 발급할 수 있습니다 (003 캐시비 제13조⑤, 하나로 제16조①).";
        return null;
    }
}
