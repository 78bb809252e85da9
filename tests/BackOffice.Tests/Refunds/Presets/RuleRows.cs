namespace BackOffice.Tests.Refunds.Presets;

/// <summary>What a row expects: eligible or not, amount, fee, payout, and a fragment the explanation must contain.</summary>
public sealed record Outcome(bool Eligible, long Amount, long Fee, long Payout, string Fragment)
{
    public override string ToString() => Eligible ? $"환불 {Amount}-{Fee}={Payout} «{Fragment}»" : $"불가 «{Fragment}»";
}

/// <summary>Builders for the table-driven rule rows of every preset (shared/domain-rules.md §4).</summary>
public static class RuleRows
{
    public static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    public static readonly DateTimeOffset Now = At(2026, 3, 20);
    public static readonly BusinessCalendar Calendar = new(KoreanHolidays.Seed());

    public static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Kst);

    public static CardMovement Added(DateTimeOffset at, long amount, long after) => new(at, CardMovementKind.MoneyAdded, amount, after);
    public static CardMovement Out(DateTimeOffset at, long amount, long after) => new(at, CardMovementKind.MoneyOut, amount, after);

    /// <summary>A balance refund on a valid card, filed on <see cref="Now"/>.</summary>
    public static RefundCase Balance(long current, RefundChannel channel, params CardMovement[] history) =>
        new(RefundKind.BalanceRefund, channel, Now, current, history, new DateOnly(2030, 1, 1), true, At(2026, 3, 10), At(2025, 1, 1));

    /// <summary>A normal card charged once with <paramref name="charged"/> on 2026-03-02 and now holding <paramref name="current"/>.</summary>
    public static RefundCase Spent(long charged, long current, RefundChannel channel = RefundChannel.BankAccount) =>
        charged == current
            ? Balance(current, channel, Added(At(2026, 3, 2), charged, charged))
            : Balance(current, channel, Added(At(2026, 3, 2), charged, charged), Out(At(2026, 3, 5), charged - current, current));

    public static RefundCase Voucher(long faceValue, long current, params CardMovement[] history) =>
        Balance(current, RefundChannel.BankAccount, history) with { FaceValue = faceValue };

    public static RefundCase Disaster(long current, RefundChannel channel = RefundChannel.BankAccount) =>
        Balance(current, channel, Added(At(2026, 3, 2), current, current)) with { Kind = RefundKind.DisasterOrDefect };

    /// <summary>A card that expired on 2026-01-31; last used <paramref name="lastUsed"/> (null = never), sold 2021-01-05.</summary>
    public static RefundCase Expired(long current, DateTimeOffset now, DateTimeOffset? lastUsed, RefundChannel channel = RefundChannel.BankAccount) =>
        new(RefundKind.ExpiredCard, channel, now, current, [], new DateOnly(2026, 1, 31), false, lastUsed, At(2021, 1, 5));

    /// <summary>A 50,000-won charge on 2026-01-01 15:30 asked to be cancelled at <paramref name="now"/>.</summary>
    public static RefundCase Cancel(DateTimeOffset now, long paid = 50_000, params CardMovement[] after) =>
        new(RefundKind.ChargeCancel, RefundChannel.BankAccount, now, 50_000 - after.Where(m => m.Kind == CardMovementKind.MoneyOut).Sum(m => m.Amount),
            [Added(At(2026, 1, 1, 15, 30), 50_000, 50_000), .. after], new DateOnly(2030, 1, 1), true, null, At(2026, 1, 1),
            new ChargeToCancel(1, At(2026, 1, 1, 15, 30), 50_000, paid));

    public static RefundCase Withdrawal(long total) =>
        new(RefundKind.BeforeWithdrawal, RefundChannel.BankAccount, Now, total, [], new DateOnly(2030, 1, 1), true, null, At(2025, 1, 1));

    public static Outcome Yes(long amount, long fee, string fragment) => new(true, amount, fee, amount - fee, fragment);
    public static Outcome No(string fragment) => new(false, 0, 0, 0, fragment);

    public static void Check(ProgramPolicy policy, RefundCase c, Outcome expected)
    {
        var d = RefundEligibility.Decide(c, policy);
        Assert.True((expected.Eligible, expected.Amount, expected.Fee, expected.Payout) == (d.Eligible, d.Amount, d.Fee, d.Payout),
            $"expected {expected}, got {(d.Eligible, d.Amount, d.Fee, d.Payout)}: {d.Explanation}");
        Assert.Contains(expected.Fragment, d.Explanation);
    }

    public static void CheckDeadline(ProgramPolicy policy, RefundKind kind, RefundChannel channel, DateOnly requested, DateOnly due, string fragment)
    {
        var deadline = RefundDeadline.PayoutDue(policy, kind, channel, requested, Calendar);
        Assert.Equal(due, deadline.DueBy);
        Assert.Contains(fragment, deadline.Rule);
    }

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
